// Keep-in-touch reminder: raised the day after the ideal cadence has passed ("due", `on` is that day) and
// escalated the day after the maximum ("overdue"); any real personal contact resets it (keep-in-touch.ts
// decides what counts).
import { addDays } from '../dates.ts';
import type { ClientFacts, Events } from '../inputs.ts';
import { keepInTouch } from '../keep-in-touch.ts';
import type { KeepInTouchReminder } from './types.ts';

export function keepInTouchReminder(
  client: ClientFacts,
  events: Events,
  today: string,
  massGestureIds?: ReadonlySet<number>,
): KeepInTouchReminder | null {
  const k = keepInTouch(client, events, today, massGestureIds);
  if (k.state === 'ok') return null;
  const from = k.last ?? client.since.slice(0, 10);
  return {
    kind: 'keep-in-touch',
    on: addDays(from, k.ideal + 1),
    state: k.state,
    days: k.days,
    idealDays: k.ideal,
    maxDays: k.max,
    lastContact: k.last,
    overdueOn: addDays(from, k.max + 1),
    sentence: k.sentence,
  };
}
