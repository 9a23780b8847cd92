// Who wrote what, and (on the agency's shared ledger) who may see what. Both dialects gain author columns
// on clients, contacts, events and preps; a file ledger has one writer and leaves them empty. On PostgreSQL:
// - a trigger stamps author and time from the login and the server's clock, never from what a client sends;
// - the team (`team_members`, `assignments`) and row-level security on every table that holds relationship
//   data: owners see and change everything, a consultant only the clients assigned to them. The policies
//   hold for any connection of that login (psql included), not just for the app.
// - people are PostgreSQL logins, added and removed only through two functions that check the caller is an
//   owner (security definer: the ledger's admin made them and holds CREATEROLE, the owners need not).
import { sql, type Kysely } from 'kysely';
import { onPostgres } from './dialect.ts';

const AUTHORED = ['clients', 'contacts', 'events', 'mediation_preps'] as const;
const BY_CLIENT = ['contacts', 'events', 'reminder_states', 'mediation_preps'] as const;
const BY_CONTACT = ['contact_dates', 'contact_motivators'] as const;
const BY_EVENT = ['event_emotions', 'event_participants', 'event_root_causes', 'crisis_stage_history'] as const;
const SEARCH = ['contacts_search', 'events_search'] as const;

// The owner check runs once per statement (an init plan), not once per row.
const OWNER = '(select rapport_is_owner())';
const assigned = (column: string) => `(${OWNER} or ${column} in (select a.client_id from assignments a where a.login = current_user))`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of AUTHORED) {
    await db.schema.alterTable(table).addColumn('created_by', 'text').execute();
    await db.schema.alterTable(table).addColumn('updated_by', 'text').execute();
  }
  if (!onPostgres(db)) return;

  // Microseconds: the stamp is also the row's version for conflict checks, and two saves a millisecond apart happen.
  await sql`create function rapport_now() returns text language sql stable
    as $$ select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$`.execute(db);
  await sql`create function rapport_authored() returns trigger language plpgsql as $$ begin
      if tg_op = 'INSERT' then
        new.created_by := current_user; new.created_at := rapport_now();
      else
        new.created_by := old.created_by; new.created_at := old.created_at;
      end if;
      new.updated_by := current_user; new.updated_at := rapport_now();
      return new;
    end $$`.execute(db);
  for (const table of AUTHORED) {
    await sql.raw(`create trigger ${table}_authored before insert or update on ${table}
      for each row execute function rapport_authored()`).execute(db);
  }

  await db.schema.createTable('team_members')
    .addColumn('login', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner','consultant')`))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`rapport_now()`))
    .execute();
  await db.schema.createTable('assignments')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('login', 'text', (c) => c.notNull().references('team_members.login').onDelete('cascade'))
    .addPrimaryKeyConstraint('assignments_pk', ['client_id', 'login'])
    .execute();
  await db.schema.createIndex('assignments_login').on('assignments').columns(['login', 'client_id']).execute();

  await sql`create function rapport_is_owner() returns boolean language sql stable
    as $$ select exists (select 1 from team_members where login = current_user and role = 'owner') $$`.execute(db);

  const policy = async (table: string, name: string, rule: string) => sql.raw(`create policy ${name} on ${table} ${rule}`).execute(db);
  const enable = async (table: string) => sql.raw(`alter table ${table} enable row level security`).execute(db);

  await enable('clients');
  await policy('clients', 'clients_read', `for select using (${assigned('id')})`);
  await policy('clients', 'clients_change', `for update using (${assigned('id')}) with check (${assigned('id')})`);
  await policy('clients', 'clients_create', `for insert with check (${OWNER})`);
  await policy('clients', 'clients_delete', `for delete using (${OWNER})`);
  for (const table of BY_CLIENT) {
    await enable(table);
    await policy(table, `${table}_team`, `using (${assigned('client_id')}) with check (${assigned('client_id')})`);
  }
  // Through the parent: the subquery itself sees only what the parent's policy lets this login see.
  for (const table of BY_CONTACT) {
    await enable(table);
    await policy(table, `${table}_team`, `using (${OWNER} or contact_id in (select id from contacts)) with check (${OWNER} or contact_id in (select id from contacts))`);
  }
  for (const table of BY_EVENT) {
    await enable(table);
    await policy(table, `${table}_team`, `using (${OWNER} or event_id in (select id from events)) with check (${OWNER} or event_id in (select id from events))`);
  }
  await enable('clients_search');
  await policy('clients_search', 'clients_search_read', `for select using (${assigned('id')})`);
  for (const table of SEARCH) {
    await enable(table);
    await policy(table, `${table}_read`, `for select using (${assigned('client_id')})`);
  }
  await enable('health_revisions');
  await policy('health_revisions', 'health_revisions_read', `for select using (${assigned('client_id')})`);
  await enable('assignments');
  await policy('assignments', 'assignments_read', `for select using (${OWNER} or login = current_user)`);
  await policy('assignments', 'assignments_add', `for insert with check (${OWNER})`);
  await policy('assignments', 'assignments_remove', `for delete using (${OWNER})`);

  // Inside a security definer function current_user is the admin; session_user is who called. The admin
  // itself (the one who ran `team init`) may call them too, to add the first owner.
  await sql`create function rapport_caller_may_manage() returns boolean language sql stable security definer
    set search_path = public, pg_temp
    as $$ select session_user = current_user
            or exists (select 1 from team_members where login = session_user and role = 'owner') $$`.execute(db);
  await sql`create function rapport_team_add(p_login text, p_name text, p_role text, p_verifier text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$ begin
      if not rapport_caller_may_manage() then
        raise exception 'only an owner may add people' using errcode = '42501';
      end if;
      if p_login !~ '^[a-z][a-z0-9_]{1,62}$' or p_role not in ('owner', 'consultant') or p_verifier !~ '^SCRAM-SHA-256\\$' then
        raise exception 'invalid person' using errcode = '22023';
      end if;
      execute format('create role %I login password %L in role %I', p_login, p_verifier, current_database() || '_team');
      insert into team_members (login, display_name, role) values (p_login, p_name, p_role);
    end $$`.execute(db);
  await sql`create function rapport_team_remove(p_login text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$ begin
      if not rapport_caller_may_manage() then
        raise exception 'only an owner may remove people' using errcode = '42501';
      end if;
      if not exists (select 1 from team_members where login = p_login) then
        raise exception 'no such person' using errcode = 'P0002';
      end if;
      if p_login = session_user then
        raise exception 'nobody removes themselves' using errcode = '22023';
      end if;
      if not exists (select 1 from team_members where role = 'owner' and login <> p_login) then
        raise exception 'the last owner stays' using errcode = '22023';
      end if;
      delete from team_members where login = p_login;
      execute format('drop role %I', p_login);
    end $$`.execute(db);
  for (const fn of ['rapport_team_add(text, text, text, text)', 'rapport_team_remove(text)']) {
    await sql.raw(`revoke execute on function ${fn} from public`).execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
