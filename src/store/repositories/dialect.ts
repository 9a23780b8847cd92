// The few statements a repository writes differently for the file ledger (SQLite) and the shared one
// (PostgreSQL). Everything else is the same Kysely query on both.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { onPostgres } from '../../../migrations/dialect.ts';
import type { Database } from '../schema.ts';

export const onServer = (db: Kysely<Database>): boolean => onPostgres(db);

/** Order by a name regardless of case: SQLite's NOCASE collation, PostgreSQL's lower(). */
export const caseless = (db: Kysely<Database>, column: string): RawBuilder<unknown> =>
  onServer(db) ? sql`lower(${sql.ref(column)})` : sql`${sql.ref(column)} collate nocase`;
