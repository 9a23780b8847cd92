// Import channels: the main process picks and reads the file (the page never names a path), the engine
// keeps the parsed source under a random token, the page maps columns, asks for a dry run, then commits.
import { z } from 'zod';
import { Id, Locale } from './primitives.ts';
import { ImportFormat } from './transfer.ts';

export const IMPORT_TARGETS = ['client', 'contact', 'event'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/**
 * The fields a column can feed, per target. `client` is always the client's name: the client itself for a
 * client list, the client a contact or event belongs to otherwise (created when it is new).
 * Events: only kinds whose required fields a CSV row can carry — touchpoint (the default: CRM activities are
 * contacts with the client), project and milestone. Crises need a Glasl stage and appreciation a judgement
 * about the gesture; those are recorded in the app, not guessed from a spreadsheet.
 */
export const TARGET_FIELDS = {
  client: ['client', 'since', 'owner', 'renewalDate', 'contractValue', 'currency', 'notes'],
  contact: ['client', 'name', 'firstName', 'lastName', 'role', 'email', 'phone', 'birthday', 'notes'],
  event: ['client', 'date', 'kind', 'title', 'description', 'channel'],
} as const satisfies Record<ImportTarget, readonly string[]>;

export const ALL_FIELDS = [
  'client', 'since', 'owner', 'renewalDate', 'contractValue', 'currency', 'notes',
  'name', 'firstName', 'lastName', 'role', 'email', 'phone', 'birthday',
  'date', 'kind', 'title', 'description', 'channel',
] as const;
export type ImportField = (typeof ALL_FIELDS)[number];

/** One entry per source column: the field it feeds, or null (ignored). */
export type ColumnMapping = (ImportField | null)[];

/** Files larger than this are refused with TOO_LARGE before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_COLUMNS = 500;

export const ImportTarget = z.enum(IMPORT_TARGETS);
export const ImportField = z.enum(ALL_FIELDS);

export const ImportOpenInput = z.strictObject({
  kind: ImportFormat.optional(),
});

const Token = z.string().regex(/^[0-9a-f]{32}$/);

export const ImportSource = z.strictObject({
  token: Token,
  format: ImportFormat,
  /** Base name only: the page never learns where the file lives. */
  fileName: z.string().max(255),
  /** What the rows are (null for our own JSON export, which holds everything). */
  target: ImportTarget.nullable(),
  headers: z.array(z.string()).max(MAX_IMPORT_COLUMNS),
  /** Per header, the recognised field or null (unknown: map it or leave it out). */
  suggested: z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS),
  /** The recognised fields for each target, for when the user says the rows hold something else. */
  suggestions: z.strictObject({
    client: z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS),
    contact: z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS),
    event: z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS),
  }),
  /** The first rows, each aligned with the headers, for the mapping screen. */
  sample: z.array(z.array(z.string())).max(5),
  rowCount: z.number().int().nonnegative(),
});
export type ImportSource = z.infer<typeof ImportSource>;

/** open → null when the user cancelled the file dialog. */
export const ImportOpenResult = ImportSource.nullable();

export const ImportRunInput = z.strictObject({
  token: Token,
  /** Required for CSV and vCard; ignored for JSON. */
  target: ImportTarget.optional(),
  mapping: z.array(ImportField.nullable()).max(MAX_IMPORT_COLUMNS).optional(),
  /** The client contacts and events belong to when no column names one. */
  clientId: Id.optional(),
  /** Language of texts the import writes into the ledger (the label of a birthday). */
  lang: Locale.optional(),
});
export type ImportRunInput = z.input<typeof ImportRunInput>;

