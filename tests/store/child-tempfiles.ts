// Child process for docs/security.md 2 (run by tempfiles.test.ts with SQLITE_TMPDIR set in its environment;
// SQLite reads that variable once per process, hence a child).
// Opens a new encrypted database through the real open path, runs a sort and builds a temp table that
// are both larger than the page cache, and reports which files under SQLITE_TMPDIR it had open meanwhile
// and whether any of them held plaintext. Mode `no-temp-store-pragma` resets temp_store to the engine
// default after opening: the negative control.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { openEncrypted } from '../../src/store/connection.ts';

const [dbPath, mode] = process.argv.slice(2);
const tmpDir = process.env.SQLITE_TMPDIR;
if (!dbPath || !tmpDir) throw new Error('usage: SQLITE_TMPDIR=dir child-tempfiles.ts <db> <contract|no-temp-store-pragma>');

const marker = `TMPMARK${randomBytes(6).toString('hex')}`;
const db = openEncrypted(dbPath, randomBytes(32), { create: true });
const tempStoreAfterOpen = db.pragma('temp_store', { simple: true });
if (mode === 'no-temp-store-pragma') db.pragma('temp_store = DEFAULT');
// The same small cache in both modes, so that "large" means a few MB here instead of the 16 MB default cache.
db.pragma('cache_size = -512');
db.pragma('temp.cache_size = -512');

// SQLite unlinks its temp files right after opening them, so a directory listing never shows them;
// the open descriptors do (Linux: /proc/self/fd → "<path> (deleted)"), and their bytes can be read there.
function openTempFiles(): { fd: string; target: string; plaintext: boolean }[] {
  const found = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    let target: string;
    try { target = readlinkSync(`/proc/self/fd/${fd}`); } catch { continue; }
    if (!target.startsWith(tmpDir!)) continue;
    let plaintext = false;
    try { plaintext = readFileSync(`/proc/self/fd/${fd}`).includes(marker); } catch { /* gone meanwhile */ }
    found.push({ fd, target, plaintext });
  }
  return found;
}

db.exec('create table big (id integer primary key, k text not null, pad text not null)');
const insert = db.prepare('insert into big (k, pad) values (?, ?)');
db.transaction(() => {
  for (let i = 0; i < 8000; i++) insert.run(randomBytes(8).toString('hex'), `${marker}-${i}-${'x'.repeat(300)}`);
})();

// A sort on an unindexed column (~2.5 MB): while the first row is in hand the sorter's files are open.
const rows = db.prepare('select pad from big order by k').iterate();
rows.next();
const duringSort = openTempFiles();
rows.return?.();

// A temp table of the same size.
db.exec('create temp table copy as select * from big');
const withTempTable = openTempFiles();

process.stdout.write(`${JSON.stringify({
  tempStoreAfterOpen,
  tempStore: db.pragma('temp_store', { simple: true }),
  duringSort,
  withTempTable,
  leftInTmpDir: readdirSync(tmpDir),
})}\n`);
db.close();
