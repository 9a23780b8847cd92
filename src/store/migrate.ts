// Migrations: all pending ones in one transaction, a backup first when the ledger already holds data,
// and a ledger written by a newer app refused before anything is written (docs/security.md 7, 8, 25).
import {
  CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver,
  type DatabaseConnection, type DialectAdapter, type Driver, type SqliteDialectConfig,
} from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { RapportError } from '../contract/errors.ts';
import { MIGRATIONS } from '../../migrations/index.ts';
import { backupBeside } from './backup.ts';
import { integrityReport, storageError, type RawDatabase } from './connection.ts';
import type { Database } from './schema.ts';

const MIGRATION_TABLE = 'kysely_migration';

// SQLite's DDL is transactional; Kysely's SQLite adapter just does not claim it. Claiming it makes the
// Migrator run every pending migration inside one transaction: all of them land, or none.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

// Every Kysely transaction writes, or may: begin it IMMEDIATE, taking the write lock up front (waiting up to
// busy_timeout). A deferred one that upgrades from read to write while another process writes gets
// SQLITE_BUSY at once, without waiting at all.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class LedgerDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export const createKysely = (raw: RawDatabase) => new Kysely<Database>({ dialect: new LedgerDialect({ database: raw }) });

export function executedMigrations(raw: RawDatabase): string[] {
  const table = raw.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (!table) return [];
  return (raw.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
}

export const schemaVersionOf = (names: string[]) => names.length;

export interface MigrateOptions {
  ledgerPath: string;
  migrations?: Record<string, Migration>;
}

export interface MigrateResult {
  applied: string[];
  backupPath: string | null;
  schemaVersion: number;
}

/** Bring the ledger up to this app's schema. Throws FUTURE_VERSION without a write for a newer ledger. */
export async function migrate(raw: RawDatabase, db: Kysely<Database>, options: MigrateOptions): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS;
  const known = new Set(Object.keys(migrations));
  const done = executedMigrations(raw);
  if (done.some((name) => !known.has(name))) {
    throw new RapportError('FUTURE_VERSION', 'This ledger was written by a newer version of Rapport. Nothing was changed.');
  }
  const pending = [...known].filter((name) => !done.includes(name)).sort();
  if (pending.length === 0) return { applied: [], backupPath: null, schemaVersion: done.length };

  const backupPath = done.length > 0 ? backupBeside(raw, options.ledgerPath, `before-${pending[0]}`) : null;

  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const mapped = storageError(error);
    if (mapped) throw mapped;
    throw new RapportError('INTERNAL', `Updating the ledger failed at ${results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration'}; nothing was changed.`);
  }
  const report = integrityReport(raw);
  if (report.integrityCheck !== 'ok' || report.foreignKeyViolations > 0) {
    throw new RapportError('CORRUPT', 'The ledger failed its integrity check after the update; restore it from the backup made before.');
  }
  const after = executedMigrations(raw);
  return { applied: pending, backupPath, schemaVersion: schemaVersionOf(after) };
}
