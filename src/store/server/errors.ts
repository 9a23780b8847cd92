// What a PostgreSQL or network failure means to a person: one of the contract's codes, with no SQL, no
// address and no password in the message (the label carries the address without its password).
import { RapportError } from '../../contract/errors.ts';

const field = (e: unknown, name: string): string =>
  e && typeof e === 'object' && name in e ? String((e as Record<string, unknown>)[name]) : '';

const NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);
const TLS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ALTNAME/;

export function serverError(e: unknown): RapportError | null {
  if (e instanceof RapportError) return e;
  const code = field(e, 'code');
  const message = e instanceof Error ? e.message : '';
  if (code === '28P01' || code === '28000') return new RapportError('WRONG_LOGIN', 'The server did not accept this login and password. Nothing was changed.');
  if (code === '3D000') return new RapportError('NOT_A_LEDGER', 'There is no such database on this server. Nothing was changed.');
  if (code === '42501') return new RapportError('FORBIDDEN', "You may not do this in the agency's ledger (ask an owner). Nothing was changed.");
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return new RapportError('BUSY', 'Someone else was changing the same thing; nothing was changed. Try again.');
  }
  if (TLS.test(code) || /does not support SSL|certificate/i.test(message)) {
    return new RapportError('INSECURE_CONNECTION', "The server's certificate could not be verified (sslmode=verify-full). Nothing was sent.");
  }
  // 57P01/57P02: the server ended the connection (shutdown, crash); 57P03: it is not accepting them yet.
  // "not queryable": a transaction whose connection died fails its rollback too, and that error is the one
  // thrown (pg's message for a dead connection).
  if (NETWORK.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03'
    || /Connection terminated|not queryable|timeout expired|connect ETIMEDOUT/i.test(message)) {
    return new RapportError('SERVER_UNREACHABLE', "The agency's ledger server cannot be reached right now. Nothing was changed.");
  }
  return null;
}
