// docs/security.md 4 (and 25, quick_check at unlock): damage is detected at unlock and never "repaired" by deleting.
// Flipped bytes in a middle page → CORRUPT (the damaged state that offers restore from backup); truncations are
// damage too. Page-1 damage used to take the wrong-key path (WRONG_KEY_OR_DAMAGED): SQLite cannot tell a wrong
// key from a damaged first page. But the key wrapper can: once AES-GCM unwrapped the data key with the
// passphrase, the passphrase is proven right, so a database that does not read is damaged, and the user is
// offered the restore they need instead of being told to retype a passphrase that was right ("damage is
// damage"). A wrong passphrase still fails at the wrapper, before the database is read: the wrong-key path.
// The damaged files stay exactly as they were.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backupBeside, backupsDir } from '../../src/store/backup.ts';
import { openEncrypted } from '../../src/store/connection.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { unlockWithPassphrase } from '../../src/store/ledger.ts';
import { createDispatcher } from '../../src/services/index.ts';
import {
  dataKeyOf, expectCode, hasClient, insertClient, LEDGER_NAME, makeLedger, PASSPHRASE, removeTempDirs, snapshot,
  tempDir, type TestLedger,
} from './helpers.ts';

afterAll(removeTempDirs);

const PAGE = 4096;
let t: TestLedger;
let key: Buffer;
let original: Buffer;
let middleLeafPage: number; // 1-based page number of a clients b-tree leaf in the middle of the file
let pageCount: number;

beforeAll(async () => {
  t = await makeLedger();
  const raw = t.ledger.raw;
  raw.transaction(() => { for (let i = 0; i < 300; i++) insertClient(raw, `client ${i}`, 'n'.repeat(1000)); })();
  expect(raw.pragma('page_size', { simple: true })).toBe(PAGE);
  backupBeside(raw, t.path, 'manual'); // a backup to restore from; it must survive every failed unlock
  // No free pages: every page is part of a b-tree, so damage anywhere is damage to data (quick_check does not
  // read free pages, and damage there harms nothing).
  raw.exec('vacuum');
  expect(raw.pragma('freelist_count', { simple: true })).toBe(0);
  await t.ledger.close();
  key = await dataKeyOf(t.path, PASSPHRASE);
  original = readFileSync(t.path);
  pageCount = original.length / PAGE;
  // Pick a page that is certainly in use (a leaf of the clients table) and lies in the middle of the file.
  const db = openEncrypted(t.path, Buffer.from(key));
  const leaves = (db.prepare("select pageno from dbstat where name = 'clients' and pagetype = 'leaf' order by pageno").all() as { pageno: number }[])
    .map((r) => r.pageno);
  db.close();
  middleLeafPage = leaves.reduce((best, p) => (Math.abs(p - pageCount / 2) < Math.abs(best - pageCount / 2) ? p : best));
  expect(pageCount).toBeGreaterThan(100);
  expect(middleLeafPage).toBeGreaterThan(pageCount / 4);
  expect(middleLeafPage).toBeLessThan((3 * pageCount) / 4);
});

/** A copy of the closed ledger (database, key wrapper, backups folder) in a new folder. */
function copyLedger(): string {
  const dir = tempDir();
  const path = join(dir, LEDGER_NAME);
  writeFileSync(path, original);
  copyFileSync(ledgerFiles(t.path).keys, ledgerFiles(path).keys);
  const backups = backupsDir(t.path);
  mkdirSync(backupsDir(path));
  for (const name of Object.keys(snapshot(backups))) copyFileSync(join(backups, name), join(backupsDir(path), name));
  return path;
}

function flip(buf: Buffer, offset: number, count = 8): Buffer {
  const out = Buffer.from(buf);
  for (let i = 0; i < count; i++) out[offset + i] = out[offset + i]! ^ 0xa5;
  return out;
}

/** Unlock a damaged copy; expect `code`; expect every file (damaged db, key wrapper, backups) exactly as before. */
async function expectDetected(damaged: Buffer, code: 'CORRUPT' | 'WRONG_KEY_OR_DAMAGED') {
  const path = copyLedger();
  writeFileSync(path, damaged);
  const dir = join(path, '..');
  const before = snapshot(dir);
  const error = await expectCode(unlockWithPassphrase(path, PASSPHRASE), code);
  expect(snapshot(dir)).toEqual(before);
  expect(existsSync(ledgerFiles(path).wal)).toBe(false);
  expect(Object.keys(before).filter((f) => f.includes('.backups') && f.endsWith('.ledger')).length).toBe(1);
  return { path, error };
}

describe('docs/security.md 4: corruption is detected, never deleted', () => {
  test('control: the undamaged copy unlocks and passes quick_check', async () => {
    const path = copyLedger();
    const ledger = await unlockWithPassphrase(path, PASSPHRASE);
    expect(hasClient(ledger.raw, t.marker)).toBe(true);
    await ledger.close();
  });

  test('flipped bytes in a middle page → CORRUPT from unlock, with a message that points to the backup', async () => {
    const { error } = await expectDetected(flip(original, (middleLeafPage - 1) * PAGE + 1000), 'CORRUPT');
    expect(error.message).toMatch(/damaged/i);
    expect(error.message).toMatch(/backup/i);
  });

  test('docs/security.md 25: it is quick_check at unlock that finds it — opening without quick_check does not notice', async () => {
    const path = copyLedger();
    writeFileSync(path, flip(original, (middleLeafPage - 1) * PAGE + 1000));
    const db = openEncrypted(path, Buffer.from(key)); // no quickCheck
    db.close();
    expect(() => openEncrypted(path, Buffer.from(key), { quickCheck: true })).toThrow(expect.objectContaining({ code: 'CORRUPT' }));
  });

  // Was WRONG_KEY_OR_DAMAGED: the passphrase was proven by the wrapper, so this is damage (see the top).
  test('flipped bytes in page 1 → CORRUPT (the wrapper proved the passphrase)', async () => {
    const { error } = await expectDetected(flip(original, 200), 'CORRUPT');
    expect(error.message).toMatch(/damaged/i);
    expect(error.message).toMatch(/backup/i);
  });

  test('page 1 overwritten with zeros or random bytes → CORRUPT', async () => {
    const zeroed = Buffer.from(original);
    zeroed.fill(0, 0, PAGE);
    await expectDetected(zeroed, 'CORRUPT');
    const noise = Buffer.from(original);
    for (let i = 0; i < PAGE; i++) noise[i] = (i * 7919 + 13) & 0xff;
    await expectDetected(noise, 'CORRUPT');
  });

  test('flipped bytes in the last page → CORRUPT', async () => {
    await expectDetected(flip(original, (pageCount - 1) * PAGE + 2000), 'CORRUPT');
  });

  test.each([
    ['to 0 bytes', 'CORRUPT', (): number => 0],
    ['inside page 1', 'CORRUPT', (): number => 100], // was WRONG_KEY_OR_DAMAGED: the wrapper proved the passphrase
    ['to exactly one page', 'CORRUPT', (): number => PAGE],
    ['to half, on a page boundary', 'CORRUPT', (): number => Math.floor(pageCount / 2) * PAGE],
    ['to half, inside a page', 'CORRUPT', (): number => Math.floor(pageCount / 2) * PAGE + 1234],
    ['by the last 10 bytes', 'CORRUPT', (): number => original.length - 10],
  ] as const)('truncated %s → %s, the short file left as it is', async (_label, code, length) => {
    await expectDetected(original.subarray(0, length()), code);
  });

  test('a database truncated to 0 bytes beside a WAL holding the whole ledger → CORRUPT, the WAL kept', async () => {
    // SQLite deletes the -wal beside an empty database file as soon as it reads it; this must not happen here.
    const dir = tempDir();
    const path = join(dir, LEDGER_NAME);
    const files = ledgerFiles(path);
    writeFileSync(path, original);
    copyFileSync(ledgerFiles(t.path).keys, files.keys);
    const db = openEncrypted(path, Buffer.from(key));
    db.pragma('wal_autocheckpoint = 0');
    db.transaction(() => { for (let i = 0; i < 50; i++) insertClient(db, `in the wal ${i}`, 'w'.repeat(500)); })();
    const wal = readFileSync(files.wal);
    db.close(); // checkpoints and removes the WAL; put the crash image back, with the main file emptied
    writeFileSync(path, '');
    writeFileSync(files.wal, wal);
    const before = snapshot(dir);
    await expectCode(unlockWithPassphrase(path, PASSPHRASE), 'CORRUPT');
    expect(snapshot(dir)).toEqual(before);
  });

  test('a truncated database with a hot WAL (crash, then damage) → CORRUPT, files left as they are', async () => {
    // The disk state of a crash: db + -wal + -shm copied while a connection had uncheckpointed commits.
    const path = copyLedger();
    const files = ledgerFiles(path);
    const crashed = join(tempDir(), LEDGER_NAME);
    const db = openEncrypted(path, Buffer.from(key));
    db.pragma('wal_autocheckpoint = 0');
    db.transaction(() => { for (let i = 0; i < 50; i++) insertClient(db, `after ${i}`, 'w'.repeat(500)); })();
    copyFileSync(files.db, crashed);
    copyFileSync(files.wal, `${crashed}-wal`);
    copyFileSync(files.shm, `${crashed}-shm`);
    db.close();
    copyFileSync(files.keys, ledgerFiles(crashed).keys);
    writeFileSync(crashed, readFileSync(crashed).subarray(0, Math.floor(pageCount / 2) * PAGE));
    expect(statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    const dir = join(crashed, '..');
    // The -shm is SQLite's index of the WAL, rebuilt from the WAL by recovery: it may change; nothing else may.
    const withoutShm = () => Object.fromEntries(Object.entries(snapshot(dir)).filter(([f]) => !f.endsWith('-shm')));
    const before = withoutShm();
    expect(Object.keys(before)).toEqual([LEDGER_NAME, `${LEDGER_NAME}-wal`, `${LEDGER_NAME}.keys.json`]);
    await expectCode(unlockWithPassphrase(crashed, PASSPHRASE), 'CORRUPT');
    expect(withoutShm()).toEqual(before);
  });
});

describe('docs/security.md 4: the damaged state offers restore from the newest good backup', () => {
  test('middle-page damage → unlock answers CORRUPT, status damaged; restore → unlocked with the data; damaged bytes kept', async () => {
    const path = copyLedger();
    const damaged = flip(original, (middleLeafPage - 1) * PAGE + 1000);
    writeFileSync(path, damaged);
    const d = createDispatcher({ ledgerPath: path });
    try {
      const unlock = await d.call('ledger:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
      expect(unlock).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
      const status = await d.call('ledger:status', {});
      expect(status).toMatchObject({ ok: true, value: { state: 'damaged', backups: 1 } });
      // Nothing was changed by finding the damage.
      expect(readFileSync(path).equals(damaged)).toBe(true);
      const list = await d.call('backup:list', {});
      if (!list.ok) throw new Error(list.error.code);
      const newest = list.value.find((b) => b.restorable)!;
      const restored = await d.call('backup:restore', { name: newest.name });
      if (!restored.ok) throw new Error(restored.error.code);
      expect(restored.value.kept).toMatch(/before-restore-damaged\.ledger$/);
      expect(await d.call('ledger:status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      const clients = await d.call('clients:list', {});
      expect(clients.ok && clients.value.some((c) => c.name === t.marker)).toBe(true);
      // The damaged ledger is kept byte for byte in the backups folder; nothing was deleted.
      expect(readFileSync(join(backupsDir(path), restored.value.kept)).equals(damaged)).toBe(true);
      expect(existsSync(join(backupsDir(path), newest.name))).toBe(true);
    } finally {
      await d.close();
    }
  });

  // Was "page-1 damage stays on the wrong-key path (status locked, restore LOCKED)": the wrapper proved the
  // passphrase, so page-1 damage is the damaged state like any other, and a good backup restores onto it.
  test('page-1 damage → CORRUPT, status damaged; restore of a good backup works; damaged bytes kept', async () => {
    const path = copyLedger();
    const damaged = flip(original, 200);
    writeFileSync(path, damaged);
    const before = snapshot(join(path, '..'));
    const d = createDispatcher({ ledgerPath: path });
    try {
      expect(await d.call('ledger:unlock', { method: 'passphrase', passphrase: PASSPHRASE }))
        .toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
      expect(await d.call('ledger:status', {})).toMatchObject({ ok: true, value: { state: 'damaged', backups: 1 } });
      expect(snapshot(join(path, '..'))).toEqual(before);
      const list = await d.call('backup:list', {});
      if (!list.ok) throw new Error(list.error.code);
      const restored = await d.call('backup:restore', { name: list.value.find((b) => b.restorable)!.name });
      if (!restored.ok) throw new Error(restored.error.code);
      expect(await d.call('ledger:status', {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      const clients = await d.call('clients:list', {});
      expect(clients.ok && clients.value.some((c) => c.name === t.marker)).toBe(true);
      expect(readFileSync(join(backupsDir(path), restored.value.kept)).equals(damaged)).toBe(true);
    } finally {
      await d.close();
    }
  });

  test('a wrong passphrase on a damaged ledger is still only the wrong-key path', async () => {
    const path = copyLedger();
    writeFileSync(path, flip(original, (middleLeafPage - 1) * PAGE + 1000));
    const d = createDispatcher({ ledgerPath: path });
    try {
      expect(await d.call('ledger:unlock', { method: 'passphrase', passphrase: 'not the passphrase at all' }))
        .toMatchObject({ ok: false, error: { code: 'WRONG_KEY_OR_DAMAGED' } });
      expect(await d.call('ledger:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    } finally {
      await d.close();
    }
  });
});
