// Reading an import file safely: the size is checked before a byte is read (TOO_LARGE in bounded time and
// memory), the read itself is capped in case the file grows meanwhile, and the text is decoded as UTF-8 or,
// failing that, as Windows-1252 (what German Excel writes). The parsed source then waits in memory under a
// random token, tied to the open ledger object, so locking the ledger drops it.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, type ColumnMapping, type ImportTarget } from '../../contract/import.ts';
import { RapportError } from '../../contract/errors.ts';
import { LEDGER_IMPORT_MAX_BYTES } from '../../contract/export.ts';
import type { ImportFormat } from '../../contract/transfer.ts';
import type { Ledger } from '../../store/ledger.ts';
import { CsvSyntaxError, readCsvTable } from '../../transfer/csv-parse.ts';
import { detectTarget, suggestMapping } from '../../transfer/mapping.ts';
import type { SourceRow } from '../../transfer/plan.ts';
import { parseVCards, VCARD_HEADERS, vcardRow, VCardSyntaxError } from '../../transfer/vcard.ts';

export const tooLarge = (limit: number) =>
  new RapportError('TOO_LARGE', `The file is larger than ${Math.round(limit / (1024 * 1024))} MB; split it and import the parts.`);

/** The size limit for a file, by the format its name promises: our own JSON export may be larger (a whole ledger). */
export const limitFor = (path: string, kind?: ImportFormat): number =>
  (kind ?? formatByName(path)) === 'json' ? LEDGER_IMPORT_MAX_BYTES : MAX_IMPORT_BYTES;

/** The file's bytes, refused with TOO_LARGE before reading when it is over the limit. */
export function readImportFile(path: string, limit = MAX_IMPORT_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new RapportError('NOT_FOUND', 'The file cannot be opened.');
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new RapportError('INVALID', 'This is not a file.');
    if (stat.size > limit) throw tooLarge(limit);
    // Read at most limit + 1 bytes: a file that grew after the check is still refused, never read whole.
    const buf = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let filled = 0;
    for (;;) {
      const n = readSync(fd, buf, filled, buf.length - filled, null);
      if (n === 0) break;
      filled += n;
      if (filled === buf.length) break;
    }
    if (filled > limit) throw tooLarge(limit);
    return buf.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function formatByName(fileName: string): ImportFormat | null {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.vcf' || ext === '.vcard') return 'vcard';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  return null;
}

export function detectFormat(fileName: string, text: string): ImportFormat {
  const byName = formatByName(fileName);
  if (byName) return byName;
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCARD/i.test(head)) return 'vcard';
  if (head.startsWith('{')) return 'json';
  return 'csv';
}

export interface ParsedSource {
  format: ImportFormat;
  fileName: string;
  target: ImportTarget | null;
  headers: string[];
  suggested: ColumnMapping;
  rows: SourceRow[];
  /** Only for JSON: the text, handed as it is to the JSON import. */
  json: string | null;
}

/** Parse a decoded file; syntax errors become INVALID naming the line. */
export function parseSource(fileName: string, text: string, format: ImportFormat): ParsedSource {
  const name = basename(fileName).slice(0, 255);
  if (format === 'json') return { format, fileName: name, target: null, headers: [], suggested: [], rows: [], json: text };
  try {
    if (format === 'vcard') {
      const cards = parseVCards(text);
      const headers = [...VCARD_HEADERS];
      const suggested: ColumnMapping = ['name', 'client', 'role', 'email', 'phone', 'birthday', 'notes'];
      return { format, fileName: name, target: 'contact', headers, suggested, rows: cards.map((c) => ({ line: c.line, cells: vcardRow(c) })), json: null };
    }
    const table = readCsvTable(text);
    if (table.headers.length > MAX_IMPORT_COLUMNS) throw new RapportError('TOO_LARGE', `The file has more than ${MAX_IMPORT_COLUMNS} columns.`);
    const target = detectTarget(table.headers);
    return { format, fileName: name, target, headers: table.headers, suggested: suggestMapping(target, table.headers), rows: table.rows, json: null };
  } catch (e) {
    if (e instanceof CsvSyntaxError || e instanceof VCardSyntaxError) throw new RapportError('INVALID', e.message);
    throw e;
  }
}

// Per open ledger: when the ledger is locked its object is gone, and so are the sources read under it.
const sources = new WeakMap<Ledger, Map<string, ParsedSource>>();
/** Sources kept per ledger at most; the oldest goes first (each may be up to the size limit). */
const KEPT = 3;

export function keepSource(ledger: Ledger, source: ParsedSource): string {
  const map = sources.get(ledger) ?? new Map<string, ParsedSource>();
  sources.set(ledger, map);
  const token = randomBytes(16).toString('hex');
  map.set(token, source);
  while (map.size > KEPT) map.delete(map.keys().next().value as string);
  return token;
}

export function takeSource(ledger: Ledger, token: string): ParsedSource {
  const found = sources.get(ledger)?.get(token);
  if (!found) throw new RapportError('NOT_FOUND', 'This import is no longer open; choose the file again.');
  return found;
}

export function dropSource(ledger: Ledger, token: string): void {
  sources.get(ledger)?.delete(token);
}
