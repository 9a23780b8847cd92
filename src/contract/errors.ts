// The closed set of error codes that may cross a boundary (IPC, CLI, tests).
// A message is for people; it never carries SQL text, file paths, keys or passphrases.
export const ERROR_CODES = [
  'INVALID',
  'NOT_FOUND',
  'LOCKED',
  'NO_LEDGER',
  'ALREADY_EXISTS',
  'WRONG_KEY_OR_DAMAGED',
  'CORRUPT',
  'FUTURE_VERSION',
  'KEYFILE_INVALID',
  'KEYSTORE_UNAVAILABLE',
  'KEYSTORE_CHANGED',
  'UNSUPPORTED_SQLITE',
  'TOO_LARGE',
  'BUSY',
  'IN_USE',
  'OWN_FILE',
  'TARGET_EXISTS',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'CONFLICT',
  'WRONG_LOGIN',
  'SERVER_UNREACHABLE',
  'NOT_A_LEDGER',
  'INSECURE_CONNECTION',
  'NEEDS_UPGRADE',
  'NOT_ON_SERVER',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type RapportErrorValue = { code: ErrorCode; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: RapportErrorValue };

/** Thrown inside the engine; the dispatcher turns it into an error value. */
export class RapportError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'RapportError';
    this.code = code;
  }
}

export const isRapportError = (e: unknown): e is RapportError => e instanceof RapportError;

/** The user-facing default wording per code (English; the renderer localises by code). */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID: 'The input is not valid.',
  NOT_FOUND: 'Not found.',
  LOCKED: 'The ledger is locked.',
  NO_LEDGER: 'There is no ledger yet.',
  ALREADY_EXISTS: 'A ledger already exists there; it was left untouched.',
  WRONG_KEY_OR_DAMAGED: 'Wrong passphrase or damaged file.',
  CORRUPT: 'The ledger is damaged. Nothing was changed; restore it from a backup.',
  FUTURE_VERSION: 'This ledger was written by a newer version of Rapport. Nothing was changed.',
  KEYFILE_INVALID: 'The key file of this ledger is not valid. Nothing was changed.',
  KEYSTORE_UNAVAILABLE: 'This device cannot keep the key safely; enter your passphrase.',
  KEYSTORE_CHANGED: 'The key remembered on this device can no longer be read; enter your passphrase.',
  UNSUPPORTED_SQLITE: 'The database engine is not the one Rapport was built with.',
  TOO_LARGE: 'The input is too large.',
  BUSY: 'Another Rapport is writing to this ledger; try again in a moment. Nothing was changed.',
  IN_USE: 'Another Rapport has this ledger open; close it there first. Nothing was changed.',
  OWN_FILE: 'That file belongs to the ledger itself (the ledger, its key file or its backups); choose another place. Nothing was written.',
  TARGET_EXISTS: 'A file with that name already exists; it was left untouched.',
  UNKNOWN_CHANNEL: 'Unknown channel.',
  FORBIDDEN: "You may not do this in the agency's ledger (ask an owner). Nothing was changed.",
  CONFLICT: 'Someone else changed this in the meantime. Nothing was saved; your version is kept.',
  WRONG_LOGIN: 'The server did not accept this login and password. Nothing was changed.',
  SERVER_UNREACHABLE: "The agency's ledger server cannot be reached right now. Nothing was changed; Rapport keeps trying.",
  NOT_A_LEDGER: 'This database is not a Rapport ledger. Nothing was changed.',
  INSECURE_CONNECTION: 'A server on another machine is only used over TLS with its certificate verified (sslmode=verify-full). Nothing was sent.',
  NEEDS_UPGRADE: "The agency's ledger needs an update that only its administrator can run (rapport team upgrade). Nothing was changed.",
  NOT_ON_SERVER: "This works on a ledger file only; the agency's server keeps its own backups. Nothing was changed.",
  INTERNAL: 'Something went wrong inside Rapport. Nothing was saved.',
};
