// Import our own JSON export. Every row is checked before anything is written; one bad row and nothing is
// imported. Into a ledger file it restores (an empty file only, every id kept, so a round trip is exact: a
// merge would have to renumber ids inside every child table and prep document and decide which duplicate
// wins, and a restore that silently differs from its source is worse than a clear "import into a new
// ledger"). Into the agency's shared ledger it moves a ledger in: see json-import-into.ts.
import { RapportError } from '../../contract/errors.ts';
import {
  EXPORT_ROWS, EXPORT_TABLES, FORBIDDEN_KEYS, LEDGER_IMPORT_MAX_BYTES, LedgerExportEnvelope,
  type ExportRow, type ExportTable,
} from '../../contract/export.ts';
import { PrepBody } from '../../contract/mediation.ts';
import type { ImportLine, ImportReport } from '../../contract/transfer.ts';
import { storageError } from '../../store/connection.ts';
import { serverError } from '../../store/server/errors.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../transfer/json-depth.ts';
import { reportLines } from '../../transfer/report-lines.ts';
import { PLAN_TEXTS } from '../../transfer/plan-texts.ts';
import type { Locale } from '../../contract/primitives.ts';
import type { Session } from '../context.ts';
import { requireLedger } from '../context.ts';
import { describeIssues } from '../issues.ts';
import { destinationOf } from './json-import-into.ts';

type Entity = ImportLine['entity'];

/** Which entity a table's rows belong to in the report (child rows count as part of their parent). */
const ENTITY: Record<ExportTable, Entity> = {
  settings: 'setting',
  clients: 'client',
  contacts: 'contact',
  contact_dates: 'contact',
  contact_motivators: 'contact',
  events: 'event',
  event_emotions: 'event',
  event_participants: 'event',
  event_root_causes: 'event',
  crisis_stage_history: 'event',
  mediation_preps: 'mediationPrep',
  reminder_states: 'reminderState',
};

/** Tables whose rows are records of their own in the report; the others only appear when rejected. */
const RECORD_TABLES = new Set<ExportTable>(['settings', 'clients', 'contacts', 'events', 'mediation_preps', 'reminder_states']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first forbidden key anywhere inside a value, as a path ("data.clients[2].__proto__"), or null. */
export function findForbiddenKey(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (!isObject(value)) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) return here;
    const hit = findForbiddenKey(value[key], here);
    if (hit) return hit;
  }
  return null;
}

function envelopeForbiddenKey(doc: Record<string, unknown>): string | null {
  const own = (o: unknown, path: string) => (isObject(o) ? Object.keys(o).find((k) => (FORBIDDEN_KEYS as readonly string[]).includes(k)) : undefined)
    ?.replace(/^/, path);
  return own(doc, '') ?? own(doc.app, 'app.') ?? own(doc.data, 'data.') ?? null;
}

function parseSource(source: string): unknown {
  // Cheap bound first (a UTF-16 length over the byte limit is over it in UTF-8 too), then the exact one.
  if (source.length > LEDGER_IMPORT_MAX_BYTES || Buffer.byteLength(source, 'utf8') > LEDGER_IMPORT_MAX_BYTES) {
    throw new RapportError('TOO_LARGE', `The file is larger than ${LEDGER_IMPORT_MAX_BYTES / 1024 / 1024} MB; nothing was imported.`);
  }
  if (nestsDeeperThan(source)) {
    throw new RapportError('INVALID', `The file nests deeper than ${MAX_JSON_DEPTH} levels; it is not a Rapport ledger export. Nothing was imported.`);
  }
  try {
    return JSON.parse(source.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new RapportError('INVALID', 'The file is not valid JSON; nothing was imported.');
  }
}

function labelOf(table: ExportTable, row: unknown, names: { clients: Map<number, string>; events: Map<number, string> }): string {
  if (!isObject(row)) return '';
  const s = (k: string) => (typeof row[k] === 'string' ? row[k] : typeof row[k] === 'number' ? String(row[k]) : '');
  switch (table) {
    case 'settings': return s('key');
    case 'clients': case 'contacts': return s('name');
    case 'events': return [s('occurred_on'), s('title')].filter(Boolean).join(' · ');
    case 'mediation_preps': return names.events.get(Number(row.event_id)) ?? `#${s('id')}`;
    case 'reminder_states': return [names.clients.get(Number(row.client_id)) ?? '', s('kind'), s('on_day')].filter(Boolean).join(' · ');
    case 'contact_dates': return s('label');
    case 'contact_motivators': return s('motivator_key');
    case 'event_emotions': return s('emotion_key');
    case 'event_root_causes': return s('cause_key');
    default: return `${table}`;
  }
}

/** The row a row belongs to, so that what is left out with a skipped client is left out with it. */
const PARENT: Partial<Record<ExportTable, { column: string; of: 'clients' | 'contacts' | 'events' }>> = {
  contacts: { column: 'client_id', of: 'clients' },
  contact_dates: { column: 'contact_id', of: 'contacts' },
  contact_motivators: { column: 'contact_id', of: 'contacts' },
  events: { column: 'client_id', of: 'clients' },
  event_emotions: { column: 'event_id', of: 'events' },
  event_participants: { column: 'event_id', of: 'events' },
  event_root_causes: { column: 'event_id', of: 'events' },
  crisis_stage_history: { column: 'event_id', of: 'events' },
  mediation_preps: { column: 'client_id', of: 'clients' },
  reminder_states: { column: 'client_id', of: 'clients' },
};

/** Import our own JSON export. dryRun: validate and report, write nothing. Real run: one transaction, all or nothing. */
export async function importLedgerJson(session: Session, source: string, options: { dryRun: boolean; lang?: Locale | undefined }): Promise<ImportReport> {
  const ledger = requireLedger(session);
  const parsed = parseSource(source);

  // The envelope is checked here; keys inside rows are checked per row below, so the report can name the record.
  const envelopeKey = isObject(parsed) ? envelopeForbiddenKey(parsed) : null;
  if (envelopeKey) throw new RapportError('INVALID', `The key "${envelopeKey}" is not allowed; nothing was imported.`);
  const envelope = LedgerExportEnvelope.safeParse(parsed);
  if (!envelope.success) {
    throw new RapportError('INVALID', `This is not a Rapport ledger export (${describeIssues(envelope.error)}); nothing was imported.`);
  }
  const into = await destinationOf(ledger);
  if (envelope.data.schemaVersion > into.schemaVersion) {
    throw new RapportError('FUTURE_VERSION', 'This export was written by a newer version of Rapport. Nothing was imported.');
  }
  const texts = PLAN_TEXTS[options.lang ?? 'en'];

  const rawData = envelope.data.data;
  const lines = reportLines();
  const valid = Object.fromEntries(EXPORT_TABLES.map((t) => [t, [] as ExportRow[]])) as Record<ExportTable, ExportRow[]>;
  const names = { clients: new Map<number, string>(), events: new Map<number, string>() };
  for (const r of rawData.clients ?? []) if (isObject(r) && typeof r.id === 'number' && typeof r.name === 'string') names.clients.set(r.id, r.name);
  for (const r of rawData.events ?? []) if (isObject(r) && typeof r.id === 'number' && typeof r.title === 'string') names.events.set(r.id, r.title);

  const { refs } = into;
  const ids = {
    clients: new Set<number>(), contacts: new Set<number>(), events: new Set<number>(),
  };
  const skipped = { clients: new Set<number>(), contacts: new Set<number>(), events: new Set<number>() };
  /** Why a checked row is left out (its client is already in the shared ledger, or it is a setting there), or null. */
  const skipReason = (table: ExportTable, r: ExportRow): string | null => {
    if (table === 'settings') return into.skipsSettings ? texts.settingsKept : null;
    if (table === 'clients') return into.skipsClient(String(r.name)) ? texts.clientExists : null;
    const parent = PARENT[table];
    return parent && skipped[parent.of].has(Number(r[parent.column])) ? texts.clientExists : null;
  };
  const seen = new Map<ExportTable, Set<string>>();
  let position = 0;

  for (const table of EXPORT_TABLES) {
    const rows = rawData[table] ?? [];
    const keys = new Set<string>();
    seen.set(table, keys);
    rows.forEach((row, index) => {
      position += 1;
      const where = `${table}[${index}]`;
      const line = (outcome: ImportLine['outcome'], reason: string | null): ImportLine =>
        ({ line: position, entity: ENTITY[table], outcome, label: labelOf(table, row, names), reason });
      const reject = (reason: string) => lines.add(line('reject', `${where}: ${reason}`));

      const forbidden = findForbiddenKey(row);
      if (forbidden) return reject(`the key "${forbidden}" is not allowed.`);
      const checked = EXPORT_ROWS[table].safeParse(row);
      if (!checked.success) return reject(describeIssues(checked.error));
      const r = checked.data as ExportRow;

      const problem = crossCheck(table, r, ids, refs);
      if (problem) return reject(problem);
      const pk = primaryKey(table, r);
      if (keys.has(pk)) return reject('appears twice in the file.');
      keys.add(pk);

      if (table === 'clients') ids.clients.add(r.id as number);
      if (table === 'contacts') ids.contacts.add(r.id as number);
      if (table === 'events') ids.events.add(r.id as number);
      const skip = skipReason(table, r);
      if (skip !== null) {
        if (table === 'clients' || table === 'contacts' || table === 'events') skipped[table].add(r.id as number);
        if (RECORD_TABLES.has(table)) lines.add(line('skip', skip));
        return;
      }
      valid[table].push(r);
      if (RECORD_TABLES.has(table)) lines.add(line('create', null));
    });
  }

  const refused = lines.rejected;
  const write = !options.dryRun && !refused;
  if (write) {
    try {
      await into.write(valid);
    } catch (e) {
      // Every row passed its checks, so this is a constraint the checks do not mirror; the transaction rolled back.
      const mapped = ledger.kind === 'file' ? storageError(e) : serverError(e);
      if (mapped && mapped.code !== 'INVALID') throw mapped;
      throw new RapportError('INVALID', 'The file does not fit this ledger; nothing was imported.');
    }
  }
  const summary = lines.summary();
  return { format: 'json', dryRun: !write, imported: write, ...summary, created: refused ? {} : summary.created };
}

const primaryKey = (table: ExportTable, r: ExportRow): string => {
  switch (table) {
    case 'settings': return String(r.key);
    case 'contact_motivators': return `${r.contact_id}|${r.motivator_key}`;
    case 'event_emotions': return `${r.event_id}|${r.emotion_key}`;
    case 'event_participants': return `${r.event_id}|${r.contact_id}`;
    case 'event_root_causes': return `${r.event_id}|${r.cause_key}`;
    case 'reminder_states': return `${r.client_id}|${r.kind}|${r.on_day}`;
    default: return String(r.id);
  }
};

/** What the foreign keys would refuse, said for people; rows may only point at rows earlier in the file. */
function crossCheck(
  table: ExportTable, r: ExportRow,
  ids: { clients: Set<number>; contacts: Set<number>; events: Set<number> },
  refs: { emotions: Set<string>; motivators: Set<string>; rootCauses: Set<string> },
): string | null {
  const needs = (set: Set<number>, value: unknown, what: string, column: string) =>
    (set.has(value as number) ? null : `${column}: refers to ${what} ${String(value)}, which is not in the file (or was rejected).`);
  const known = (set: Set<string>, value: unknown, column: string) => (set.has(value as string) ? null : `${column}: "${String(value)}" is not a known key.`);
  switch (table) {
    case 'contacts': return needs(ids.clients, r.client_id, 'client', 'client_id');
    case 'contact_dates': return needs(ids.contacts, r.contact_id, 'contact', 'contact_id');
    case 'contact_motivators': return needs(ids.contacts, r.contact_id, 'contact', 'contact_id') ?? known(refs.motivators, r.motivator_key, 'motivator_key');
    case 'events': return needs(ids.clients, r.client_id, 'client', 'client_id');
    case 'event_emotions': return needs(ids.events, r.event_id, 'event', 'event_id') ?? known(refs.emotions, r.emotion_key, 'emotion_key');
    case 'event_participants': return needs(ids.events, r.event_id, 'event', 'event_id') ?? needs(ids.contacts, r.contact_id, 'contact', 'contact_id');
    case 'event_root_causes': return needs(ids.events, r.event_id, 'event', 'event_id') ?? known(refs.rootCauses, r.cause_key, 'cause_key');
    case 'crisis_stage_history': return needs(ids.events, r.event_id, 'event', 'event_id');
    case 'mediation_preps': {
      const ref = needs(ids.clients, r.client_id, 'client', 'client_id') ?? needs(ids.events, r.event_id, 'event', 'event_id')
        ?? (r.talk_event_id === null ? null : needs(ids.events, r.talk_event_id, 'event', 'talk_event_id'));
      if (ref) return ref;
      try {
        if (nestsDeeperThan(r.body as string)) return `body: nests deeper than ${MAX_JSON_DEPTH} levels.`;
        const body = PrepBody.safeParse(JSON.parse(r.body as string));
        return body.success ? null : `body: ${describeIssues(body.error)}`;
      } catch {
        return 'body: not valid JSON.';
      }
    }
    case 'reminder_states': return needs(ids.clients, r.client_id, 'client', 'client_id');
    default: return null;
  }
}
