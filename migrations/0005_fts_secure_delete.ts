// Deleted text must not survive in the search index: SQLite's secure_delete zeroes freed pages of ordinary
// tables, but FTS5 keeps a deleted row's tokens in its index segments (`*_fts_data`) until a merge drops
// them. FTS5's own `secure-delete` option (SQLite ≥ 3.42) removes them at delete time; it is stored in each
// table's `*_fts_config`, so it holds for every later connection. A rebuild, once, purges the words of
// rows already deleted or edited before this migration.
import { sql, type Kysely } from 'kysely';
import { onPostgres } from './dialect.ts';

const SEARCH_TABLES = ['clients_fts', 'contacts_fts', 'events_fts'] as const;

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL's tsvector lives in the row itself: a deleted or edited row leaves no index words behind.
  if (onPostgres(db)) return;
  for (const table of SEARCH_TABLES) {
    const t = sql.raw(table);
    await sql`insert into ${t}(${t}, rank) values ('secure-delete', 1)`.execute(db);
    await sql`insert into ${t}(${t}) values ('rebuild')`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
