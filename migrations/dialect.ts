// The few places where a migration's SQL differs between the file ledger (SQLite) and the agency's shared
// ledger (PostgreSQL). Everything else is Kysely's portable schema builder. Imports only kysely, like the
// migrations themselves.
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const onPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * A generated integer id. SQLite's `integer primary key` is the rowid and generates itself; PostgreSQL needs
 * an identity. "By default", so an import that keeps ids can still write them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const generatedId = (db: Kysely<any>) => (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
  onPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey();

/** A floating-point column: SQLite's `real` is 8 bytes, PostgreSQL's only 4 (`double precision` is 8). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const float = (db: Kysely<any>) => (onPostgres(db) ? 'double precision' : 'real');
