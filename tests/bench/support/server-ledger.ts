// The bench's shared ledger: the scale agency of scale-ledger.ts on a throwaway PostgreSQL cluster. The
// schema is the app's own (the administrator's team init runs the migrations); the rows are streamed out of
// the cached plain SQLite copy and written as the ledger's owner, one multi-row statement per batch, so every
// row passes row-level security and fires every trigger the migrations define (authors, revision counters,
// search documents, the change stamp), as rows the app writes do. That cost is the load figure.
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import pg from 'pg';
import type { RawDatabase } from '../../../src/store/connection.ts';
import { openServerLedger, type TeamRole } from '../../../src/store/server/open.ts';
import { addPerson, assign, initTeam } from '../../../src/store/server/team.ts';
import { createDatabase, databaseUrl, superuserUrl, type Cluster } from '../../support/pg-cluster.ts';

export interface Person {
  login: string;
  name: string;
  password: string;
}

export interface BenchServer {
  /** The cluster's superuser on the bench database: the ledger's administrator. */
  adminUrl: string;
  /** A login's URL on the bench database; without a password, what the app is given (it asks for the password). */
  urlFor(login: string, password?: string): string;
}

/** A fresh database on the cluster, made a ledger by its administrator, with `owner` as its first owner. */
export async function createServerLedger(cluster: Cluster, owner: Person, name = 'rapport_bench'): Promise<BenchServer> {
  await createDatabase(cluster.adminUrl, name);
  const urlFor = (login: string, password?: string) => databaseUrl(cluster.adminUrl, name, login, password);
  const adminUrl = superuserUrl(cluster.adminUrl, name);
  const ledger = await openServerLedger(adminUrl, { admin: { create: true } });
  try {
    await initTeam(ledger.db, { login: owner.login, name: owner.name }, owner.password);
  } finally {
    await ledger.close();
  }
  return { adminUrl, urlFor };
}

/** People added by the owner (as `team add` does); a consultant is assigned their client. */
export async function addPeople(server: BenchServer, owner: Person, people: (Person & { role: TeamRole; clientId: number })[]): Promise<void> {
  const ledger = await openServerLedger(server.urlFor(owner.login, owner.password));
  try {
    for (const p of people) {
      await addPerson(ledger.db, { login: p.login, name: p.name, role: p.role }, p.password);
      if (p.role === 'consultant') await assign(ledger.db, p.clientId, p.login);
    }
  } finally {
    await ledger.close();
  }
}

/** The cached plain copy, read-only: the bench only reads rows out of it. */
export const openPlainReadOnly = (path: string): RawDatabase => new BetterSqlite3(path, { readonly: true });

/** Parents before children (foreign keys). Reference rows and settings come from the migrations themselves. */
const TABLES = [
  'clients', 'contacts', 'contact_dates', 'contact_motivators', 'events', 'event_emotions', 'event_participants',
  'event_root_causes', 'crisis_stage_history', 'mediation_preps', 'reminder_states',
] as const;
/** What the server decides for a row (its authors), never what a client sends. */
const SERVER_DECIDES = new Set(['created_by', 'updated_by']);
/** Rows per statement: large enough that round trips vanish, small enough that a batch stays a few MB. */
const BATCH = 5_000;

/** column → PostgreSQL type name (int4, text, float8), in table order. */
async function serverColumns(client: pg.Client, table: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ column_name: string; udt_name: string }>(
    `select column_name, udt_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`, [table]);
  return new Map(rows.map((r) => [r.column_name, r.udt_name]));
}

/**
 * Copy one table in rowid order, a batch per `insert … select from unnest(<one array per column>)`: ids are
 * kept (the identity is "by default"), so children need no mapping. One batch is in flight while the next is read.
 */
async function copyTable(plain: RawDatabase, client: pg.Client, table: string, onBatch: (rows: number) => void): Promise<number> {
  const target = await serverColumns(client, table);
  const columns = (plain.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)
    .filter((c) => target.has(c) && !SERVER_DECIDES.has(c));
  const list = columns.map((c) => `"${c}"`).join(', ');
  const insert = `insert into ${table} (${list}) select * from unnest(${columns.map((c, i) => `$${i + 1}::${target.get(c)}[]`).join(', ')})`;
  const read = plain.prepare(`select rowid, ${list} from "${table}" where rowid > ? order by rowid limit ?`).raw();
  let after = 0;
  let copied = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  for (;;) {
    const rows = read.all(after, BATCH) as unknown[][];
    if (rows.length === 0) break;
    after = rows.at(-1)![0] as number;
    const params = columns.map((_, i) => rows.map((r) => r[i + 1]));
    await inFlight;
    inFlight = client.query(insert, params);
    copied += rows.length;
    onBatch(copied);
  }
  await inFlight;
  return copied;
}

/** Every row of the agency, as the owner; returns rows per table. */
export async function loadAgency(plain: RawDatabase, ownerUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    for (const table of TABLES) {
      counts[table] = await copyTable(plain, client, table, (n) => {
        if (table === 'events' && n % 100_000 === 0) process.stderr.write(`bench: server load ${n.toLocaleString('en')} events\n`);
      });
    }
  } finally {
    await client.end();
  }
  return counts;
}

/**
 * The administrator's part after a load with explicit ids (a restore does the same): identities continue
 * after the highest id, and the planner gets statistics instead of waiting for autovacuum to notice.
 */
export async function afterLoad(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`);
    for (const { table_name: t, column_name: c } of rows) {
      await client.query(`select setval(pg_get_serial_sequence($1, $2), coalesce((select max("${c}") from "${t}"), 0) + 1, false)`, [t, c]);
    }
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}
