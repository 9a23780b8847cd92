// Restoring a backup. The order matters: prove the backup opens with the ledger's key and checks out, keep the
// current ledger as a backup (a checked VACUUM INTO copy, or a byte copy when it is damaged), and only then
// move the backup into place with tmp + rename. Stale -wal/-shm files are removed last of all, after they were
// copied: a WAL left beside the restored file would be replayed into it.
import { randomBytes } from 'node:crypto';
import {
  closeSync, constants as fsConstants, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { RapportError } from '../../contract/errors.ts';
import {
  backupBeside, backupNameFor, backupsDir, backupWrapperPath, DAMAGED_SUFFIX, verifyBackup, wrapperForBackup, writeBackupWrapper,
} from '../backup.ts';
import { fsyncPath, ledgerFiles, ownerOnly, placeFile, tempNameFor } from '../files.ts';
import { withExclusive } from '../holders.ts';
import { keyFileText, readKeyFile, type KeyFile } from '../keyfile.ts';
import type { FileLedger } from '../ledger.ts';

/**
 * Copy the ledger's files byte for byte (database, and its -wal when there is one) to `destDb` and `destDb-wal`.
 * For a damaged ledger: nothing is interpreted, nothing is deleted. Returns the number of files written.
 */
export function copyLedgerBytes(ledgerPath: string, destDb: string, options: { replace?: boolean } = {}): number {
  const files = ledgerFiles(ledgerPath);
  if (!existsSync(files.db)) throw new RapportError('NO_LEDGER', 'There is no ledger at this place yet.');
  const replace = options.replace ?? false;
  if (!replace && (existsSync(destDb) || existsSync(`${destDb}-wal`))) {
    throw new RapportError('TARGET_EXISTS', 'A file with that name already exists; it was left untouched.');
  }
  mkdirSync(dirname(destDb), { recursive: true, mode: 0o700 });
  // Copied under a temporary name (the owner's only) and moved: a chosen file that exists is replaced whole,
  // never half-written, and a failed copy leaves no temporary file behind.
  const copy = (from: string, to: string) => {
    const tmp = tempNameFor(to);
    try {
      copyFileSync(from, tmp, fsConstants.COPYFILE_EXCL);
      ownerOnly(tmp);
      fsyncPath(tmp, 'r+');
      placeFile(tmp, to, replace);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
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
function keepCurrent(ledgerPath: string, current: FileLedger | null, now: Date): string {
  if (current?.raw.open) {
    try {
      return backupBeside(current.raw, ledgerPath, 'before-restore', now).slice(backupsDir(ledgerPath).length + 1);
    } catch (e) {
      // The open ledger failed its integrity check: keep its bytes instead (below).
      if (!(e instanceof RapportError && e.code === 'CORRUPT')) throw e;
    }
  }
  const name = backupNameFor(ledgerPath, `before-restore-${DAMAGED_SUFFIX}`, now);
  const dest = join(backupsDir(ledgerPath), name);
  copyLedgerBytes(ledgerPath, dest);
  try {
    writeBackupWrapper(ledgerPath, dest); // the copy carries its wrapper too (passphrase wrap only)
  } catch {
    // A wrapper that cannot be read is no reason to refuse the restore; the bytes are kept all the same.
  }
  return name;
}

export interface RestoreParams {
  ledgerPath: string;
  /** The backup to restore (any file; verified before anything is changed). */
  source: string;
  /** The ledger's data key (not kept; the caller zeroes it). */
  key: Buffer;
  /** The open ledger, when it is unlocked; closed here before the files are swapped. */
  current: FileLedger | null;
  now: Date;
}

/** Replace the ledger with a verified backup; returns the name of the copy kept of the previous state. */
export async function restoreLedger(p: RestoreParams): Promise<{ kept: string }> {
  verifyBackup(p.source, p.key);
  // Never swap the file under another process that has it open (its writes would go to the old inode).
  return withExclusive(p.ledgerPath, () => swapIn(p));
}

async function swapIn(p: RestoreParams): Promise<{ kept: string }> {
  const files = ledgerFiles(p.ledgerPath);
  const tmp = `${files.db}.restoring-${process.pid}`;
  rmSync(tmp, { force: true }); // only ever our own unfinished file from this process id
  const kept = keepCurrent(p.ledgerPath, p.current, p.now);
  copyFileSync(p.source, tmp);
  ownerOnly(tmp); // a backup made by an older version may be readable by others; the restored ledger is not
  fsyncPath(tmp, 'r+');
  if (p.current) await p.current.close(); // checkpoints: the kept copy already holds what the WAL held
  rmSync(files.wal, { force: true });
  rmSync(files.shm, { force: true });
  renameSync(tmp, files.db);
  fsyncPath(dirname(files.db));
  return { kept };
}

/**
 * The wrapper a backup file carries beside it (`<backup>.keys.json`). A missing one says so: a backup copied
 * without its wrapper cannot be opened on a machine that has no ledger of its own.
 */
export function readBackupWrapper(source: string): KeyFile {
  const path = backupWrapperPath(source);
  if (!existsSync(path)) {
    throw new RapportError('KEYFILE_INVALID', 'The key file of this backup is missing (copy the .keys.json beside the backup too). Nothing was changed.');
  }
  return readKeyFile(path);
}

const ownTemp = (path: string, what: string) => `${path}.${what}-${process.pid}-${randomBytes(6).toString('hex')}`;

function linkNew(tmp: string, dest: string): void {
  try {
    linkSync(tmp, dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new RapportError('ALREADY_EXISTS', 'A ledger appeared there meanwhile; it was left untouched.');
    }
    throw e;
  }
}

export interface InstallParams {
  ledgerPath: string;
  /** The backup to install (verified with `key` first). */
  source: string;
  /** The data key (not kept; the caller zeroes it). */
  key: Buffer;
  /** The wrapper to install with it (the backup's own), or null when the ledger's own wrapper is still there. */
  wrapper: KeyFile | null;
  now: Date;
}

/**
 * Put a verified backup in place where the ledger's database is missing (deleted, or a new machine). Nothing
 * existing is replaced: the wrapper and the database are linked into place exclusively, the wrapper first. A
 * -wal left behind by the missing database is kept in the backups folder, not replayed into the backup.
 */
export function installBackup(p: InstallParams): void {
  verifyBackup(p.source, p.key);
  const files = ledgerFiles(p.ledgerPath);
  if (existsSync(files.db)) throw new RapportError('ALREADY_EXISTS', 'A ledger already exists there; it was left untouched.');
  mkdirSync(dirname(files.db), { recursive: true, mode: 0o700 });
  const tmpDb = ownTemp(files.db, 'restoring');
  const tmpKeys = ownTemp(files.keys, 'restoring');
  let placedKeys: number | null = null;
  try {
    copyFileSync(p.source, tmpDb);
    ownerOnly(tmpDb);
    fsyncPath(tmpDb, 'r+');
    if (existsSync(files.wal)) {
      const kept = join(backupsDir(p.ledgerPath), `${backupNameFor(p.ledgerPath, `before-restore-${DAMAGED_SUFFIX}`, p.now)}-wal`);
      mkdirSync(dirname(kept), { recursive: true, mode: 0o700 });
      renameSync(files.wal, kept);
    }
    rmSync(files.shm, { force: true });
    if (p.wrapper) {
      const fd = openSync(tmpKeys, 'wx', 0o600);
      try {
        writeSync(fd, Buffer.from(keyFileText(wrapperForBackup(p.wrapper)), 'utf8'));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      const ino = statSync(tmpKeys).ino;
      linkNew(tmpKeys, files.keys);
      placedKeys = ino;
    }
    linkNew(tmpDb, files.db);
    placedKeys = null;
    fsyncPath(dirname(files.db));
  } finally {
    rmSync(tmpDb, { force: true });
    rmSync(tmpKeys, { force: true });
    if (placedKeys !== null) {
      try {
        if (statSync(files.keys).ino === placedKeys) rmSync(files.keys, { force: true });
      } catch {
        // gone already
      }
    }
  }
}
