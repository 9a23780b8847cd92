// What the user decided about a computed reminder: snoozed until a day, or done.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { assertClientExists } from './clients.ts';
import { stamp } from './time.ts';

export interface ReminderRef { clientId: number; kind: string; on: string }
export type ReminderDecision<K extends string = string> = ReminderRef & { kind: K; state: 'snoozed' | 'done'; until: string | null };

export async function decideReminder<K extends string>(db: Kysely<Database>, d: ReminderDecision<K>, now: Date): Promise<ReminderDecision<K>> {
  await assertClientExists(db, d.clientId);
  await db.insertInto('reminder_states')
    .values({ client_id: d.clientId, kind: d.kind, on_day: d.on, state: d.state, until: d.until, updated_at: stamp(now) })
    .onConflict((oc) => oc.columns(['client_id', 'kind', 'on_day']).doUpdateSet({ state: d.state, until: d.until, updated_at: stamp(now) }))
    .execute();
  return d;
}

/** The reminders to hide today: done ones, and snoozed ones whose snooze has not run out. */
export async function hiddenReminders(db: Kysely<Database>, today: string): Promise<Set<string>> {
  const rows = await db.selectFrom('reminder_states').select(['client_id', 'kind', 'on_day', 'state', 'until']).execute();
  return new Set(rows
    .filter((r) => r.state === 'done' || (r.until !== null && r.until > today))
    .map((r) => reminderKey({ clientId: r.client_id, kind: r.kind, on: r.on_day })));
}

export const reminderKey = (r: ReminderRef) => `${r.clientId}|${r.kind}|${r.on}`;
