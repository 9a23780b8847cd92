// Migrations on the shared ledger: the same list as the file ledger's, run by the ledger's administrator
// (the login that owns its tables) in one transaction; PostgreSQL's DDL is transactional. A person's login
// never migrates: a ledger older than the app waits for `rapport team upgrade` (NEEDS_UPGRADE), one newer
// is refused (FUTURE_VERSION), both before anything is written.
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { RapportError } from '../../contract/errors.ts';
import { MIGRATIONS } from '../../../migrations/index.ts';
import type { MigrateResult } from '../migrate.ts';
import type { Database } from '../schema.ts';
import { serverError } from './errors.ts';

const MIGRATION_TABLE = 'kysely_migration';

/** The migrations this database has run, or null when it is not a Rapport ledger (no migration table). */
export async function serverMigrations(db: Kysely<Database>): Promise<string[] | null> {
  const { rows } = await sql<{ t: string | null }>`select to_regclass('public.kysely_migration')::text as t`.execute(db);
  if (!rows[0]?.t) return null;
  const done = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return done.rows.map((r) => r.name);
}

export type MigrationState = { kind: 'none' } | { kind: 'current'; done: string[] } | { kind: 'pending'; done: string[]; pending: string[] };

/** Where the database stands against this app's migrations; FUTURE_VERSION for a newer ledger. */
export async function migrationState(db: Kysely<Database>, migrations: Record<string, Migration> = MIGRATIONS): Promise<MigrationState> {
  const done = await serverMigrations(db);
  if (done === null) return { kind: 'none' };
  const known = new Set(Object.keys(migrations));
  if (done.some((name) => !known.has(name))) {
    throw new RapportError('FUTURE_VERSION', 'This ledger was written by a newer version of Rapport. Nothing was changed.');
  }
  const pending = [...known].filter((n) => !done.includes(n)).sort();
  return pending.length ? { kind: 'pending', done, pending } : { kind: 'current', done };
}

/** Run every pending migration (all or none). For the administrator's login only. */
export async function migrateServer(db: Kysely<Database>, migrations: Record<string, Migration> = MIGRATIONS): Promise<MigrateResult> {
  const state = await migrationState(db, migrations);
  if (state.kind === 'current') return { applied: [], backupPath: null, schemaVersion: state.done.length };
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableName: MIGRATION_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw serverError(error)
      ?? new RapportError('INTERNAL', `Updating the ledger failed at ${results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration'}; nothing was changed.`);
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  return { applied, backupPath: null, schemaVersion: Object.keys(migrations).length };
}
