// Every reminder due for one client today, soonest-dated first. Archived clients raise none; a paused
// relationship raises no keep-in-touch or appreciation reminders (nobody expects contact), but its
// anniversary and renewal still come.
import { appreciationDue } from '../appreciation/due.ts';
import { addDays } from '../dates.ts';
import type { ClientFacts, Events } from '../inputs.ts';
import { happened, idSet } from '../inputs.ts';
import { anniversaryReminder } from './anniversary.ts';
import { keepInTouchReminder } from './keep-in-touch.ts';
import { renewalReminder } from './renewal.ts';
import { DEFAULT_REMINDER_PARAMS, type Reminder, type ReminderParams } from './types.ts';

export interface ReminderInput {
  client: ClientFacts;
  events: Events;
  /** `YYYY-MM-DD`. */
  today: string;
  params?: Partial<ReminderParams>;
  /** Ids flagged by `flagMassGestures` over all clients. */
  massGestureIds?: Iterable<number>;
}

const ORDER: Record<Reminder['kind'], number> = { 'keep-in-touch': 0, renewal: 1, 'appreciation-due': 2, anniversary: 3 };

export function dueReminders(input: ReminderInput): Reminder[] {
  const { client } = input;
  if (client.status === 'archived') return [];
  const today = input.today.slice(0, 10);
  const p = { ...DEFAULT_REMINDER_PARAMS, ...input.params };
  const events = happened(input.events, today);
  const mass = idSet(input.massGestureIds);
  const out: (Reminder | null)[] = [];
  if (client.status !== 'paused') {
    out.push(keepInTouchReminder(client, events, today, mass));
    const a = appreciationDue(client, events, today, p.appreciationDueDays, mass);
    if (a.due) {
      out.push({
        kind: 'appreciation-due',
        on: addDays(a.last ?? client.since.slice(0, 10), a.dueDays + 1),
        days: a.days,
        dueDays: a.dueDays,
        lastGesture: a.last,
        sentence: a.sentence,
      });
    }
  }
  out.push(renewalReminder(client, today, p.renewalSteps));
  out.push(anniversaryReminder(client, today, p.anniversaryLeadDays));
  return out
    .filter((r): r is Reminder => r !== null)
    .sort((a, b) => (a.on === b.on ? ORDER[a.kind] - ORDER[b.kind] : a.on < b.on ? -1 : 1));
}
