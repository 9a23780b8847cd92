// Moving data in and out of the ledger: what an import reports, line by line, before and after it runs.
// Shared by every import format (our own JSON, CSV from CRMs, vCard) so the dry-run screen and the CLI
// print one shape.
import { z } from 'zod';

export const IMPORT_FORMATS = ['json', 'csv', 'vcard'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What one source line (CSV row, vCard, JSON record) becomes. */
export const IMPORT_OUTCOMES = ['create', 'skip', 'reject'] as const;
export const ImportOutcome = z.enum(IMPORT_OUTCOMES);

export const IMPORT_ENTITIES = ['client', 'contact', 'event', 'mediationPrep', 'reminderState', 'setting'] as const;
export const ImportEntity = z.enum(IMPORT_ENTITIES);

/** Lines listed in a report at most; the counts always cover every line. */
export const IMPORT_REPORT_LINES = 2_000;

export const ImportLine = z.strictObject({
  /** 1-based line in the source file (CSV: the physical line a record starts on; JSON: the record's position). */
  line: z.number().int().positive(),
  entity: ImportEntity,
  outcome: ImportOutcome,
  /** A human label for the line ("Nordlicht Versicherung AG", "Anna Weber"). Ledger text, shown literally. */
  label: z.string(),
  /** Why it is skipped or rejected (null for create). */
  reason: z.string().nullable(),
});
export type ImportLine = z.infer<typeof ImportLine>;

const Counts = z.strictObject({
  create: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  reject: z.number().int().nonnegative(),
});

export const ImportReport = z.strictObject({
  format: ImportFormat,
  /** True when nothing was written (a dry run, or a real run refused because a line was rejected). */
  dryRun: z.boolean(),
  /** True only when the transaction committed. One rejected line means nothing is imported. */
  imported: z.boolean(),
  counts: Counts,
  /** Per entity, how many would be / were created. */
  created: z.partialRecord(ImportEntity, z.number().int().nonnegative()),
  lines: z.array(ImportLine).max(IMPORT_REPORT_LINES),
  /** True when `lines` was cut at IMPORT_REPORT_LINES. */
  truncated: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** The stages of an import: every row is checked (the dry run), then, unless one was rejected, written. */
export const IMPORT_STAGES = ['checking', 'writing'] as const;

/** The `import:progress` push event: rows done of the file's rows, in the current stage. */
export const ImportProgress = z.strictObject({
  stage: z.enum(IMPORT_STAGES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.output<typeof ImportProgress>;
