import { z } from 'zod';
import { NewPassphrase, Passphrase } from './primitives.ts';
import { TeamPerson } from './team.ts';

/** `damaged`: the passphrase was right but the database is damaged; only restore and a diagnostic copy work. */
export const LedgerState = z.enum(['absent', 'locked', 'unlocked', 'damaged']);

export const LedgerStatus = z.strictObject({
  state: LedgerState,
  /** The ledger's file name only; full paths never cross the boundary. */
  fileName: z.string(),
  /** The OS keychain can hold the key ("remember on this device" may be offered). */
  canRemember: z.boolean(),
  /** A key is remembered on this device and may unlock without the passphrase. */
  remembered: z.boolean(),
  /** When damaged: how many backups there are to restore from. */
  backups: z.number().int().nonnegative().optional(),
  /**
   * The agency's shared ledger (PostgreSQL) instead of a file: `fileName` is then user@host:port/db, and
   * once connected `person` is who is connected (null: the ledger's administrator).
   */
  server: z.strictObject({ person: TeamPerson.nullable().optional() }).optional(),
});
export type LedgerStatus = z.infer<typeof LedgerStatus>;

export const Empty = z.strictObject({});

export const LedgerCreateInput = z.strictObject({
  passphrase: NewPassphrase,
  remember: z.boolean().default(false),
});

export const LedgerUnlockInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('passphrase'), passphrase: Passphrase, remember: z.boolean().optional() }),
  z.strictObject({ method: z.literal('device') }),
]);
export type LedgerUnlockInput = z.infer<typeof LedgerUnlockInput>;

export const ChangePassphraseInput = z.strictObject({
  current: Passphrase,
  next: NewPassphrase,
});

export const LedgerCheck = z.strictObject({
  quickCheck: z.string(),
  integrityCheck: z.string(),
  foreignKeyViolations: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  cipher: z.string(),
  sqliteVersion: z.string(),
  counts: z.strictObject({
    clients: z.number().int().nonnegative(),
    contacts: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
  }),
});
export type LedgerCheck = z.infer<typeof LedgerCheck>;

/**
 * "Remember on this device" on or off for an unlocked ledger. On needs the passphrase (the data key is not
 * kept in memory to wrap again); off needs nothing: forgetting only ever takes a way in away.
 */
export const LedgerRememberInput = z.discriminatedUnion('on', [
  z.strictObject({ on: z.literal(true), passphrase: Passphrase }),
  z.strictObject({ on: z.literal(false) }),
]);
export type LedgerRememberInput = z.infer<typeof LedgerRememberInput>;
