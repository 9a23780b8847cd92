// Backups beyond docs/security.md 8: list newest first, prune to N generations (carefully), restore that keeps the
// current ledger first and refuses a backup that does not open with the key, with nothing changed.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { backupBeside, backupsDir, listBackups, verifyBackup } from '../../src/store/backup.ts';
import { pruneBackups, DAY_MS } from '../../src/store/backups/prune.ts';
import { copyLedgerBytes, restoreLedger } from '../../src/store/backups/restore.ts';
import { openEncrypted } from '../../src/store/connection.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { openLedgerWithKey, unlockWithPassphrase } from '../../src/store/ledger.ts';
import {
  dataKeyOf, expectCode, hasClient, hasPlainHeader, insertClient, makeLedger, PASSPHRASE, removeTempDirs, snapshot,
} from './helpers.ts';

afterAll(removeTempDirs);

const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

describe('listing', () => {
  test('newest first, with reason, time and size; other files in the folder are ignored', async () => {
    const t = await makeLedger();
    backupBeside(t.ledger.raw, t.path, 'scheduled', at(0));
    backupBeside(t.ledger.raw, t.path, 'manual', at(2));
    backupBeside(t.ledger.raw, t.path, 'before-0004_x', at(1));
    writeFileSync(join(backupsDir(t.path), 'notes.txt'), 'not a backup');
    writeFileSync(join(backupsDir(t.path), '../escape.ledger'), 'beside the folder');
    const list = listBackups(t.path);
    expect(list.map((b) => [b.reason, b.createdAt.toISOString()])).toEqual([
      ['manual', at(2).toISOString()], ['before-0004_x', at(1).toISOString()], ['scheduled', at(0).toISOString()],
    ]);
    expect(list.every((b) => b.bytes > 0 && b.restorable)).toBe(true);
    // Two backups in the same millisecond get distinct names.
    const again = backupBeside(t.ledger.raw, t.path, 'manual', at(2));
    expect(listBackups(t.path)).toHaveLength(4);
    expect(again).not.toBe(list[0]!.path);
    await t.ledger.close();
  });
});

describe('pruning to N generations', () => {
  test('keeps the newest N; pre-migration backups inside the window and damaged copies stay', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    for (let d = 0; d < 8; d++) backupBeside(t.ledger.raw, t.path, 'scheduled', at(d));
    backupBeside(t.ledger.raw, t.path, 'before-0004_x', at(1.5)); // beyond N and older than the 3-day window: pruned
    backupBeside(t.ledger.raw, t.path, 'before-0005_y', at(4.8)); // beyond N but inside the window (4.5 .. 7.5): kept
    copyLedgerBytes(t.path, join(backupsDir(t.path), `${at(0.5).toISOString().replace(/[:.]/g, '-')}-before-restore-damaged.ledger`));
    const removed = pruneBackups(t.path, 3, key, at(7.5));
    const left = listBackups(t.path).map((b) => `${b.reason}@${(b.createdAt.getTime() - T0.getTime()) / DAY_MS}`);
    expect(left).toEqual([
      'scheduled@7', 'scheduled@6', 'scheduled@5', 'before-0005_y@4.8', 'before-restore-damaged@0.5',
    ]);
    expect(removed).toHaveLength(6);
    await t.ledger.close();
  });

  test('never deletes the newest good backup, even when the newest N are bad', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    const good = backupBeside(t.ledger.raw, t.path, 'scheduled', at(0));
    const older = backupBeside(t.ledger.raw, t.path, 'scheduled', at(-1));
    const bad1 = backupBeside(t.ledger.raw, t.path, 'scheduled', at(1));
    const bad2 = backupBeside(t.ledger.raw, t.path, 'manual', at(2));
    for (const bad of [bad1, bad2]) writeFileSync(bad, randomBytes(8192)); // not decryptable with the key
    pruneBackups(t.path, 2, key, at(3));
    expect([good, bad1, bad2].every(existsSync)).toBe(true);
    expect(existsSync(older)).toBe(false);
    await t.ledger.close();
  });
});

describe('restore', () => {
  test('replaces the ledger with the backup and keeps the current state as a backup first', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    const backup = backupBeside(t.ledger.raw, t.path, 'manual', at(0));
    insertClient(t.ledger.raw, 'after the backup');
    const { kept } = await restoreLedger({ ledgerPath: t.path, source: backup, key, current: t.ledger, now: at(1) });
    expect(kept).toMatch(/-before-restore\.ledger$/);
    expect(t.ledger.raw.open).toBe(false);
    expect(existsSync(ledgerFiles(t.path).wal)).toBe(false);

    const restored = await openLedgerWithKey(t.path, Buffer.from(key));
    expect(hasClient(restored.raw, t.marker)).toBe(true);
    expect(hasClient(restored.raw, 'after the backup')).toBe(false);
    await restored.close();
    // The kept copy is a proper encrypted backup holding what was there before.
    const keptPath = join(backupsDir(t.path), kept);
    expect(hasPlainHeader(keptPath)).toBe(false);
    verifyBackup(keptPath, key);
    const copy = openEncrypted(keptPath, Buffer.from(key));
    expect(hasClient(copy, 'after the backup')).toBe(true);
    copy.close();
    // The unlock path sees the restored ledger too.
    const again = await unlockWithPassphrase(t.path, PASSPHRASE);
    expect(hasClient(again.raw, 'after the backup')).toBe(false);
    await again.close();
  });

  test('a backup that does not open with the key is refused and every file stays byte-identical', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    backupBeside(t.ledger.raw, t.path, 'manual', at(0));
    const other = await makeLedger(); // a different ledger: a different data key
    const foreign = backupBeside(other.ledger.raw, other.path, 'manual', at(0));
    await other.ledger.close();
    const source = join(backupsDir(t.path), `${at(1).toISOString().replace(/[:.]/g, '-')}-manual.ledger`);
    copyFileSync(foreign, source);
    await t.ledger.close();
    const before = snapshot(t.dir);
    await expectCode(restoreLedger({ ledgerPath: t.path, source, key, current: null, now: at(2) }), 'WRONG_KEY_OR_DAMAGED');
    expect(snapshot(t.dir)).toEqual(before);
  });

  test('a damaged backup and a file that is not a ledger are refused the same way', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    const backup = backupBeside(t.ledger.raw, t.path, 'manual', at(0));
    await t.ledger.close();
    const empty = join(t.dir, 'empty.ledger');
    writeFileSync(empty, '');
    const before = snapshot(t.dir);
    await expectCode(restoreLedger({ ledgerPath: t.path, source: empty, key, current: null, now: at(2) }), 'NOT_FOUND');
    const truncated = join(t.dir, 'truncated.ledger');
    writeFileSync(truncated, (await import('node:fs')).readFileSync(backup).subarray(0, 4096 * 2));
    const before2 = snapshot(t.dir);
    await expectCode(restoreLedger({ ledgerPath: t.path, source: truncated, key, current: null, now: at(2) }), 'CORRUPT');
    expect(snapshot(t.dir)).toEqual(before2);
    expect(Object.keys(before2)).toEqual([...Object.keys(before), 'truncated.ledger'].sort());
  });

  test('a damaged current ledger is kept as a byte copy (with its WAL), then replaced', async () => {
    const t = await makeLedger();
    const key = await dataKeyOf(t.path, PASSPHRASE);
    const backup = backupBeside(t.ledger.raw, t.path, 'manual', at(0));
    await t.ledger.close();
    const damaged = randomBytes(4096 * 3);
    writeFileSync(t.path, damaged);
    writeFileSync(ledgerFiles(t.path).wal, 'an old wal');
    const { kept } = await restoreLedger({ ledgerPath: t.path, source: backup, key, current: null, now: at(1) });
    expect(kept).toMatch(/-before-restore-damaged\.ledger$/);
    const keptPath = join(backupsDir(t.path), kept);
    expect((await import('node:fs')).readFileSync(keptPath).equals(damaged)).toBe(true);
    expect((await import('node:fs')).readFileSync(`${keptPath}-wal`, 'utf8')).toBe('an old wal');
    expect(existsSync(ledgerFiles(t.path).wal)).toBe(false);
    const restored = await unlockWithPassphrase(t.path, PASSPHRASE);
    expect(hasClient(restored.raw, t.marker)).toBe(true);
    await restored.close();
    // Each backup, the damaged byte copy too, carries its own key wrapper (`<name>.keys.json`) beside it.
    const name = backup.slice(backupsDir(t.path).length + 1);
    expect(readdirSync(backupsDir(t.path)).sort())
      .toEqual([kept, `${kept}-wal`, `${kept}.keys.json`, name, `${name}.keys.json`].sort());
  });
});
