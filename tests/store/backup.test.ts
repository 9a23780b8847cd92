// docs/security.md 8 (backup on demand with VACUUM INTO: encrypted, same key, integrity ok, equal row counts) and
// 25 (integrity + foreign_key_check before a backup; a failing ledger never gets a "good" backup written).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backupBeside, backupsDir, backupTo } from '../../src/store/backup.ts';
import { integrityReport, openEncrypted, type RawDatabase } from '../../src/store/connection.ts';
import {
  dataKeyOf, expectCode, filesContaining, hasClient, hasPlainHeader, insertClient, makeLedger, PASSPHRASE,
  removeTempDirs, type TestLedger,
} from './helpers.ts';

afterAll(removeTempDirs);

function rowCounts(raw: RawDatabase): Record<string, number> {
  const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, raw.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
}

let t: TestLedger;
let prefix: string;

beforeAll(async () => {
  t = await makeLedger();
  prefix = `BACKUPMARK${randomBytes(6).toString('hex')}`;
  const raw = t.ledger.raw;
  raw.transaction(() => {
    for (let i = 0; i < 200; i++) {
      const id = insertClient(raw, `${prefix}-${i}`, `${prefix} notes ${'x'.repeat(300)}`);
      raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (?, ?, 'x', 'x')").run(id, `${prefix}-c${i}`);
      raw.prepare("insert into events (client_id, kind, title, occurred_on, created_at, updated_at) values (?, 'touchpoint', ?, '2024-05-01', 'x', 'x')").run(id, `${prefix}-e${i}`);
    }
  })();
});

afterAll(async () => { await t.ledger.close(); });

describe('docs/security.md 8: backup on demand', () => {
  test('VACUUM INTO writes an encrypted copy that opens with the same key, passes integrity_check, has equal row counts', async () => {
    const backup = backupBeside(t.ledger.raw, t.path, 'manual');
    expect(dirname(backup)).toBe(backupsDir(t.path));
    expect(hasPlainHeader(backup)).toBe(false);
    expect(filesContaining(dirname(backup), prefix)).toEqual([]);
    expect(readFileSync(backup).length).toBeGreaterThan(200 * 300);

    const copy = openEncrypted(backup, await dataKeyOf(t.path, PASSPHRASE), { quickCheck: true });
    try {
      expect(integrityReport(copy)).toEqual({ quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0 });
      const counts = rowCounts(copy);
      expect(counts.clients).toBe(201);
      expect(counts.events).toBe(200);
      expect(counts).toEqual(rowCounts(t.ledger.raw));
      expect(hasClient(copy, t.marker)).toBe(true);
    } finally {
      copy.close();
    }
    expect(() => openEncrypted(backup, randomBytes(32))).toThrow(expect.objectContaining({ code: 'WRONG_KEY_OR_DAMAGED' }));
  });

  test('a backup never overwrites a file', async () => {
    const first = backupTo(t.ledger.raw, join(backupsDir(t.path), 'fixed-name.ledger'));
    const bytes = readFileSync(first);
    await expectCode(() => backupTo(t.ledger.raw, first), 'ALREADY_EXISTS');
    expect(readFileSync(first).equals(bytes)).toBe(true);
  });
});

describe('docs/security.md 25: integrity and foreign-key check before backups', () => {
  test('a foreign-key violation → CORRUPT and no backup file; fixed → the backup is written', async () => {
    const { path, ledger } = await makeLedger();
    ledger.raw.pragma('foreign_keys = OFF');
    const bad = ledger.raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (424242, 'orphan', 'x', 'x')").run().lastInsertRowid;
    ledger.raw.pragma('foreign_keys = ON');
    const dest = join(backupsDir(path), 'check.ledger');
    await expectCode(() => backupTo(ledger.raw, dest), 'CORRUPT');
    expect(existsSync(dest)).toBe(false);

    ledger.raw.prepare('delete from contacts where id = ?').run(bad);
    expect(backupTo(ledger.raw, dest)).toBe(dest);
    expect(existsSync(dest)).toBe(true);
    await ledger.close();
  });
});
