// The shared ledger's policies on the tables under a contact or an event, written so the planner can price
// them. 0006 let a login see a contact's dates and motivators, and an event's emotions, participants, root
// causes and crisis stages, through `contact_id in (select id from contacts)` / `event_id in (select id from
// events)`. The rights were right, but the subquery is uncorrelated: the planner takes it for a scan of every
// parent the login may see (750,000 of 1M events, its guess for the parent's own policy), per child row, and
// for an owner too, whose `or` is true before it ever runs. A page's emotions was estimated at 2.6 million cost
// units: far past `jit_above_cost`, so every small read of a child table compiled itself first (120-450 ms
// against 3-5 ms), and a consultant's check walked events from wherever the last scan stopped until it met the
// parent, up to all of it (≈ 0.4 s per statement).
// Now the same rule as a correlated `exists`: the parent found by its primary key, one index probe per row,
// still through the parent's own policy (the subquery on contacts or events is under their row-level security,
// so a consultant finds only the parents of their assigned clients). Owners still see and change everything;
// `using` and `with check` are the same expression, as before. The other `in (select …)` of 0006, the
// per-client rule, asks only `assignments` for the login's own rows: the planner expects one row and hashes it
// once per statement, so it stays as it is.
// A file ledger has no policies: nothing to do there.
import { sql, type Kysely } from 'kysely';
import { onPostgres } from './dialect.ts';

const BY_CONTACT = ['contact_dates', 'contact_motivators'] as const;
const BY_EVENT = ['event_emotions', 'event_participants', 'event_root_causes', 'crisis_stage_history'] as const;

// As in 0006: the owner check runs once per statement (an init plan), not once per row.
const OWNER = '(select rapport_is_owner())';
const throughParent = (table: string, parent: string, column: string) =>
  `(${OWNER} or exists (select 1 from ${parent} p where p.id = ${table}.${column}))`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (!onPostgres(db)) return;
  const children = [
    ...BY_CONTACT.map((table) => ({ table, rule: throughParent(table, 'contacts', 'contact_id') })),
    ...BY_EVENT.map((table) => ({ table, rule: throughParent(table, 'events', 'event_id') })),
  ];
  // The migration runs in one transaction: no moment in which a table has row-level security but no policy.
  for (const { table, rule } of children) {
    await sql.raw(`drop policy ${table}_team on ${table}`).execute(db);
    await sql.raw(`create policy ${table}_team on ${table} using ${rule} with check ${rule}`).execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
