import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { RapportError } from '../contract/errors.ts';

/** The files that belong to one ledger. The key wrapper sits beside the database. */
export const ledgerFiles = (ledgerPath: string) => ({
  db: ledgerPath,
  wal: `${ledgerPath}-wal`,
  shm: `${ledgerPath}-shm`,
  keys: `${ledgerPath}.keys.json`,
});

/** Every file Rapport writes is readable by its owner only; every folder it makes is the owner's only. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Make a file the owner's only (a platform without POSIX modes, Windows, ignores it). */
export function ownerOnly(path: string): void {
  try {
    chmodSync(path, FILE_MODE);
  } catch (e) {
    // Gone, someone else's file, or a read-only medium: nothing Rapport could change there.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EPERM' && code !== 'EROFS') throw e;
  }
}

const targetExists = () => new RapportError('TARGET_EXISTS', 'A file with that name already exists; it was left untouched.');

/**
 * Move a finished temporary file to `dest`. With `replace` an existing file is replaced whole (rename); without,
 * an existing file is never touched: a hard link fails on it (TARGET_EXISTS), where a file system has no hard
 * links the check comes just before the rename. The temporary name is gone afterwards either way it succeeds.
 */
export function placeFile(tmp: string, dest: string, replace: boolean): void {
  if (replace) {
    renameSync(tmp, dest);
    return;
  }
  try {
    linkSync(tmp, dest);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw targetExists();
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    if (existsSync(dest)) throw targetExists();
    renameSync(tmp, dest);
    return;
  }
  rmSync(tmp, { force: true });
}

/** A temporary name beside `path` that only this call uses. */
export const tempNameFor = (path: string) => `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;

/**
 * Write a file so that a crash leaves either the old or the new content, never neither:
 * tmp → fsync → rename → fsync of the directory. The file is 0600. Whatever fails, the temporary file is
 * removed (it may hold a whole plaintext export). `replace: false` refuses an existing file (TARGET_EXISTS).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { replace?: boolean } = {}): void {
  const tmp = tempNameFor(path);
  let created = false;
  try {
    const fd = openSync(tmp, 'wx', FILE_MODE);
    created = true;
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    placeFile(tmp, path, options.replace ?? true);
  } catch (e) {
    if (created) rmSync(tmp, { force: true });
    throw e;
  }
  fsyncPath(dirname(path));
}

/**
 * Flush a file (`r+`) or a directory (`r`, after a rename or link in it) to disk. Best effort for folders:
 * some platforms (Windows) cannot fsync a directory, and the rename is still atomic there.
 */
export function fsyncPath(path: string, flags = 'r'): void {
  try {
    const fd = openSync(path, flags);
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch {
    // See above: a directory that cannot be flushed.
  }
}
