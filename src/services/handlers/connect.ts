// Choosing the agency's shared ledger from the app (the first-run screen's "Open the agency's ledger"),
// going back to the ledger file, and the stamp by which the windows notice what others changed.
import { sql } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import { keystoreAllowsRemember } from '../../store/keystore.ts';
import { openServerLedger } from '../../store/server/open.ts';
import { forgetConnection, saveConnection, type SavedConnection } from '../../store/server/saved-connection.ts';
import { isServerLedger } from '../../store/server/url.ts';
import { requireLedger, type Handlers } from '../context.ts';
import { lock, status } from './ledger.ts';

/** The address without the password (kept apart), as a URL the store opens. */
function urlOf(input: { host: string; port: number; database: string; login: string }): string {
  const url = new URL('postgres://placeholder');
  url.hostname = input.host;
  url.port = String(input.port);
  url.username = encodeURIComponent(input.login);
  url.pathname = `/${encodeURIComponent(input.database)}`;
  return url.href;
}

export const connectHandlers: Pick<Handlers, 'ledger:connect' | 'ledger:disconnect' | 'ledger:changes'> = {
  'ledger:connect': async (session, input) => {
    const { ledgerPath, keystore } = session.options;
    if (isServerLedger(ledgerPath)) {
      throw new RapportError('INVALID', 'This window was started on a ledger given by RAPPORT_LEDGER; it cannot open another.');
    }
    if (input.remember && !keystoreAllowsRemember(keystore)) {
      throw new RapportError('KEYSTORE_UNAVAILABLE', 'This device cannot keep the password safely; connect without remembering it.');
    }
    const connection: SavedConnection = { url: urlOf(input), password: input.password, ...(input.ca ? { ca: input.ca } : {}) };
    // Proven first (reachable, TLS, the password, a Rapport ledger, on the team); only then is anything kept.
    const opened = await openServerLedger(connection.url, { password: connection.password, ca: connection.ca });
    await lock(session);
    session.ledger = opened;
    session.connection = connection;
    if (input.remember) saveConnection(ledgerPath, keystore, connection);
    else forgetConnection(ledgerPath);
    return status(session);
  },

  // Back to this computer's ledger file: the connection and its password are forgotten here (the server keeps everything).
  'ledger:disconnect': async (session) => {
    if (isServerLedger(session.options.ledgerPath)) {
      throw new RapportError('INVALID', 'This window was started on a ledger given by RAPPORT_LEDGER; it has no other to go back to.');
    }
    await lock(session);
    forgetConnection(session.options.ledgerPath);
    session.connection = null;
    return status(session);
  },

  'ledger:changes': async (session) => {
    const ledger = requireLedger(session);
    if (ledger.kind === 'file') {
      // Moves whenever another connection (the CLI, a second window) commits to the file.
      return { stamp: `file:${String(ledger.raw.pragma('data_version', { simple: true }))}` };
    }
    const { rows } = await sql<{ stamp: string }>`select rapport_change_stamp()::text as stamp`.execute(ledger.db);
    return { stamp: `server:${rows[0]?.stamp ?? '0'}` };
  },
};
