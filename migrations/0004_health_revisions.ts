// A revision counter per client, bumped by triggers whenever the client row or any of its events changes
// (from the app, the CLI in another process, an import, a mediation talk). The portfolio keeps each
// client's computed health in memory and recomputes only the clients whose revision moved, so a portfolio
// of 500 clients over a million events is not re-read on every visit. No foreign key: the event triggers
// also fire while a client's deletion cascades to its events, after the client row is gone.
import { sql, type Kysely } from 'kysely';

const bump = (id: string) => `insert into health_revisions (client_id, rev) values (${id}, 1)
  on conflict (client_id) do update set rev = rev + 1;`;

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('health_revisions')
    .addColumn('client_id', 'integer', (c) => c.primaryKey())
    .addColumn('rev', 'integer', (c) => c.notNull())
    .execute();
  await sql.raw(`create trigger events_rev_ai after insert on events begin ${bump('new.client_id')} end`).execute(db);
  await sql.raw(`create trigger events_rev_au after update on events begin ${bump('old.client_id')} ${bump('new.client_id')} end`).execute(db);
  await sql.raw(`create trigger events_rev_ad after delete on events begin ${bump('old.client_id')} end`).execute(db);
  await sql.raw(`create trigger clients_rev_au after update on clients begin ${bump('new.id')} end`).execute(db);
  await sql.raw('create trigger clients_rev_ad after delete on clients begin delete from health_revisions where client_id = old.id; end').execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
