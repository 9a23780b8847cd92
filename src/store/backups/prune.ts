// Keeping N generations of backups. Pruning is the only place that ever deletes a backup, and it is careful:
// the newest backup that still opens and checks out is never deleted, nor is a backup made before a schema
// update while it is younger than the window (N days, one scheduled generation a day), nor a byte copy of a
// damaged ledger (those are never deleted automatically at all).
import { rmSync } from 'node:fs';
import { backupWrapperPath, listBackups, verifyBackup, type BackupEntry } from '../backup.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

const isGood = (entry: BackupEntry, key: Buffer): boolean => {
  try {
    verifyBackup(entry.path, key);
    return true;
  } catch {
    return false;
  }
};

/** Remove backups beyond `generations`; returns the names removed. `key` is used to find the newest good one. */
export function pruneBackups(ledgerPath: string, generations: number, key: Buffer, now: Date): string[] {
  const restorable = listBackups(ledgerPath).filter((b) => b.restorable);
  const kept = restorable.slice(0, Math.max(1, generations));
  const beyond = restorable.slice(kept.length);
  if (beyond.length === 0) return [];

  const protectedNames = new Set<string>();
  // Checked newest first and only as far as needed: usually the newest backup is good and nothing else is opened.
  if (!kept.some((b) => isGood(b, key))) {
    const newestGood = beyond.find((b) => isGood(b, key));
    if (newestGood) protectedNames.add(newestGood.name);
  }
  const windowStart = now.getTime() - generations * DAY_MS;
  for (const b of beyond) {
    if (b.reason.startsWith('before-') && b.createdAt.getTime() >= windowStart) protectedNames.add(b.name);
  }

  const removed: string[] = [];
  for (const b of beyond) {
    if (protectedNames.has(b.name)) continue;
    rmSync(b.path, { force: true });
    rmSync(backupWrapperPath(b.path), { force: true }); // the backup's own key wrapper goes with it
    removed.push(b.name);
  }
  return removed;
}
