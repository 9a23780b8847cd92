// The JSON export's tables read from the agency's shared ledger: the same tables, columns and order as a
// file's (repositories/transfer.ts), in one repeatable-read snapshot, as the connected login. Row-level
// security decides the rows: a consultant's export holds their clients only. Authors are the logins the
// database stamped (`created_by`, `updated_by`).
import { sql, type Kysely } from 'kysely';
import { EXPORT_TABLES, type ExportRow, type ExportTable } from '../../contract/export.ts';
import { EXPORT_ORDER } from '../repositories/transfer.ts';
import type { Database } from '../schema.ts';

/** What node-postgres hands back that a file's row would not have: bigints as text, booleans. */
const plain = (value: unknown): string | number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  return value as string | number;
};

export async function readServerExportTables(db: Kysely<Database>): Promise<Record<ExportTable, ExportRow[]>> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
    const out = {} as Record<ExportTable, ExportRow[]>;
    for (const table of EXPORT_TABLES) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by ${sql.raw(EXPORT_ORDER[table])}`.execute(tx);
      out[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    }
    return out;
  });
}
