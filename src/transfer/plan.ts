// The dry run: every source row becomes a line that says what the import would do with it (create, skip,
// reject and why) and, for creates, the validated write. Values are checked by the SAME zod schemas the
// channels use, so an import cannot store what the app would refuse. Pure: the ledger comes in as a snapshot.
import type { z } from 'zod';
import { ClientCreateInput } from '../contract/clients.ts';
import { nameKey } from '../domain/text.ts';
import { ContactCreateInput } from '../contract/contacts.ts';
import { EventCreateInput, type EventFields } from '../contract/events.ts';
import type { ImportFormat, ImportLine, ImportReport } from '../contract/transfer.ts';
import { ALL_FIELDS, type ColumnMapping, type ImportField, type ImportTarget } from './mapping.ts';
import { parseAmount, parseChannel, parseImportDate, parseKind, type Parsed } from './plan-values.ts';
import { PLAN_TEXTS, zodMessage, type PlanTexts } from './plan-texts.ts';
import { reportLines, type ReportLines } from './report-lines.ts';

export interface SourceRow { line: number; cells: string[] }

export interface LedgerSnapshot {
  clients: readonly { id: number; name: string }[];
  contacts: readonly { clientId: number; name: string }[];
  events: readonly { clientId: number; occurredOn: string; title: string }[];
}

export interface PlanOptions {
  target: ImportTarget;
  mapping: ColumnMapping;
  /** The client contacts and events belong to when no column names one (--client, or picked in the app). */
  client?: { id: number; name: string } | null;
  today: string;
  /** The label a birthday gets among a contact's important dates (ledger text, in the user's language). */
  birthdayLabel: string;
  /** The language of the reasons in the report. */
  lang?: 'de' | 'en';
  /**
   * False for a consultant on the agency's ledger: only owners add clients, and a client that is not theirs
   * is not there for them, so a line naming one is rejected instead of planned as a new client.
   */
  mayAddClients?: boolean;
}

/** A new client is referred to by its folded name until it has an id. */
export type ClientRef = { id: number } | { key: string };

export type ClientCreate = z.output<typeof ClientCreateInput>;
export type ContactCreate = Omit<z.output<typeof ContactCreateInput>, 'clientId'>;

export type PlannedWrite =
  | { entity: 'client'; line: number; key: string; input: ClientCreate }
  | { entity: 'contact'; line: number; client: ClientRef; input: ContactCreate }
  | { entity: 'event'; line: number; client: ClientRef; event: EventFields };

/** What planning says of the file: its report lines (counted, capped). The writes go to a sink as they are planned. */
export type Plan = ReportLines;

/** Receives each write in line order; the import's second pass writes them straight into the transaction. */
export type WriteSink = (write: PlannedWrite) => void;

/** Case-, space- and look-alike-insensitive identity of a name ("Nordlicht\u200B  AG" = "nordlicht ag"): the domain's name key. */
export const foldName = nameKey;

const isField = (key: string): key is ImportField => (ALL_FIELDS as readonly string[]).includes(key);

/** The first zod issues as "field: message", naming the field as the mapping calls it. */
function describe(texts: PlanTexts, error: z.ZodError, rename: Record<string, ImportField> = {}): string {
  return error.issues
    .slice(0, 2)
    .map((i) => {
      const key = String(i.path.filter((p) => p !== 'event').at(0) ?? '');
      const field = rename[key] ?? key;
      const message = zodMessage(texts, i.message);
      return field ? `${isField(field) ? texts.field(field) : field}: ${message}` : message;
    })
    .join('; ');
}

class Reject extends Error {}

const reason = (texts: PlanTexts, field: ImportField, what: string) => `${texts.field(field)}: ${what}`;

function takeValue<T>(texts: PlanTexts, field: ImportField, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Reject(reason(texts, field, texts.value[parsed.problem](parsed.raw)));
  return parsed.value;
}

/**
 * Plan every row. Pure and deterministic: run once for the report (no sink) and once more inside the write
 * transaction with a sink, so neither the writes nor all the lines are ever held in memory at once.
 * A generator: it yields the number of rows done after each row, so a caller can show progress and give the
 * event loop a turn between rows; `buildPlan` runs it through in one go.
 */
export function* planRows(
  rows: readonly SourceRow[], snapshot: LedgerSnapshot, options: PlanOptions, onWrite: WriteSink = () => {},
): Generator<number, Plan> {
  const { target, mapping } = options;
  const texts = PLAN_TEXTS[options.lang ?? 'en'];
  const take = <T,>(field: ImportField, parsed: Parsed<T>): T => takeValue(texts, field, parsed);
  const lines = reportLines();
  const existingClients = new Map(snapshot.clients.map((c) => [foldName(c.name), c] as const));
  const newClients = new Map<string, number>(); // key → line that creates it
  const contactKeys = new Map<string, number | 0>(snapshot.contacts.map((c) => [`${c.clientId}|${foldName(c.name)}`, 0] as const));
  const eventKeys = new Map<string, number | 0>(snapshot.events.map((e) => [`${e.clientId}|${e.occurredOn}|${foldName(e.title)}`, 0] as const));

  let done = 0;
  for (const row of rows) {
    if (done > 0) yield done;
    done += 1;
    const cell = (field: ImportField): string => {
      const i = mapping.indexOf(field);
      return i < 0 ? '' : (row.cells[i] ?? '').trim();
    };
    const fallbackLabel = row.cells.find((c) => c.trim() !== '')?.trim().slice(0, 200) ?? '';
    const reject = (entity: ImportLine['entity'], label: string, reason: string) =>
      lines.add({ line: row.line, entity, outcome: 'reject', label: label || fallbackLabel, reason });

    // The client a contact or event belongs to: the row's column, else the chosen one; new ones are created.
    const clientOf = (): { ref: ClientRef; refKey: string } | string => {
      const name = cell('client');
      if (!name) {
        if (options.client) return { ref: { id: options.client.id }, refKey: String(options.client.id) };
        return reason(texts, 'client', texts.noClient);
      }
      const key = foldName(name);
      const known = existingClients.get(key);
      if (known) return { ref: { id: known.id }, refKey: String(known.id) };
      if (options.mayAddClients === false) return reason(texts, 'client', texts.notYourClient);
      if (!newClients.has(key)) {
        const parsed = ClientCreateInput.safeParse({ name, since: options.today });
        if (!parsed.success) return describe(texts, parsed.error, { name: 'client' });
        newClients.set(key, row.line);
        onWrite({ entity: 'client', line: row.line, key, input: parsed.data });
        lines.add({ line: row.line, entity: 'client', outcome: 'create', label: parsed.data.name, reason: null });
      }
      return { ref: { key }, refKey: `new:${key}` };
    };

    try {
      if (target === 'client') {
        const name = cell('client');
        const label = name;
        const key = foldName(name);
        if (name && existingClients.has(key)) {
          lines.add({ line: row.line, entity: 'client', outcome: 'skip', label, reason: texts.clientExists });
          continue;
        }
        if (name && newClients.has(key)) {
          lines.add({ line: row.line, entity: 'client', outcome: 'skip', label, reason: texts.sameAs(newClients.get(key)!) });
          continue;
        }
        if (options.mayAddClients === false) {
          reject('client', label, reason(texts, 'client', texts.notYourClient));
          continue;
        }
        const since = cell('since') ? take('since', parseImportDate(cell('since'))) : options.today;
        const raw: Record<string, unknown> = { name, since };
        if (cell('owner')) raw.owner = cell('owner');
        if (cell('notes')) raw.notes = cell('notes');
        if (cell('renewalDate')) raw.renewalDate = take('renewalDate', parseImportDate(cell('renewalDate')));
        if (cell('contractValue')) raw.contractValue = take('contractValue', parseAmount(cell('contractValue')));
        if (cell('currency')) raw.currency = cell('currency').toUpperCase();
        const parsed = ClientCreateInput.safeParse(raw);
        if (!parsed.success) {
          reject('client', label, describe(texts, parsed.error, { name: 'client' }));
          continue;
        }
        newClients.set(key, row.line);
        onWrite({ entity: 'client', line: row.line, key, input: parsed.data });
        lines.add({ line: row.line, entity: 'client', outcome: 'create', label: parsed.data.name, reason: null });
        continue;
      }

      if (target === 'contact') {
        const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
        const raw: Record<string, unknown> = { clientId: 1, name };
        if (cell('role')) raw.role = cell('role');
        if (cell('email')) raw.email = cell('email');
        if (cell('phone')) raw.phone = cell('phone');
        if (cell('notes')) raw.personalNotes = cell('notes');
        if (cell('birthday')) {
          const b = cell('birthday');
          if (/^--\d{2}-\d{2}$/.test(b)) throw new Reject(reason(texts, 'birthday', texts.noYear(b)));
          raw.importantDates = [{ label: options.birthdayLabel, date: take('birthday', parseImportDate(b)), yearly: true }];
        }
        // Validate before a client is planned, so a broken contact never creates a client on its own.
        const parsed = ContactCreateInput.safeParse(raw);
        if (!parsed.success) {
          reject('contact', name, describe(texts, parsed.error, { personalNotes: 'notes', importantDates: 'birthday' }));
          continue;
        }
        const owner = clientOf();
        if (typeof owner === 'string') {
          reject('contact', name, owner);
          continue;
        }
        const { clientId: _ignored, ...input } = parsed.data;
        void _ignored;
        const key = `${owner.refKey}|${foldName(input.name)}`;
        const seen = contactKeys.get(key);
        if (seen !== undefined) {
          lines.add({
            line: row.line, entity: 'contact', outcome: 'skip', label: input.name,
            reason: seen === 0 ? texts.contactExists : texts.sameAs(seen),
          });
          continue;
        }
        contactKeys.set(key, row.line);
        onWrite({ entity: 'contact', line: row.line, client: owner.ref, input });
        lines.add({ line: row.line, entity: 'contact', outcome: 'create', label: input.name, reason: null });
        continue;
      }

      // Events.
      const title = cell('title');
      if (!cell('date')) throw new Reject(reason(texts, 'date', texts.required));
      const occurredOn = take('date', parseImportDate(cell('date')));
      const kind = take('kind', parseKind(cell('kind')));
      const channel = take('channel', parseChannel(cell('channel')));
      const base = { title, body: cell('description') || null, occurredOn };
      const event = kind.kind === 'touchpoint'
        ? { kind: 'touchpoint', ...base, channel: channel ?? kind.channel ?? 'other' }
        : { kind: kind.kind, ...base };
      const parsed = EventCreateInput.safeParse({ clientId: 1, event });
      if (!parsed.success) {
        reject('event', title, describe(texts, parsed.error, { occurredOn: 'date', body: 'description' }));
        continue;
      }
      const owner = clientOf();
      if (typeof owner === 'string') {
        reject('event', title, owner);
        continue;
      }
      const key = `${owner.refKey}|${parsed.data.event.occurredOn}|${foldName(parsed.data.event.title)}`;
      const seen = eventKeys.get(key);
      if (seen !== undefined) {
        lines.add({
          line: row.line, entity: 'event', outcome: 'skip', label: parsed.data.event.title,
          reason: seen === 0 ? texts.eventExists : texts.sameAs(seen),
        });
        continue;
      }
      eventKeys.set(key, row.line);
      onWrite({ entity: 'event', line: row.line, client: owner.ref, event: parsed.data.event });
      lines.add({ line: row.line, entity: 'event', outcome: 'create', label: parsed.data.event.title, reason: null });
    } catch (e) {
      if (!(e instanceof Reject)) throw e;
      const label = target === 'client' ? cell('client') : target === 'contact' ? cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ') : cell('title');
      reject(target, label, e.message);
    }
  }
  yield done;
  return lines;
}

/** Plan every row in one go; `onRow` hears how many rows are done after each. */
export function buildPlan(
  rows: readonly SourceRow[], snapshot: LedgerSnapshot, options: PlanOptions, onWrite?: WriteSink, onRow?: (done: number) => void,
): Plan {
  const steps = planRows(rows, snapshot, options, onWrite);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onRow?.(step.value);
  }
}

/** The report of a plan: counts over every line, the lines themselves capped (rejects kept first). */
export function reportOf(format: ImportFormat, plan: Plan, state: { dryRun: boolean; imported: boolean }): ImportReport {
  return { format, dryRun: state.dryRun, imported: state.imported, ...plan.summary() };
}
