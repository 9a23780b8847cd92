// The team of a shared ledger: people (each a PostgreSQL login in the ledger's `<db>_team` role) and which
// clients each consultant keeps. What a person may see is enforced by the policies of migration 0006; this
// file only asks the database to change the team, through the functions that check the caller is an owner.
import { sql, type Kysely } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import type { Database } from '../schema.ts';
import { serverError } from './errors.ts';
import type { TeamRole } from './open.ts';
import { scramVerifier } from './scram.ts';

export interface TeamMember {
  login: string;
  name: string;
  role: TeamRole;
  clientIds: number[];
}

/** Tables a person may write (row-level security decides which rows); everything else is read-only. */
const WRITABLE = [
  'clients', 'contacts', 'contact_dates', 'contact_motivators', 'events', 'event_emotions', 'event_participants',
  'event_root_causes', 'crisis_stage_history', 'reminder_states', 'mediation_preps', 'settings', 'assignments',
] as const;

/** A login made from a person's name: "Anna Berg" → anna_berg (what PostgreSQL takes without quoting). */
export function loginFor(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const login = /^[a-z]/.test(folded) ? folded : `p_${folded}`;
  if (login.length < 2 || login.length > 63) throw new RapportError('INVALID', 'name: a person needs a name of 2 to 63 letters.');
  return login;
}

/**
 * The team role and the grants (the administrator, after every migration): the role may connect, read
 * everything, write the relationship tables and run the team functions. Idempotent.
 */
export async function grantTeam(db: Kysely<Database>): Promise<void> {
  await sql`do $$ declare team text := current_database() || '_team'; begin
      if not exists (select 1 from pg_roles where rolname = team) then execute format('create role %I nologin', team); end if;
      execute format('revoke all on database %I from public', current_database());
      execute format('grant connect on database %I to %I', current_database(), team);
      execute format('grant usage on schema public to %I', team);
      execute format('grant select on all tables in schema public to %I', team);
      execute format('grant usage on all sequences in schema public to %I', team);
      execute format('grant execute on function rapport_team_add(text, text, text, text), rapport_team_remove(text) to %I', team);
    end $$`.execute(db);
  await sql`do $$ begin execute format('grant insert, update, delete on ${sql.raw(WRITABLE.join(', '))} to %I', current_database() || '_team'); end $$`.execute(db);
}

const run = async <T>(fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
    if (code === '42710' || code === '23505') throw new RapportError('ALREADY_EXISTS', 'Someone with this login is already on the team (or the login is taken on this server).');
    if (code === 'P0002') throw new RapportError('NOT_FOUND', 'Nobody with this login is on the team.');
    if (code === '22023') throw new RapportError('INVALID', 'This change to the team is not possible (nobody removes themselves, and the last owner stays).');
    throw serverError(e) ?? e;
  }
};

export async function addPerson(db: Kysely<Database>, person: { login: string; name: string; role: TeamRole }, password: string): Promise<void> {
  const verifier = scramVerifier(password);
  await run(() => sql`select rapport_team_add(${person.login}, ${person.name}, ${person.role}, ${verifier})`.execute(db));
}

export async function removePerson(db: Kysely<Database>, login: string): Promise<void> {
  await run(() => sql`select rapport_team_remove(${login})`.execute(db));
}

export async function listTeam(db: Kysely<Database>): Promise<TeamMember[]> {
  const people = await db.selectFrom('team_members').select(['login', 'display_name', 'role']).orderBy('display_name').execute();
  const assigned = await db.selectFrom('assignments').select(['login', 'client_id']).orderBy('client_id').execute();
  return people.map((p) => ({
    login: p.login, name: p.display_name, role: p.role,
    clientIds: assigned.filter((a) => a.login === p.login).map((a) => a.client_id),
  }));
}

/** A team member by login or by name (case-insensitive), or NOT_FOUND. */
export async function findPerson(db: Kysely<Database>, who: string): Promise<TeamMember> {
  const team = await listTeam(db);
  const wanted = who.trim().toLowerCase();
  const person = team.find((p) => p.login === wanted) ?? team.find((p) => p.name.toLowerCase() === wanted);
  if (!person) throw new RapportError('NOT_FOUND', 'Nobody by this name is on the team.');
  return person;
}

export async function assign(db: Kysely<Database>, clientId: number, login: string): Promise<void> {
  await run(() => db.insertInto('assignments').values({ client_id: clientId, login }).onConflict((oc) => oc.doNothing()).execute());
}

export async function unassign(db: Kysely<Database>, clientId: number, login: string): Promise<void> {
  await run(() => db.deleteFrom('assignments').where('client_id', '=', clientId).where('login', '=', login).execute());
}

/**
 * Make an empty database the agency's ledger (the administrator's login): the schema, the grants, the first
 * owner. A database that is a ledger already is left as it is (ALREADY_EXISTS).
 */
export async function initTeam(db: Kysely<Database>, owner: { login: string; name: string }, password: string): Promise<void> {
  const existing = await db.selectFrom('team_members').select('login').limit(1).execute();
  if (existing.length > 0) throw new RapportError('ALREADY_EXISTS', 'This database is already a Rapport ledger with a team; it was left untouched.');
  await grantTeam(db);
  await addPerson(db, { ...owner, role: 'owner' }, password);
}
