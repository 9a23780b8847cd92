import { z } from 'zod';
import { LIMITS, NewPassphrase, Passphrase } from './primitives.ts';
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
   * once connected `person` is who is connected (null: the ledger's administrator). `chosen`: picked on the
   * first-run screen (the app may go back to its own file: `ledger:disconnect`), not given by RAPPORT_LEDGER.
   */
  server: z.strictObject({ person: TeamPerson.nullable().optional(), chosen: z.boolean().optional() }).optional(),
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

/** A host name or address as a person types it: no scheme, no path, no spaces. */
const Host = z.string().trim().min(1).max(253).regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|[0-9a-fA-F:]+)$/, 'A server name or address, without https:// or a path.');
const PEM_CERTIFICATE = /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/;

/**
 * "Open the agency's ledger" from the first-run screen: where the server is, the person's login and
 * password, and (for a server whose certificate a private CA signed) that CA as PEM text. With `remember`,
 * the connection and the password are sealed by the OS keychain for the next start.
 */
export const LedgerConnectInput = z.strictObject({
  host: Host,
  port: z.number().int().min(1).max(65_535).default(5432),
  database: z.string().trim().min(1).max(63).regex(/^[A-Za-z0-9_][A-Za-z0-9_$-]*$/, 'A database name: letters, digits, _ - $.'),
  login: z.string().trim().min(1).max(63).regex(/^[A-Za-z0-9_][A-Za-z0-9_.$-]*$/, 'A login: letters, digits, _ . - $.'),
  password: z.string().min(1).max(LIMITS.passphraseMax),
  ca: z.string().max(64_000).regex(PEM_CERTIFICATE, 'A CA certificate in PEM form (-----BEGIN CERTIFICATE-----).').optional(),
  remember: z.boolean().default(false),
});
export type LedgerConnectInput = z.infer<typeof LedgerConnectInput>;

/**
 * What changed since the window last looked, as one opaque stamp: when it moves, somebody (a colleague, the
 * CLI in another process) committed something this person may see, and the windows read again.
 */
export const LedgerChanges = z.strictObject({ stamp: z.string().max(100) });
