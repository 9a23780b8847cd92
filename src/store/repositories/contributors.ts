// Who wrote for one client, for the report's appendix: per author, the records they created and the first
// and last stamp of theirs on any of the client's records. The authors are the logins the database stamps
// on the shared ledger (migration 0006); the same statement runs on a file, whose rows normally have none.
// Row-level security applies as to any read: a consultant sees the authors of the clients they may see.
import { sql, type Kysely } from 'kysely';
import type { ReportContributor } from '../../contract/report.ts';
import type { Database } from '../schema.ts';
import { onServer } from './dialect.ts';

interface Row {
  login: string;
  events: number | string;
  preps: number | string;
  contacts: number | string;
  first_at: string;
  last_at: string;
}

/**
 * The client's authors, by login. Events count up to `asOf` (the report leaves later ones out), talk preps
 * for those events, and all the client's contacts and the client record itself. A row knows who created it
 * and who changed it last: both count as contributing, only the first as a record of theirs.
 */
export async function clientContributors(db: Kysely<Database>, clientId: number, asOf: string): Promise<ReportContributor[]> {
  const events = sql`select * from events where client_id = ${clientId} and occurred_on <= ${asOf}`;
  const preps = sql`select * from mediation_preps where client_id = ${clientId}
    and event_id in (select id from events where client_id = ${clientId} and occurred_on <= ${asOf})`;
  const contacts = sql`select * from contacts where client_id = ${clientId}`;
  const client = sql`select * from clients where id = ${clientId}`;
  // One column per count, so a single union carries every kind of record; sum() per author then counts.
  const { rows } = await sql<Row>`
    select s.login, sum(s.events) as events, sum(s.preps) as preps, sum(s.contacts) as contacts,
           min(s.at) as first_at, max(s.at) as last_at
    from (
      select created_by as login, 1 as events, 0 as preps, 0 as contacts, created_at as at from (${events}) e
      union all select updated_by, 0, 0, 0, updated_at from (${events}) e
      union all select created_by, 0, 1, 0, created_at from (${preps}) p
      union all select updated_by, 0, 0, 0, updated_at from (${preps}) p
      union all select created_by, 0, 0, 1, created_at from (${contacts}) c
      union all select updated_by, 0, 0, 0, updated_at from (${contacts}) c
      union all select created_by, 0, 0, 0, created_at from (${client}) k
      union all select updated_by, 0, 0, 0, updated_at from (${client}) k
    ) s
    where s.login is not null
    group by s.login
    order by s.login`.execute(db);
  if (rows.length === 0) return [];
  const names = await displayNames(db, rows.map((r) => r.login));
  return rows.map((r) => ({
    login: r.login,
    name: names.get(r.login) ?? r.login,
    // PostgreSQL's sum() is a bigint, which node-postgres hands over as text.
    events: Number(r.events),
    preps: Number(r.preps),
    contacts: Number(r.contacts),
    firstAt: r.first_at,
    lastAt: r.last_at,
  }));
}

/** login → display name from the team (the shared ledger only: a file has no team table). */
async function displayNames(db: Kysely<Database>, logins: string[]): Promise<Map<string, string>> {
  if (!onServer(db)) return new Map();
  const people = await db.selectFrom('team_members').select(['login', 'display_name']).where('login', 'in', logins).execute();
  return new Map(people.map((p) => [p.login, p.display_name]));
}
