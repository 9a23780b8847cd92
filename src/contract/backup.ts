// Backups: list, back up now, restore one from the list, and a byte copy of a damaged ledger for diagnosis.
// Only file names cross the boundary, never paths; a name is checked against the one shape backups have.
import { z } from 'zod';

/** `2026-11-22T17-05-22-123Z-manual.ledger`: time stamp, reason, `.ledger`. No separators, no `..`. */
export const BackupName = z
  .string()
  .max(120)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z0-9][a-z0-9_-]{0,63}\.ledger$/, 'Not the name of a backup.');

export const BackupInfo = z.strictObject({
  name: BackupName,
  /** Why it was made: `manual`, `scheduled`, `before-restore`, `before-<migration>`, `before-restore-damaged`. */
  reason: z.string(),
  /** ISO date-time. */
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** False for a byte copy of a damaged ledger (kept for diagnosis, never offered for restore). */
  restorable: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupCreateInput = z.strictObject({
  /** `backups` (default): into the backups folder. `choose`: ask the caller's save target where to write. */
  destination: z.enum(['backups', 'choose']).optional(),
});

export const BackupCreated = z.strictObject({
  saved: z.boolean(),
  /** The file name only (in the backups folder, or the one chosen). */
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupCreated = z.infer<typeof BackupCreated>;

export const BackupRestoreInput = z.strictObject({ name: BackupName });

export const BackupRestored = z.strictObject({
  /** The backup that is now the ledger. */
  restored: BackupName,
  /** The copy kept of the state before the restore (in the backups folder). */
  kept: BackupName,
});
export type BackupRestored = z.infer<typeof BackupRestored>;

/** Settings → Backups "Restore from a file…": a backup picked anywhere (the shell's open dialog). */
export const BackupRestoredFile = z.strictObject({
  /** False when the dialog was cancelled (nothing changed). */
  restored: z.boolean(),
  /** The picked file's name only. */
  fileName: z.string(),
  /** The copy kept of the state before the restore (in the backups folder). */
  kept: BackupName.nullable(),
});
export type BackupRestoredFile = z.infer<typeof BackupRestoredFile>;

export const DiagnosticCopyResult = z.strictObject({
  saved: z.boolean(),
  fileName: z.string(),
  /** How many files were written (the database, and its -wal when there was one). */
  files: z.number().int().nonnegative(),
});
export type DiagnosticCopyResult = z.infer<typeof DiagnosticCopyResult>;
