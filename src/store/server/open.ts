// Opening the agency's shared ledger: a pool of connections as one login, checked before anything else
// (reachable, the right password, a Rapport ledger, not newer than this app, on the team). The login is the
// person: what they may see and change is the database's row-level security, not this code's goodwill.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { RapportError } from '../../contract/errors.ts';
import type { MigrateResult } from '../migrate.ts';
import type { Database } from '../schema.ts';
import { serverError } from './errors.ts';
import { migrateServer, migrationState } from './migrate.ts';
import { connectionConfig, parseServerUrl, serverLabel } from './url.ts';

export type TeamRole = 'owner' | 'consultant';

/** Who is connected: a person of the team, or (null) the ledger's administrator, who owns its tables. */
export interface TeamPerson {
  login: string;
  name: string;
  role: TeamRole;
}

export interface ServerLedger {
  readonly kind: 'server';
  /** user@host:port/db, never with the password. */
  readonly label: string;
  readonly db: Kysely<Database>;
  readonly migration: MigrateResult;
  readonly person: TeamPerson | null;
  close(): Promise<void>;
}

export interface ServerOpenOptions {
  /** The login's password when the URL carries none. */
  password?: string | null;
  /**
   * The administrator's way in (`team init`, `team upgrade`): migrate what is pending, and with `create`
   * make an empty database a ledger. A person's login never does either.
   */
  admin?: { create: boolean };
  /** Connections in the pool (the app: a few; the concurrency bench: more). */
  poolSize?: number;
  /** A PEM CA to verify the server's certificate against (the app's saved connection; the CLI uses sslrootcert). */
  ca?: string;
}

/** A Kysely over a pool for this URL; nothing is sent until the first query. */
export function serverKysely(spec: string, password: string | null, poolSize = 4, ca?: string): { db: Kysely<Database>; label: string } {
  const address = parseServerUrl(spec);
  const pool = new pg.Pool({ ...connectionConfig(address, password, ca), max: poolSize, idleTimeoutMillis: 30_000 });
  // A connection the server drops (restart, network) must not crash the process: pg emits 'error' on it, and
  // an 'error' nobody listens to is an uncaught exception. The pool listens while a connection is idle; while
  // one is lent out (a query, a transaction) nobody does, so each gets a listener of its own. The query in
  // flight fails through its promise (SERVER_UNREACHABLE), the dead connection leaves the pool on release,
  // and the next query opens a new one.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), label: serverLabel(address) };
}

/**
 * One connection of its own for one piece of work (a password change, a look at the session), its errors
 * as the server's RapportErrors where they are one, closed after whatever happened.
 */
export async function withServerConnection<T>(
  spec: string, password: string | null, work: (db: Kysely<Database>) => Promise<T>, ca?: string,
): Promise<T> {
  const { db } = serverKysely(spec, password, 1, ca);
  try {
    return await work(db);
  } catch (e) {
    throw serverError(e) ?? e;
  } finally {
    await db.destroy();
  }
}

async function whoIsConnected(db: Kysely<Database>): Promise<TeamPerson | null> {
  const { rows } = await sql<{ login: string; display_name: string; role: TeamRole }>`
    select login, display_name, role from team_members where login = current_user`.execute(db);
  const person = rows[0];
  if (person) return { login: person.login, name: person.display_name, role: person.role };
  const owner = await sql<{ admin: boolean }>`select exists (select 1 from pg_tables
    where schemaname = 'public' and tablename = 'clients' and tableowner = current_user) as admin`.execute(db);
  if (owner.rows[0]?.admin) return null;
  throw new RapportError('FORBIDDEN', "This login is not on the team of the agency's ledger. Nothing was changed.");
}

export async function openServerLedger(spec: string, options: ServerOpenOptions = {}): Promise<ServerLedger> {
  const { db, label } = serverKysely(spec, options.password ?? null, options.poolSize, options.ca);
  try {
    const state = await migrationState(db);
    let migration: MigrateResult;
    if (options.admin) {
      if (state.kind === 'none' && !options.admin.create) throw notALedger();
      migration = await migrateServer(db);
    } else if (state.kind === 'none') {
      throw notALedger();
    } else if (state.kind === 'pending') {
      throw new RapportError('NEEDS_UPGRADE', "The agency's ledger needs an update that only its administrator can run (rapport team upgrade). Nothing was changed.");
    } else {
      migration = { applied: [], backupPath: null, schemaVersion: state.done.length };
    }
    const person = await whoIsConnected(db);
    let closed = false;
    return {
      kind: 'server', label, db, migration, person,
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
      },
    };
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw serverError(e) ?? e;
  }
}

const notALedger = () => new RapportError('NOT_A_LEDGER', 'This database is not a Rapport ledger. Nothing was changed.');
