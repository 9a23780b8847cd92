// The whole ledger as versioned JSON: every user table's rows exactly as stored, so an import into an
// empty ledger reproduces it (same ids, same timestamps). The file is NOT encrypted; the UI says so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EXPORT_TABLES, LEDGER_EXPORT_FORMAT, LEDGER_EXPORT_VERSION, type ExportRow, type ExportTable,
} from '../../contract/export.ts';
import { exportFileName } from './file-names.ts';
import { schemaVersionOf, executedMigrations } from '../../store/migrate.ts';
import { readExportTables } from '../../store/repositories/transfer.ts';
import { readServerExportTables } from '../../store/server/export-tables.ts';
import type { Session } from '../context.ts';
import { requireLedger } from '../context.ts';

export interface LedgerJson {
  format: typeof LEDGER_EXPORT_FORMAT;
  version: typeof LEDGER_EXPORT_VERSION;
  exportedAt: string;
  schemaVersion: number;
  app: { version: string };
  data: Record<ExportTable, ExportRow[]>;
}

let cachedVersion: string | null = null;

/** This app's version from the nearest package.json up the tree (source, CLI and bundle all find it). */
export function appVersion(): string {
  if (cachedVersion !== null) return cachedVersion;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'rapport' && typeof pkg.version === 'string') return (cachedVersion = pkg.version);
      } catch {
        // An unreadable package.json is not ours; keep looking upwards.
      }
    }
    dir = dirname(dir);
  }
  return (cachedVersion = '0.0.0');
}

/** The ledger as JSON: a file's rows, or on the agency's shared ledger what the connected login may read. */
export async function buildLedgerJson(session: Session): Promise<LedgerJson> {
  const ledger = requireLedger(session);
  const head = {
    format: LEDGER_EXPORT_FORMAT,
    version: LEDGER_EXPORT_VERSION,
    exportedAt: session.now().toISOString(),
    app: { version: appVersion() },
  } as const;
  if (ledger.kind === 'server') {
    return { ...head, schemaVersion: ledger.migration.schemaVersion, data: await readServerExportTables(ledger.db) };
  }
  return { ...head, schemaVersion: schemaVersionOf(executedMigrations(ledger.raw)), data: readExportTables(ledger.raw) };
}

/**
 * The file: ordinary JSON laid out one row per line, so a person can read and diff it, at about two thirds
 * of the size an indented dump would have (the import reads at most LEDGER_IMPORT_MAX_BYTES). Built as
 * bytes row by row: a very large ledger would not fit into one JavaScript string.
 */
export function renderLedgerJson(doc: LedgerJson): Buffer {
  const chunks: Buffer[] = [];
  const put = (text: string) => chunks.push(Buffer.from(text, 'utf8'));
  put('{\n');
  for (const k of ['format', 'version', 'exportedAt', 'schemaVersion', 'app'] as const) put(` ${JSON.stringify(k)}: ${JSON.stringify(doc[k])},\n`);
  put(' "data": {\n');
  EXPORT_TABLES.forEach((t, i) => {
    const rows = doc.data[t];
    put(`  ${JSON.stringify(t)}: [`);
    rows.forEach((r, j) => put(`${j === 0 ? '\n' : ',\n'}   ${JSON.stringify(r)}`));
    put(`${rows.length === 0 ? '' : '\n  '}]${i === EXPORT_TABLES.length - 1 ? '' : ','}\n`);
  });
  put(' }\n}\n');
  return Buffer.concat(chunks);
}

export const ledgerJsonFileName = (now: Date) => exportFileName('ledger', now, 'json');

export const tableCounts = (doc: LedgerJson): Record<string, number> =>
  Object.fromEntries(EXPORT_TABLES.map((t) => [t, doc.data[t].length]));
