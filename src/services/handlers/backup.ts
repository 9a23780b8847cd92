// Backups through the one dispatcher: list, back up now, restore, and a diagnostic copy of a damaged ledger.
// Restore works while unlocked and while damaged (the key unwrapped at unlock is held for exactly this).
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../contract/backup.ts';
import { RapportError } from '../../contract/errors.ts';
import { backupsDir, backupTo, listBackups, verifyBackup, writeBackupWrapper } from '../../store/backup.ts';
import { copyLedgerBytes, installBackup, readBackupWrapper, restoreLedger } from '../../store/backups/restore.ts';
import { ledgerFiles, placeFile, tempNameFor } from '../../store/files.ts';
import { readKeyFile, unwrapWithPassphrase } from '../../store/keyfile.ts';
import { ledgerPresence, openLedgerWithKey } from '../../store/ledger.ts';
import { copyOfKey, forgetBackupState, holdKey, isDamaged, setDamaged } from '../backup-state.ts';
import { backupNow, prune, scheduledBackupIfDue, startSchedule } from '../backup-schedule.ts';
import type { Session } from '../context.ts';
import { type Handlers, requireFileLedger, fileLedgerOf } from '../context.ts';
import { chooseTarget } from '../save-target.ts';

const isCorrupt = (e: unknown) => e instanceof RapportError && e.code === 'CORRUPT';

/** For unlock and create: the store hands over a copy of the data key; the session keeps it until lock. */
export const keyReceiver = (session: Session) => (key: Buffer) => holdKey(session, key);

/**
 * After an open failed: a damaged database behind a key that unwrapped is the damaged state (restore is
 * offered); anything else (wrong passphrase, page-1 damage, a bad key wrapper) drops the key.
 */
export function afterFailedOpen(session: Session, e: unknown): void {
  const key = copyOfKey(session);
  key?.fill(0);
  if (isCorrupt(e) && key) setDamaged(session, true);
  else forgetBackupState(session);
}

/** Close the open ledger and enter the damaged state, keeping the key for a restore. */
export async function enterDamaged(session: Session): Promise<void> {
  const ledger = session.ledger;
  session.ledger = null;
  setDamaged(session, true);
  if (ledger) {
    try {
      await ledger.close();
    } catch {
      // A damaged database may fail to checkpoint on close; its files stay as they are.
    }
  }
}

/** After a new ledger was made: the schedule only (its first backup follows within the hour, once it holds data). */
export const afterCreate = (session: Session): void => startSchedule(session);

/** After a successful unlock: the hourly schedule, and a backup now when the newest is older than a day. */
export async function afterUnlock(session: Session): Promise<void> {
  startSchedule(session);
  try {
    await scheduledBackupIfDue(session);
  } catch (e) {
    // The integrity check before the backup found damage that quick_check at unlock did not.
    if (isCorrupt(e)) {
      await enterDamaged(session);
      throw e;
    }
    // Any other failure (a full disk) must not keep the user out of the ledger; the next check tries again.
  }
}

/** The number of backups a damaged ledger could be restored from. */
export const restorableCount = (ledgerPath: string) => listBackups(ledgerPath).filter((b) => b.restorable).length;

function requireUnlockedOrDamaged(session: Session): void {
  if (!session.ledger && !isDamaged(session)) throw new RapportError('LOCKED', 'The ledger is locked.');
}

const info = (b: ReturnType<typeof listBackups>[number]): BackupInfo => ({
  name: b.name, reason: b.reason, createdAt: b.createdAt.toISOString(), bytes: b.bytes, restorable: b.restorable,
});

export const backupHandlers: Pick<Handlers,
  'backup:list' | 'backup:create' | 'backup:restore' | 'backup:restoreFile' | 'backup:diagnosticCopy'> = {
  'backup:list': (session) => {
    requireUnlockedOrDamaged(session);
    return listBackups(session.options.ledgerPath).map(info);
  },

  'backup:create': async (session, input) => {
    const ledger = requireFileLedger(session);
    if ((input.destination ?? 'backups') === 'backups') {
      const path = await backupNow(session, 'manual');
      return { saved: true, fileName: basename(path), bytes: statSync(path).size };
    }
    if (!session.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the backup.');
    const suggested = `${basename(ledger.path).replace(/\.ledger$/, '')}-backup-${session.now().toISOString().slice(0, 10)}.ledger`;
    // The backup's own key wrapper is written beside it: neither may be one of the ledger's files.
    const chosen = await chooseTarget(session, suggested, 'There is no place to save the backup.', ['.keys.json']);
    if (chosen === null) return { saved: false, fileName: suggested, bytes: 0 };
    const target = chosen.path;
    // Written beside the target under a temporary name and moved over it, so a chosen file is replaced whole
    // (and an existing one only when the user agreed); a failed backup leaves no temporary file behind.
    const tmp = tempNameFor(target);
    try {
      backupTo(ledger.raw, tmp);
      placeFile(tmp, target, chosen.replace);
      writeBackupWrapper(ledger.path, target); // a backup saved elsewhere opens on its own, with the passphrase
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    return { saved: true, fileName: basename(target), bytes: statSync(target).size };
  },

  'backup:restore': async (session, input) => {
    requireUnlockedOrDamaged(session);
    const entry = listBackups(session.options.ledgerPath).find((b) => b.name === input.name);
    if (!entry || !entry.restorable) throw new RapportError('NOT_FOUND', 'There is no such backup.');
    const { kept } = await restoreFile(session, entry.path);
    return { restored: entry.name, kept };
  },

  // A backup picked anywhere (another disk, a copy from another machine): it must open with this ledger's key.
  'backup:restoreFile': async (session) => {
    requireUnlockedOrDamaged(session);
    if (!session.options.openSource) throw new RapportError('INVALID', 'There is no place to pick a backup from.');
    const picked = await session.options.openSource([{ name: 'Rapport ledger', extensions: ['ledger'] }]);
    if (picked === null) return { restored: false, fileName: '', kept: null };
    const { kept } = await restoreFile(session, picked);
    return { restored: true, fileName: basename(picked), kept };
  },

  'backup:diagnosticCopy': async (session) => {
    if (!isDamaged(session)) throw new RapportError(session.ledger ? 'INVALID' : 'LOCKED', 'A diagnostic copy is for a damaged ledger.');
    if (!session.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the copy.');
    const suggested = `${basename(session.options.ledgerPath)}-diagnostic-${session.now().toISOString().slice(0, 10)}.ledger`;
    const target = await chooseTarget(session, suggested, 'There is no place to save the copy.', ['-wal']);
    if (target === null) return { saved: false, fileName: suggested, files: 0 };
    const files = copyLedgerBytes(session.options.ledgerPath, target.path, { replace: target.replace });
    return { saved: true, fileName: basename(target.path), files };
  },
};

/**
 * Restore the ledger from a file (a backup from the list, or one the CLI names) with the held key; the
 * session ends unlocked on the restored ledger. A file that fails verification changes nothing.
 */
export async function restoreFile(session: Session, source: string): Promise<{ kept: string }> {
  requireUnlockedOrDamaged(session);
  const key = copyOfKey(session);
  if (!key) throw new RapportError('LOCKED', 'The ledger is locked.');
  const ledgerPath = session.options.ledgerPath;
  try {
    const current = fileLedgerOf(session);
    let result: { kept: string };
    try {
      result = await restoreLedger({ ledgerPath, source, key, current, now: session.now() });
    } catch (e) {
      // Failed after the open ledger was closed: stay where a restore can be tried again, never half-open.
      if (current && !current.raw.open) await enterDamaged(session);
      throw e;
    }
    session.ledger = null;
    try {
      session.ledger = await openLedgerWithKey(ledgerPath, Buffer.from(key));
    } catch (e) {
      // The files are swapped but the ledger does not open: stay damaged (key held), so another backup can be tried.
      await enterDamaged(session);
      throw e;
    }
    setDamaged(session, false);
    startSchedule(session);
    await prune(session);
    return result;
  } finally {
    key.fill(0);
  }
}

/** The backups folder of the session's ledger (for the CLI, which prints paths; the page never sees one). */
const backupFolderOf = (session: Session) => backupsDir(session.options.ledgerPath);
export const backupPathOf = (session: Session, name: string) => join(backupFolderOf(session), name);

/**
 * Restore where the ledger's database is missing (deleted, or a new machine). The key comes from the ledger's
 * own wrapper when it is still there, else from the backup's own wrapper (`<backup>.keys.json`, installed with
 * it); either way the passphrase unwraps it, the backup is verified with it, and only then put in place. The
 * session ends unlocked on the restored ledger.
 */
export async function restoreIntoAbsent(
  session: Session, source: string, passphrase: string, hooks: { onUnwrapped?: () => void } = {},
): Promise<void> {
  const ledgerPath = session.options.ledgerPath;
  if (ledgerPresence(ledgerPath) === 'present') throw new RapportError('ALREADY_EXISTS', 'A ledger already exists there; it was left untouched.');
  const keys = ledgerFiles(ledgerPath).keys;
  const own = existsSync(keys);
  const wrapper = own ? readKeyFile(keys) : readBackupWrapper(source);
  const key = await unwrapWithPassphrase(wrapper, passphrase);
  hooks.onUnwrapped?.();
  try {
    verifyBackup(source, key);
    installBackup({ ledgerPath, source, key, wrapper: own ? null : wrapper, now: session.now() });
    holdKey(session, Buffer.from(key));
    session.ledger = await openLedgerWithKey(ledgerPath, Buffer.from(key));
    setDamaged(session, false);
    startSchedule(session);
  } catch (e) {
    if (!session.ledger) forgetBackupState(session);
    throw e;
  } finally {
    key.fill(0);
  }
}
