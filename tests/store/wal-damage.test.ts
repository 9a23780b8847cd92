// docs/security.md 32: a damaged WAL frame is damage. A child commits transactions and is killed before any
// checkpoint, leaving them in the WAL. Untouched, they are all there at the next unlock (a crash loses no
// acknowledged commit, and the check does not cry wolf). With one byte flipped in an early frame, SQLite would
// replay up to that frame and silently drop every commit after it: the unlock says CORRUPT instead (the
// damaged state, restore offered) and leaves the WAL as it was. A torn last frame is an ordinary crash.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { unlockWithPassphrase } from '../../src/store/ledger.ts';
import { checkWal } from '../../src/store/wal-check.ts';
import { dataKeyOf, makeLedger, PASSPHRASE, removeTempDirs, sha256, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL('./child-wal.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COMMITS = 6;

let crashed: string; // a ledger whose last COMMITS transactions live only in its WAL

/** A copy of the crashed ledger (database, WAL, key file) to damage without touching the others. */
function copyOf(name: string): string {
  const path = join(tempDir(), name);
  const from = ledgerFiles(crashed);
  const to = ledgerFiles(path);
  copyFileSync(from.db, to.db);
  copyFileSync(from.wal, to.wal);
  copyFileSync(from.keys, to.keys);
  return path;
}

const clientCount = async (path: string): Promise<number> => {
  const ledger = await unlockWithPassphrase(path, PASSPHRASE);
  try {
    return (ledger.raw.prepare("select count(*) as n from clients where name like 'Crash client %'").get() as { n: number }).n;
  } finally {
    await ledger.close();
  }
};

beforeAll(async () => {
  const t = await makeLedger();
  await t.ledger.close();
  const key = (await dataKeyOf(t.path, PASSPHRASE)).toString('hex');
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, t.path, String(COMMITS)], { cwd: ROOT, input: key, encoding: 'utf8' });
  expect(run.stdout, run.stderr).toContain('committed');
  expect(run.signal).toBe('SIGKILL');
  crashed = t.path;
});

describe('docs/security.md 32: WAL damage after a crash', () => {
  it('an intact hot WAL: the check finds every frame and the unlock replays every commit', async () => {
    const path = copyOf('intact.ledger');
    const verdict = checkWal(ledgerFiles(path).wal);
    const frames = (statSync(ledgerFiles(path).wal).size - 32) / (24 + readFileSync(ledgerFiles(path).wal).readUInt32BE(8));
    expect(frames).toBeGreaterThanOrEqual(COMMITS);
    expect(verdict).toEqual({ state: 'ok', frames }); // every frame's checksum holds: the cipher's pages are what it covers
    expect(await clientCount(path)).toBe(COMMITS);
  });

  it('one flipped byte in an early frame: CORRUPT, nothing replayed or removed, the WAL unchanged', async () => {
    const path = copyOf('flipped.ledger');
    const wal = ledgerFiles(path).wal;
    const bytes = readFileSync(wal);
    const pageSize = bytes.readUInt32BE(8);
    bytes[32 + 24 + Math.floor(pageSize / 2)]! ^= 0x01; // inside the first frame's page
    writeFileSync(wal, bytes);
    expect(checkWal(wal)).toMatchObject({ state: 'loses-commits', badFrame: 0 });
    const before = { db: sha256(path), wal: sha256(wal) };
    await expect(unlockWithPassphrase(path, PASSPHRASE)).rejects.toMatchObject({ code: 'CORRUPT' });
    expect({ db: sha256(path), wal: sha256(wal) }).toEqual(before);
  });

  it('a torn last frame (the crash hit mid-write): an ordinary crash, the earlier commits are there', async () => {
    const path = copyOf('torn.ledger');
    const wal = ledgerFiles(path).wal;
    const bytes = readFileSync(wal);
    const frameSize = 24 + bytes.readUInt32BE(8);
    const frames = (statSync(wal).size - 32) / frameSize;
    // Garble the last frame (the last transaction's commit frame): that transaction is lost, as after any torn write.
    bytes[32 + (frames - 1) * frameSize + 100]! ^= 0xff;
    writeFileSync(wal, bytes);
    expect(checkWal(wal).state).toBe('ok');
    expect(await clientCount(path)).toBe(COMMITS - 1);
    // And a WAL cut off mid-frame reads the same way.
    const cut = copyOf('cut.ledger');
    truncateSync(ledgerFiles(cut).wal, statSync(ledgerFiles(cut).wal).size - 1000);
    expect(checkWal(ledgerFiles(cut).wal).state).toBe('ok');
    expect(await clientCount(cut)).toBe(COMMITS - 1);
  });
});
