// The password a session uses for the agency's shared ledger: typed at unlock, or kept sealed by the keychain
// since the first-run screen's "remember"; and kept current after the person changes it.
import type { LedgerUnlockInput } from '../../contract/ledger.ts';
import { RapportError } from '../../contract/errors.ts';
import { hasSavedConnection, saveConnection } from '../../store/server/saved-connection.ts';
import type { ServerTarget, Session } from '../context.ts';

/** The password an unlock of the shared ledger uses: typed, or (method device) the one the keychain keeps. */
export function serverPassword(session: Session, target: ServerTarget, input: LedgerUnlockInput): string | null {
  if (input.method === 'passphrase') return input.passphrase;
  if (target.password === null || !hasSavedConnection(session.options.ledgerPath)) {
    throw new RapportError('KEYSTORE_UNAVAILABLE', "This device keeps no password for the agency's ledger; enter yours.");
  }
  return target.password;
}

/** After a password change: the connection in memory, and the one the keychain keeps, use the new one. */
export function rememberNewPassword(session: Session, target: ServerTarget, next: string): void {
  if (!session.connection || target !== session.connection) return;
  session.connection = { ...session.connection, password: next };
  if (hasSavedConnection(session.options.ledgerPath)) saveConnection(session.options.ledgerPath, session.options.keystore, session.connection);
}
