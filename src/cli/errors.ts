// Exit codes and the one error type the commands throw. Every failure ends as one line on stderr.
import type { ErrorCode, RapportErrorValue, Result } from '../contract/errors.ts';
import type { Messages } from './i18n.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2, key: 3, interrupted: 130 } as const;

export class CliError extends Error {
  readonly exitCode: number;
  readonly code: ErrorCode | null;
  constructor(exitCode: number, message: string, code: ErrorCode | null = null) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.code = code;
  }
}

export const usage = (message: string) => new CliError(EXIT.usage, message);
export const failure = (message: string, code: ErrorCode | null = null) => new CliError(EXIT.failure, message, code);

/** Codes that mean "this ledger cannot be opened as it is": the passphrase is wrong or a file is damaged. */
const KEY_CODES: readonly ErrorCode[] = ['WRONG_KEY_OR_DAMAGED', 'CORRUPT', 'KEYFILE_INVALID'];

/** A dispatcher error as a CLI error: exit 3 for key and damage codes, else 1, with our own wording where we have it. */
export function fromErrorValue(error: RapportErrorValue, t: Messages): CliError {
  const own: Partial<Record<ErrorCode, string>> = {
    WRONG_KEY_OR_DAMAGED: t.wrongKey,
    CORRUPT: t.corrupt,
    KEYFILE_INVALID: t.keyfileInvalid,
    FUTURE_VERSION: t.futureVersion,
    INTERNAL: t.internal,
    BUSY: t.busy,
    IN_USE: t.inUse,
    OWN_FILE: t.ownFile,
    TARGET_EXISTS: t.targetExists,
  };
  const message = `${own[error.code] ?? error.message} (${error.code})`;
  return new CliError(KEY_CODES.includes(error.code) ? EXIT.key : EXIT.failure, message, error.code);
}

/** The value of a dispatcher result, or a thrown CliError. */
export function unwrap<T>(result: Result<T>, t: Messages): T {
  if (!result.ok) throw fromErrorValue(result.error, t);
  return result.value;
}
