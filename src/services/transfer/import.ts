// CSV and vCard import: plan every row against a snapshot of the ledger (the dry run), then write the plan in
// ONE transaction. A single rejected line means nothing is written and the report names the line(s).
// JSON (our own export) goes to importLedgerJson, which answers with the same report shape.
import type { ColumnMapping, ImportTarget } from '../../contract/import.ts';
import { RapportError } from '../../contract/errors.ts';
import type { ImportProgress, ImportReport } from '../../contract/transfer.ts';
import { todayIso } from '../../domain/dates.ts';
import type { Kysely } from 'kysely';
import { storageError, type RawDatabase } from '../../store/connection.ts';
import type { Database } from '../../store/schema.ts';
import { serverError } from '../../store/server/errors.ts';
import { serverImportWriter } from '../../store/server/import-writer.ts';
import { listClients, type ClientWrite } from '../../store/repositories/clients.ts';
import { listContacts } from '../../store/repositories/contacts.ts';
import { eventsSince } from '../../store/repositories/events.ts';
import { importWriter } from '../../store/repositories/import-writer.ts';
import { stamp } from '../../store/repositories/time.ts';
import { readSettings } from '../../store/repositories/settings.ts';
import { mappingProblems } from '../../transfer/mapping.ts';
import {
  buildPlan, foldName, planRows, reportOf,
  type ClientCreate, type ClientRef, type LedgerSnapshot, type Plan, type PlannedWrite, type PlanOptions, type WriteSink,
} from '../../transfer/plan.ts';
import { parseImportDate } from '../../transfer/plan-values.ts';
import { requireLedger } from '../context.ts';
import type { Session } from '../context.ts';
import { importLedgerJson } from './json-import.ts';
import type { ParsedSource } from './import-source.ts';

export interface RunOptions {
  target?: ImportTarget | undefined;
  mapping?: ColumnMapping | undefined;
  clientId?: number | undefined;
  lang?: 'de' | 'en' | undefined;
  dryRun: boolean;
}

const BIRTHDAY = { de: 'Geburtstag', en: 'Birthday' } as const;

async function snapshotFor(session: Session, source: ParsedSource, plan: { target: ImportTarget; mapping: ColumnMapping; clientId?: number | undefined }): Promise<LedgerSnapshot> {
  const { db } = requireLedger(session);
  const clients = (await listClients(db, true)).map((c) => ({ id: c.id, name: c.name }));
  if (plan.target === 'client') return { clients, contacts: [], events: [] };
  // Only the clients this file can touch: the chosen one and those its client column names.
  const col = plan.mapping.indexOf('client');
  const named = new Set(col < 0 ? [] : source.rows.map((r) => foldName(r.cells[col] ?? '')));
  const touched = clients.filter((c) => c.id === plan.clientId || named.has(foldName(c.name)));
  if (plan.target === 'contact') {
    const contacts = (await Promise.all(touched.map((c) => listContacts(db, c.id)))).flat();
    return { clients, contacts: contacts.map((c) => ({ clientId: c.clientId, name: c.name })), events: [] };
  }
  const dateCol = plan.mapping.indexOf('date');
  let from: string | null = null;
  for (const r of source.rows) {
    const d = parseImportDate(r.cells[dateCol] ?? '');
    if (d.ok && (from === null || d.value < from)) from = d.value;
  }
  const ids = new Set(touched.map((c) => c.id));
  const events = from === null ? [] : (await eventsSince(db, from)).filter((e) => ids.has(e.clientId));
  return { clients, contacts: [], events: events.map((e) => ({ clientId: e.clientId, occurredOn: e.occurredOn, title: e.title })) };
}

/** Everything planning needs besides the rows: the mapping, the snapshot and the options; mapping problems are INVALID before any row is read. */
async function planInputs(session: Session, source: ParsedSource, options: RunOptions): Promise<{ snapshot: LedgerSnapshot; planOptions: PlanOptions }> {
  const target = options.target ?? source.target;
  if (target === null) throw new RapportError('INVALID', 'target: what do the rows hold (clients, contacts or events)?');
  const mapping = options.mapping ?? source.suggested;
  const problems = mappingProblems(target, source.headers, mapping);
  if (problems.length) throw new RapportError('INVALID', `mapping: ${problems.slice(0, 3).join(' ')}`);
  const { db } = requireLedger(session);
  let client: { id: number; name: string } | null = null;
  if (options.clientId !== undefined) {
    const found = (await listClients(db, true)).find((c) => c.id === options.clientId);
    if (!found) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
    client = { id: found.id, name: found.name };
  }
  const snapshot = await snapshotFor(session, source, { target, mapping, clientId: options.clientId });
  const lang = options.lang ?? 'en';
  const mayAddClients = !(session.ledger?.kind === 'server' && session.ledger.person?.role === 'consultant');
  return { snapshot, planOptions: { target, mapping, client, today: todayIso(session.now()), birthdayLabel: BIRTHDAY[lang], lang, mayAddClients } };
}

type Defaults = { defaultCadenceIdealDays: number; defaultCadenceMaxDays: number };

/** A new client starts with the agency's default cadence, as clients:create does. */
function withCadence(input: ClientCreate, defaults: Defaults): ClientWrite {
  const cadenceIdealDays = input.cadenceIdealDays ?? defaults.defaultCadenceIdealDays;
  const cadenceMaxDays = input.cadenceMaxDays ?? Math.max(defaults.defaultCadenceMaxDays, cadenceIdealDays);
  return { ...input, cadenceIdealDays, cadenceMaxDays };
}

const goneClient = (line: number) => new RapportError('NOT_FOUND', `Line ${line}: this client does not exist (any more); nothing was imported.`);
const misfit = (line: number) => new RapportError('INVALID', `Line ${line}: this row does not fit the ledger; nothing was imported.`);
const unknownKey = () => new RapportError('INTERNAL', 'An import line refers to a client it did not create.');

/**
 * The plan's client references made ids, the same for both kinds of ledger: a client the plan creates by the
 * id its write returned, an existing one only if `exists` (asked once per client, inside the transaction:
 * it may have gone since the plan was made, or on the server not be this person's) says it is there.
 */
function clientResolver(exists: (id: number) => boolean) {
  const newIds = new Map<string, number>();
  const known = new Set<number>();
  return {
    created(key: string, id: number): void {
      newIds.set(key, id);
    },
    idOf(ref: ClientRef, line: number): number {
      if ('id' in ref) {
        if (!known.has(ref.id)) {
          if (!exists(ref.id)) throw goneClient(line);
          known.add(ref.id);
        }
        return ref.id;
      }
      const id = newIds.get(ref.key);
      if (id === undefined) throw unknownKey();
      return id;
    },
  };
}

/**
 * Write a plan in ONE transaction (BEGIN IMMEDIATE: the write lock up front) with prepared statements reused
 * for every row: memory stays flat whatever the row count. A write that fails rolls everything back, and the
 * error names the line.
 */
function writePlanToFile(raw: RawDatabase, replan: (sink: WriteSink) => void, defaults: Defaults, at: string): void {
  let line = 0;
  try {
    raw.transaction(() => {
      const writer = importWriter(raw, at);
      // An existing client is asked about inside the transaction, the first time a line names it.
      const clients = clientResolver((id) => writer.clientExists(id));
      replan((w) => {
        line = w.line;
        if (w.entity === 'client') clients.created(w.key, writer.client(withCadence(w.input, defaults)));
        else if (w.entity === 'contact') writer.contact(clients.idOf(w.client, line), w.input);
        else writer.event(clients.idOf(w.client, line), w.event);
      });
    }).immediate();
  } catch (e) {
    if (e instanceof RapportError) throw e;
    const mapped = storageError(e);
    if (mapped) throw mapped;
    // Every row passed the same checks the channels make, so this is a constraint they do not mirror.
    throw misfit(line);
  }
}

/**
 * The same on the agency's shared ledger, in one transaction as the connected person. The plan's writes are
 * gathered first (the pure plan is synchronous, the server is not); the rows are in memory already, and
 * each write is about the size of its row. Progress moves as rows are written.
 */
async function writePlanToServer(
  db: Kysely<Database>, replan: (sink: WriteSink) => void, defaults: Defaults, at: string, progress: (done: number) => boolean,
): Promise<void> {
  const writes: PlannedWrite[] = [];
  replan((w) => writes.push(w));
  let line = 0;
  try {
    await db.transaction().execute(async (trx) => {
      const writer = serverImportWriter(trx, at);
      // Existing clients checked once, inside the transaction: gone since the plan, or not this person's.
      const referred = [...new Set(writes.flatMap((w) => (w.entity !== 'client' && 'id' in w.client ? [w.client.id] : [])))];
      const found = await writer.existingClients(referred);
      const clients = clientResolver((id) => found.has(id));
      for (const [i, w] of writes.entries()) {
        line = w.line;
        if (w.entity === 'client') clients.created(w.key, await writer.client(withCadence(w.input, defaults)));
        else if (w.entity === 'contact') await writer.contact(clients.idOf(w.client, line), w.input);
        else await writer.event(clients.idOf(w.client, line), w.event);
        progress(i + 1);
      }
    });
  } catch (e) {
    if (e instanceof RapportError) throw e;
    const mapped = serverError(e);
    if (mapped) throw mapped;
    throw misfit(line);
  }
}

/**
 * Pass `import:progress` on about a hundred times per stage, whatever the row count: often enough for a bar
 * that moves, rarely enough that a 100,000-row file does not flood the window.
 */
function progressOf(session: Session, stage: ImportProgress['stage'], total: number): (done: number) => boolean {
  const emit = session.options.emit;
  const step = Math.max(1, Math.ceil(total / 100));
  let last = -1;
  return (done) => {
    if (done === last || (done % step !== 0 && done !== total)) return false;
    last = done;
    emit?.('import:progress', { stage, done, total } satisfies ImportProgress);
    return true;
  };
}

/**
 * The checking pass, giving the event loop a turn at every progress step: the pushes go out while it runs
 * (not all at once at the end), and other work is not starved by a 100,000-row file. The writing pass cannot
 * yield: it runs inside one synchronous transaction.
 */
async function checkRows(session: Session, source: ParsedSource, snapshot: LedgerSnapshot, planOptions: PlanOptions): Promise<Plan> {
  const tick = progressOf(session, 'checking', source.rows.length);
  const steps = planRows(source.rows, snapshot, planOptions);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (tick(step.value)) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Dry run or real import of a parsed source. */
export async function runImport(session: Session, source: ParsedSource, options: RunOptions): Promise<ImportReport> {
  if (source.format === 'json') return importLedgerJson(session, source.json ?? '', { dryRun: options.dryRun, lang: options.lang });
  const { snapshot, planOptions } = await planInputs(session, source, options);
  const plan = await checkRows(session, source, snapshot, planOptions);
  if (options.dryRun || plan.rejected) return reportOf(source.format, plan, { dryRun: true, imported: false });

  const ledger = requireLedger(session);
  const defaults = await readSettings(ledger.db);
  const at = stamp(session.now());
  if (ledger.kind === 'file') {
    // The same pure plan again, its writes streamed into the transaction as they are made.
    const writing = progressOf(session, 'writing', source.rows.length);
    writePlanToFile(ledger.raw, (sink) => buildPlan(source.rows, snapshot, planOptions, sink, writing), defaults, at);
  } else {
    const replan = (sink: WriteSink) => buildPlan(source.rows, snapshot, planOptions, sink);
    await writePlanToServer(ledger.db, replan, defaults, at, progressOf(session, 'writing', plan.summary().counts.create));
  }
  return reportOf(source.format, plan, { dryRun: false, imported: true });
}
