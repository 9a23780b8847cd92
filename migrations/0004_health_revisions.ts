// A revision counter per client, bumped by triggers whenever the client row or any of its events changes
// (from the app, the CLI in another process, an import, a mediation talk). The portfolio keeps each
// client's computed health in memory and recomputes only the clients whose revision moved, so a portfolio
// of 500 clients over a million events is not re-read on every visit. No foreign key: the event triggers
// also fire while a client's deletion cascades to its events, after the client row is gone.
import { sql, type Kysely } from 'kysely';
import { onPostgres } from './dialect.ts';

const bump = (id: string) => `insert into health_revisions (client_id, rev) values (${id}, 1)
  on conflict (client_id) do update set rev = rev + 1;`;

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('health_revisions')
    .addColumn('client_id', 'integer', (c) => c.primaryKey())
    .addColumn('rev', 'integer', (c) => c.notNull())
    .execute();
  if (onPostgres(db)) return serverTriggers(db);
  await sql.raw(`create trigger events_rev_ai after insert on events begin ${bump('new.client_id')} end`).execute(db);
  await sql.raw(`create trigger events_rev_au after update on events begin ${bump('old.client_id')} ${bump('new.client_id')} end`).execute(db);
  await sql.raw(`create trigger events_rev_ad after delete on events begin ${bump('old.client_id')} end`).execute(db);
  await sql.raw(`create trigger clients_rev_au after update on clients begin ${bump('new.id')} end`).execute(db);
  await sql.raw('create trigger clients_rev_ad after delete on clients begin delete from health_revisions where client_id = old.id; end').execute(db);
}

// The same counters on PostgreSQL: row triggers calling one function. It runs as its owner (security
// definer) because the counters are bookkeeping, not relationship data a person's row-level rights cover.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function serverTriggers(db: Kysely<any>): Promise<void> {
  await sql`create function rapport_bump_revision(cid integer) returns void language sql security definer
    set search_path = public, pg_temp
    as $$ insert into health_revisions (client_id, rev) values (cid, 1)
          on conflict (client_id) do update set rev = health_revisions.rev + 1 $$`.execute(db);
  await sql`create function rapport_events_rev() returns trigger language plpgsql as $$ begin
      if tg_op in ('UPDATE', 'DELETE') then perform rapport_bump_revision(old.client_id); end if;
      if tg_op in ('INSERT', 'UPDATE') then perform rapport_bump_revision(new.client_id); end if;
      return null;
    end $$`.execute(db);
  await sql`create function rapport_clients_rev() returns trigger language plpgsql security definer
    set search_path = public, pg_temp as $$ begin
      if tg_op = 'DELETE' then delete from health_revisions where client_id = old.id;
      else perform rapport_bump_revision(new.id); end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger events_rev after insert or update or delete on events for each row execute function rapport_events_rev()`.execute(db);
  await sql`create trigger clients_rev after update or delete on clients for each row execute function rapport_clients_rev()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
