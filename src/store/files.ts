import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The files that belong to one ledger. The key wrapper sits beside the database. */
export const ledgerFiles = (ledgerPath: string) => ({
  db: ledgerPath,
  wal: `${ledgerPath}-wal`,
  shm: `${ledgerPath}-shm`,
  keys: `${ledgerPath}.keys.json`,
});

/**
 * Write a file so that a crash leaves either the old or the new content, never neither:
 * tmp → fsync → rename → fsync of the directory.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dir = openSync(dirname(path), 'r');
    try { fsyncSync(dir); } finally { closeSync(dir); }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  }
}
