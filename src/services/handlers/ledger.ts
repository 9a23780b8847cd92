import { basename } from 'node:path';
import type { LedgerStatus } from '../../contract/ledger.ts';
import { RapportError } from '../../contract/errors.ts';
import { integrityReport, readPragmas, storageError, type RawDatabase } from '../../store/connection.ts';
import { keystoreAllowsRemember } from '../../store/keystore.ts';
import {
  changePassphrase, createLedger, isRemembered, ledgerPresence, unlockWithDevice, unlockWithPassphrase,
} from '../../store/ledger.ts';
import { executedMigrations } from '../../store/migrate.ts';
import { openServerLedger } from '../../store/server/open.ts';
import { changeServerPassword } from '../../store/server/password.ts';
import { parseServerUrl, serverLabel } from '../../store/server/url.ts';
import { hasSavedConnection } from '../../store/server/saved-connection.ts';
import { isServerLedger } from '../../store/server/url.ts';
import { forgetBackupState, isDamaged } from '../backup-state.ts';
import { serverTarget, type ServerTarget, type Session } from '../context.ts';
import { rememberNewPassword, serverPassword } from './server-password.ts';
import { afterCreate, afterFailedOpen, afterUnlock, enterDamaged, keyReceiver, restorableCount } from './backup.ts';
import { type Handlers, requireFileLedger } from '../context.ts';

/** A row count that a damaged table may not be able to give. */
function countOrZero(raw: RawDatabase, table: 'clients' | 'contacts' | 'events'): number {
  try {
    return (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } catch {
    return 0;
  }
}

function serverStatus(session: Session, target: ServerTarget): LedgerStatus {
  const ledger = session.ledger?.kind === 'server' ? session.ledger : null;
  const { ledgerPath, keystore } = session.options;
  const chosen = !isServerLedger(ledgerPath);
  return {
    state: ledger ? 'unlocked' : 'locked',
    fileName: serverLabel(parseServerUrl(target.url)),
    // Chosen on the first-run screen: its password may be sealed by the keychain ("remember").
    canRemember: chosen && keystoreAllowsRemember(keystore),
    remembered: chosen && hasSavedConnection(ledgerPath) && target.password !== null,
    server: { ...(ledger ? { person: ledger.person } : {}), chosen },
  };
}

export function status(session: Session): LedgerStatus {
  const target = serverTarget(session);
  if (target) return serverStatus(session, target);
  const { ledgerPath, keystore } = session.options;
  const present = ledgerPresence(ledgerPath) === 'present';
  return {
    state: session.ledger ? 'unlocked' : present && isDamaged(session) ? 'damaged' : present ? 'locked' : 'absent',
    fileName: basename(ledgerPath),
    canRemember: keystoreAllowsRemember(keystore),
    remembered: present && isRemembered(ledgerPath),
    ...(!session.ledger && present && isDamaged(session) ? { backups: restorableCount(ledgerPath) } : {}),
  };
}

export async function lock(session: Session): Promise<void> {
  const ledger = session.ledger;
  session.ledger = null;
  forgetBackupState(session);
  await ledger?.close();
}

export const ledgerHandlers: Pick<Handlers,
  'ledger:status' | 'ledger:create' | 'ledger:unlock' | 'ledger:lock' | 'ledger:changePassphrase' | 'ledger:check'> = {
  'ledger:status': (session) => status(session),

  'ledger:create': async (session, input) => {
    await lock(session);
    const { ledgerPath, keystore } = session.options;
    session.ledger = await createLedger(ledgerPath, input.passphrase, { remember: input.remember, keystore, onKey: keyReceiver(session) });
    afterCreate(session);
    return status(session);
  },

  'ledger:unlock': async (session, input) => {
    await lock(session);
    const { ledgerPath, keystore } = session.options;
    const target = serverTarget(session);
    if (target) {
      session.ledger = await openServerLedger(target.url, { password: serverPassword(session, target, input), ca: target.ca });
      return status(session);
    }
    const onKey = keyReceiver(session);
    try {
      session.ledger = input.method === 'device'
        ? await unlockWithDevice(ledgerPath, keystore, { onKey })
        : await unlockWithPassphrase(ledgerPath, input.passphrase, { remember: input.remember ?? false, keystore, onKey });
    } catch (e) {
      afterFailedOpen(session, e); // CORRUPT behind a key that unwrapped: the damaged state, offering restore
      throw e;
    }
    await afterUnlock(session);
    return status(session);
  },

  'ledger:lock': async (session) => {
    await lock(session);
    return status(session);
  },

  'ledger:changePassphrase': async (session, input) => {
    const target = serverTarget(session);
    if (target) {
      await changeServerPassword(target.url, input.current, input.next, target.ca);
      rememberNewPassword(session, target, input.next);
      return status(session);
    }
    await changePassphrase(session.options.ledgerPath, input.current, input.next);
    return status(session);
  },

  'ledger:check': async (session) => {
    const ledger = requireFileLedger(session);
    let report: ReturnType<typeof integrityReport>;
    try {
      report = integrityReport(ledger.raw);
    } catch (e) {
      if (storageError(e)?.code === 'CORRUPT' || (e instanceof RapportError && e.code === 'CORRUPT')) await enterDamaged(session);
      throw e;
    }
    if (report.quickCheck !== 'ok' || report.integrityCheck !== 'ok' || report.foreignKeyViolations > 0) {
      // Found by a check: report it, then enter the damaged state (restore offered; nothing deleted).
      const damagedReport = {
        ...report, schemaVersion: executedMigrations(ledger.raw).length, cipher: String(readPragmas(ledger.raw).cipher),
        sqliteVersion: String((ledger.raw.prepare('select sqlite_version() as v').get() as { v: string }).v),
        counts: { clients: countOrZero(ledger.raw, 'clients'), contacts: countOrZero(ledger.raw, 'contacts'), events: countOrZero(ledger.raw, 'events') },
      };
      await enterDamaged(session);
      return damagedReport;
    }
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
