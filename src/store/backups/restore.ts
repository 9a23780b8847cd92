// Restoring a backup. The order matters: prove the backup opens with the ledger's key and checks out, keep the
// current ledger as a backup (a checked VACUUM INTO copy, or a byte copy when it is damaged), and only then
// move the backup into place with tmp + rename. Stale -wal/-shm files are removed last of all, after they were
// copied: a WAL left beside the restored file would be replayed into it.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RapportError } from '../../contract/errors.ts';
import { backupBeside, backupNameFor, backupsDir, DAMAGED_SUFFIX, verifyBackup } from '../backup.ts';
import { ledgerFiles } from '../files.ts';
import type { Ledger } from '../ledger.ts';

function fsyncPath(path: string, flags = 'r'): void {
  try {
    const fd = openSync(path, flags);
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  }
}

/**
 * Copy the ledger's files byte for byte (database, and its -wal when there is one) to `destDb` and `destDb-wal`.
 * For a damaged ledger: nothing is interpreted, nothing is deleted. Returns the number of files written.
 */
export function copyLedgerBytes(ledgerPath: string, destDb: string, options: { replace?: boolean } = {}): number {
  const files = ledgerFiles(ledgerPath);
  if (!existsSync(files.db)) throw new RapportError('NO_LEDGER', 'There is no ledger at this place yet.');
  if (!options.replace && existsSync(destDb)) throw new RapportError('ALREADY_EXISTS', 'A file with that name already exists.');
  mkdirSync(dirname(destDb), { recursive: true, mode: 0o700 });
  // Copied under a temporary name and renamed: a chosen file that exists is replaced whole, never half-written.
  const copy = (from: string, to: string) => {
    const tmp = `${to}.tmp-${process.pid}`;
    copyFileSync(from, tmp);
    fsyncPath(tmp, 'r+');
    renameSync(tmp, to);
  };
  copy(files.db, destDb);
  let count = 1;
  if (existsSync(files.wal)) {
    copy(files.wal, `${destDb}-wal`);
    count++;
  }
  return count;
}

/** Keep the current ledger in the backups folder; returns the name of the copy. */
function keepCurrent(ledgerPath: string, current: Ledger | null, now: Date): string {
  if (current?.raw.open) {
    try {
      return backupBeside(current.raw, ledgerPath, 'before-restore', now).slice(backupsDir(ledgerPath).length + 1);
    } catch (e) {
      // The open ledger failed its integrity check: keep its bytes instead (below).
      if (!(e instanceof RapportError && e.code === 'CORRUPT')) throw e;
    }
  }
  const name = backupNameFor(ledgerPath, `before-restore-${DAMAGED_SUFFIX}`, now);
  copyLedgerBytes(ledgerPath, join(backupsDir(ledgerPath), name));
  return name;
}

export interface RestoreParams {
  ledgerPath: string;
  /** The backup to restore (any file; verified before anything is changed). */
  source: string;
  /** The ledger's data key (not kept; the caller zeroes it). */
  key: Buffer;
  /** The open ledger, when it is unlocked; closed here before the files are swapped. */
  current: Ledger | null;
  now: Date;
}

/** Replace the ledger with a verified backup; returns the name of the copy kept of the previous state. */
export async function restoreLedger(p: RestoreParams): Promise<{ kept: string }> {
  verifyBackup(p.source, p.key);
  const files = ledgerFiles(p.ledgerPath);
  const tmp = `${files.db}.restoring-${process.pid}`;
  rmSync(tmp, { force: true }); // only ever our own unfinished file from this process id
  const kept = keepCurrent(p.ledgerPath, p.current, p.now);
  copyFileSync(p.source, tmp);
  fsyncPath(tmp, 'r+');
  if (p.current) await p.current.close(); // checkpoints: the kept copy already holds what the WAL held
  rmSync(files.wal, { force: true });
  rmSync(files.shm, { force: true });
  renameSync(tmp, files.db);
  fsyncPath(dirname(files.db));
  return { kept };
}
