// Export: the whole ledger as versioned JSON (rows as the tables hold them, so an import into an empty
// ledger reproduces it exactly), timeline events as CSV and reminders/renewals as an .ics calendar.
// The JSON file schema is strict: an unknown table or column is rejected, never silently dropped.
import { z } from 'zod';
import { Id, IsoDate, Locale } from './primitives.ts';

export const LEDGER_EXPORT_FORMAT = 'rapport-ledger';
export const LEDGER_EXPORT_VERSION = 1;
/** An import reads at most this much JSON (checked before parsing). */
export const LEDGER_IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Every table that holds user data, parents before children (the order an import inserts them).
 * The store lists which tables are deliberately left out (reference data, FTS, migration bookkeeping).
 */
export const EXPORT_TABLES = [
  'settings',
  'clients',
  'contacts',
  'contact_dates',
  'contact_motivators',
  'events',
  'event_emotions',
  'event_participants',
  'event_root_causes',
  'crisis_stage_history',
  'mediation_preps',
  'reminder_states',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

// Generous bounds: the channels enforce the real limits on every write; here they only stop absurd input.
const TEXT_MAX = 100_000;
const str = z.string().max(TEXT_MAX);
const nstr = str.nullable();
const int = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const nint = int.nullable();
const num = z.number().finite();
const flag = z.union([z.literal(0), z.literal(1)]);
const stampText = z.string().min(1).max(64);
const day = IsoDate;
/** Who wrote a row (a team login on the shared ledger, null in a file); absent in exports from before 0006. */
const author = z.string().max(63).nullable().optional();
const authored = { created_by: author, updated_by: author };
const key = z.string().min(1).max(100).regex(/^[a-z0-9_-]+$/i, 'Only letters, digits, - and _.');

/** Keys that would reach an object's prototype if someone ever copied them into one. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** One row schema per exported table, mirroring the SQLite columns and their CHECK constraints. */
export const EXPORT_ROWS = {
  settings: z.strictObject({
    key: key.refine((k) => !(FORBIDDEN_KEYS as readonly string[]).includes(k), 'This key is not allowed.'),
    value: str,
  }),
  clients: z.strictObject({
    id: Id, name: z.string().min(1).max(1_000), since: day, owner: nstr,
    status: z.enum(['active', 'paused', 'archived']),
    contract_value: nint, currency: z.string().min(1).max(10), renewal_date: day.nullable(), notice_days: nint,
    cadence_ideal_days: int, cadence_max_days: int, notes: nstr, created_at: stampText, updated_at: stampText, ...authored,
  }).refine((c) => c.cadence_max_days >= c.cadence_ideal_days, { message: 'The maximum cadence is below the ideal one.', path: ['cadence_max_days'] }),
  contacts: z.strictObject({
    id: Id, client_id: Id, name: z.string().min(1).max(1_000), role: nstr, email: nstr, phone: nstr, personal_notes: nstr,
    created_at: stampText, updated_at: stampText, ...authored,
  }),
  contact_dates: z.strictObject({ id: Id, contact_id: Id, label: str, date: z.string().max(32), yearly: flag }),
  contact_motivators: z.strictObject({ contact_id: Id, motivator_key: key }),
  events: z.strictObject({
    id: Id, client_id: Id,
    kind: z.enum(['project', 'crisis', 'misunderstanding', 'appreciation', 'touchpoint', 'milestone']),
    title: z.string().min(1).max(1_000), body: nstr, occurred_on: day,
    ends_on: day.nullable(), outcome: nstr, value: nint,
    glasl_stage: int.min(1).max(9).nullable(), status: z.enum(['open', 'resolved']).nullable(), resolved_on: day.nullable(),
    resolution: nstr, our_understanding: nstr, their_understanding: nstr,
    gesture: nstr, direction: nstr, is_personal: flag.nullable(), is_unscheduled: flag.nullable(), personal_note: nstr,
    ladder_stage: int.min(1).max(7).nullable(),
    channel: nstr, initiated_by: nstr, response_hours: num.nullable(), milestone_type: nstr,
    created_at: stampText, updated_at: stampText, ...authored,
  }).refine((e) => e.ends_on === null || e.ends_on >= e.occurred_on, { message: 'A project cannot end before it starts.', path: ['ends_on'] })
    .refine((e) => e.resolved_on === null || e.resolved_on >= e.occurred_on, { message: 'Resolved before it happened.', path: ['resolved_on'] }),
  event_emotions: z.strictObject({ event_id: Id, emotion_key: key, intensity: int.min(1).max(5) }),
  event_participants: z.strictObject({ event_id: Id, contact_id: Id }),
  event_root_causes: z.strictObject({ event_id: Id, cause_key: key, note: nstr }),
  crisis_stage_history: z.strictObject({ id: Id, event_id: Id, stage: int.min(1).max(9), recorded_at: stampText }),
  mediation_preps: z.strictObject({
    id: Id, client_id: Id, event_id: Id, status: z.enum(['open', 'held']), body: z.string().max(1_000_000),
    talk_event_id: Id.nullable(), created_at: stampText, updated_at: stampText, ...authored,
  }),
  reminder_states: z.strictObject({
    client_id: Id, kind: key, on_day: day, state: z.enum(['snoozed', 'done']), until: day.nullable(), updated_at: stampText,
  }).refine((r) => r.state !== 'snoozed' || r.until !== null, { message: 'A snooze needs an end day.', path: ['until'] }),
} satisfies Record<ExportTable, z.ZodType>;

export type ExportRow = Record<string, string | number | null>;

/** At most this many rows per table (a believable agency has far fewer; the bound keeps parsing finite). */
export const EXPORT_MAX_ROWS = 5_000_000;

/**
 * The envelope, checked first; rows are checked one by one afterwards so an import can name each bad
 * record. A table absent from `data` is empty (an export from before that table existed).
 */
export const LedgerExportEnvelope = z.strictObject({
  format: z.literal(LEDGER_EXPORT_FORMAT),
  version: z.literal(LEDGER_EXPORT_VERSION),
  exportedAt: z.string().datetime({ offset: true }),
  schemaVersion: z.number().int().nonnegative(),
  app: z.strictObject({ version: z.string().max(64) }),
  data: z.strictObject(
    Object.fromEntries(EXPORT_TABLES.map((t) => [t, z.array(z.unknown()).max(EXPORT_MAX_ROWS).optional()])) as
      Record<ExportTable, z.ZodOptional<z.ZodArray<z.ZodUnknown>>>,
  ),
});
export type LedgerExportEnvelope = z.infer<typeof LedgerExportEnvelope>;

/** The whole file with every row validated (what an export writes). */
export const LedgerExportFile = LedgerExportEnvelope.extend({
  data: z.strictObject(
    Object.fromEntries(EXPORT_TABLES.map((t) => [t, z.array(EXPORT_ROWS[t])])) as { [T in ExportTable]: z.ZodArray<(typeof EXPORT_ROWS)[T]> },
  ),
});
export type LedgerExportFile = z.infer<typeof LedgerExportFile>;

// Channels. Each renders, then writes where the caller's save target says (null: the user cancelled).
export const ExportJsonInput = z.strictObject({});
export const ExportEventsCsvInput = z.strictObject({ clientId: Id.optional(), lang: Locale });
export const ExportIcsInput = z.strictObject({ lang: Locale });

export const ExportResult = z.strictObject({
  saved: z.boolean(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Rows per exported table (JSON), events (CSV) or calendar entries (.ics). */
  counts: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export type ExportResult = z.infer<typeof ExportResult>;
