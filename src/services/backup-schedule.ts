// Scheduled backups, in the engine (not the shell): at unlock when the newest backup is older than a day, and
// while unlocked, checked every hour against the session's clock, so a sleeping laptop catches up on waking.
// Every new backup is followed by pruning to the `backupGenerations` setting.
import { requireFileLedger, fileLedgerOf } from './context.ts';
import { backupBeside, listBackups } from '../store/backup.ts';
import { DAY_MS, pruneBackups } from '../store/backups/prune.ts';
import { readSettings } from '../store/repositories/settings.ts';
import { copyOfKey, setTimer } from './backup-state.ts';
import type { Session } from './context.ts';

export const BACKUP_EVERY_MS = DAY_MS;
export const SCHEDULE_CHECK_MS = 60 * 60 * 1000;

/** Make a backup of the open ledger, then prune; returns the new backup's path. */
export async function backupNow(session: Session, reason: string): Promise<string> {
  const ledger = requireFileLedger(session);
  const path = backupBeside(ledger.raw, ledger.path, reason, session.now());
  await prune(session);
  return path;
}

export async function prune(session: Session): Promise<string[]> {
  const ledger = fileLedgerOf(session);
  const key = copyOfKey(session);
  if (!ledger || !key) return [];
  try {
    const { backupGenerations } = await readSettings(ledger.db);
    return pruneBackups(ledger.path, backupGenerations, key, session.now());
  } finally {
    key.fill(0);
  }
}

/** Whether the newest restorable backup is older than a day (or there is none). */
export function backupDue(session: Session): boolean {
  const ledger = fileLedgerOf(session);
  if (!ledger) return false;
  const newest = listBackups(ledger.path).find((b) => b.restorable);
  return !newest || session.now().getTime() - newest.createdAt.getTime() >= BACKUP_EVERY_MS;
}

/** A scheduled backup when one is due; returns its path or null. */
export async function scheduledBackupIfDue(session: Session): Promise<string | null> {
  const ledger = fileLedgerOf(session);
  // Never inside someone's open transaction (VACUUM cannot run there); the next check catches up.
  if (!ledger || !ledger.raw.open || ledger.raw.inTransaction || !backupDue(session)) return null;
  return backupNow(session, 'scheduled');
}

/** Start the hourly check for this session (replacing any earlier one). Cleared on lock. */
export function startSchedule(session: Session): void {
  const timer = setInterval(() => {
    scheduledBackupIfDue(session).catch(() => {
      // A failed scheduled backup changes nothing; the next check tries again, and `check` reports damage.
    });
  }, SCHEDULE_CHECK_MS);
  timer.unref?.();
  setTimer(session, timer);
}
