import { basename } from 'node:path';
import type { LedgerStatus } from '../../contract/ledger.ts';
import { integrityReport, readPragmas } from '../../store/connection.ts';
import { keystoreAllowsRemember } from '../../store/keystore.ts';
import {
  changePassphrase, createLedger, isRemembered, ledgerPresence, unlockWithDevice, unlockWithPassphrase,
} from '../../store/ledger.ts';
import { executedMigrations } from '../../store/migrate.ts';
import type { Session } from '../context.ts';
import { requireLedger, type Handlers } from '../dispatcher.ts';

function status(session: Session): LedgerStatus {
  const { ledgerPath, keystore } = session.options;
  const present = ledgerPresence(ledgerPath) === 'present';
  return {
    state: session.ledger ? 'unlocked' : present ? 'locked' : 'absent',
    fileName: basename(ledgerPath),
    canRemember: keystoreAllowsRemember(keystore),
    remembered: present && isRemembered(ledgerPath),
  };
}

async function lock(session: Session): Promise<void> {
  const ledger = session.ledger;
  session.ledger = null;
  await ledger?.close();
}

export const ledgerHandlers: Pick<Handlers,
  'ledger:status' | 'ledger:create' | 'ledger:unlock' | 'ledger:lock' | 'ledger:changePassphrase' | 'ledger:check'> = {
  'ledger:status': (session) => status(session),

  'ledger:create': async (session, input) => {
    await lock(session);
    const { ledgerPath, keystore } = session.options;
    session.ledger = await createLedger(ledgerPath, input.passphrase, { remember: input.remember, keystore });
    return status(session);
  },

  'ledger:unlock': async (session, input) => {
    await lock(session);
    const { ledgerPath, keystore } = session.options;
    session.ledger = input.method === 'device'
      ? await unlockWithDevice(ledgerPath, keystore)
      : await unlockWithPassphrase(ledgerPath, input.passphrase, { remember: input.remember ?? false, keystore });
    return status(session);
  },

  'ledger:lock': async (session) => {
    await lock(session);
    return status(session);
  },

  'ledger:changePassphrase': async (session, input) => {
    await changePassphrase(session.options.ledgerPath, input.current, input.next);
    return status(session);
  },

  'ledger:check': async (session) => {
    const ledger = requireLedger(session);
    const report = integrityReport(ledger.raw);
    const count = (table: string) => (ledger.raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const pragmas = readPragmas(ledger.raw);
    return {
      ...report,
      schemaVersion: executedMigrations(ledger.raw).length,
      cipher: String(pragmas.cipher),
      sqliteVersion: String((ledger.raw.prepare('select sqlite_version() as v').get() as { v: string }).v),
      counts: { clients: count('clients'), contacts: count('contacts'), events: count('events') },
    };
  },
};
