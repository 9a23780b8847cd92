// The stamp by which the windows notice others' changes on the agency's shared ledger (`ledger:changes`):
// one sequence, moved by a statement trigger on every table a window shows. It tells a person *that*
// something changed, never what or where (row-level security keeps the rows); a rolled-back statement
// moves it too, which costs one needless refresh. A ledger file needs nothing: SQLite's data_version
// already moves when another connection commits.
// Also, on both: two German reference texts that 0001 wrote with "du" say "Sie", like every other German text.
import { sql, type Kysely } from 'kysely';
import { onPostgres } from './dialect.ts';

const WATCHED = [
  'settings', 'clients', 'contacts', 'contact_dates', 'contact_motivators', 'events', 'event_emotions',
  'event_participants', 'event_root_causes', 'crisis_stage_history', 'reminder_states', 'mediation_preps',
  'team_members', 'assignments',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.updateTable('appreciation_stages').set({ description_de: 'Der Kunde verlässt sich auf Sie, ohne nachzuprüfen.' })
    .where('key', '=', 'trust').execute();
  await db.updateTable('root_causes').set({ description_de: 'Oft ein Vorwand: Schauen Sie, was darunter liegt.' })
    .where('key', '=', 'price_pretext').execute();
  if (!onPostgres(db)) return;
  await sql`create sequence rapport_changes`.execute(db);
  // Security definer: the people need no rights on the sequence itself, only these two functions.
  await sql`create function rapport_note_change() returns trigger language plpgsql security definer
    set search_path = public, pg_temp as $$ begin perform nextval('rapport_changes'); return null; end $$`.execute(db);
  await sql`create function rapport_change_stamp() returns bigint language sql stable security definer
    set search_path = public, pg_temp as $$ select case when is_called then last_value else 0 end from rapport_changes $$`.execute(db);
  for (const table of WATCHED) {
    await sql.raw(`create trigger ${table}_changed after insert or update or delete or truncate on ${table}
      for each statement execute function rapport_note_change()`).execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
