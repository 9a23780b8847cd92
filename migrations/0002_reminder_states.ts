// Reminders are computed from the timeline every time; what the user decided about one (snoozed until a
// day, or done) is kept here, keyed by the reminder's identity: client, kind and the day it is about.
// A keep-in-touch reminder's day moves when contact happens, so "done" never hides the next one.
import { sql, type Kysely } from 'kysely';

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('reminder_states')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('snoozed','done')`))
    .addColumn('until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_states_pk', ['client_id', 'kind', 'on_day'])
    .addCheckConstraint('reminder_states_snooze_until', sql`state <> 'snoozed' or until is not null`)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
