// docs/security.md 6 (pragma contract on every open, fresh and reopened) and 24 (the right SQLite, the cipher active).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUSY_TIMEOUT_MS, openEncrypted, PINNED_ENGINE, PRAGMA_CONTRACT, readPragmas } from '../../src/store/connection.ts';
import { CIPHER } from '../../src/store/keyfile.ts';
import { unlockWithDevice, unlockWithPassphrase } from '../../src/store/ledger.ts';
import {
  dataKeyOf, expectCode, fakeKeystore, makeLedger, PASSPHRASE, removeTempDirs, sha256, tempDir,
} from './helpers.ts';

afterAll(removeTempDirs);

const EXPECTED = {
  journal_mode: 'wal', synchronous: 2, foreign_keys: 1, temp_store: 2, secure_delete: 1, busy_timeout: 5000, cipher: 'chacha20',
};

describe('docs/security.md 6: the pragma contract on every open', () => {
  test('the declared contract is the one docs/security.md asks for', () => {
    expect({ ...PRAGMA_CONTRACT, cipher: CIPHER }).toEqual(EXPECTED);
    expect(BUSY_TIMEOUT_MS).toBeGreaterThan(0);
  });

  test('fresh (createLedger), reopened (passphrase), reopened (device key), and raw openEncrypted create/reopen', async () => {
    const keystore = fakeKeystore();
    const { path, ledger } = await makeLedger({ remember: true, keystore });
    expect(readPragmas(ledger.raw)).toEqual(EXPECTED);
    await ledger.close();

    const byPassphrase = await unlockWithPassphrase(path, PASSPHRASE);
    expect(readPragmas(byPassphrase.raw)).toEqual(EXPECTED);
    await byPassphrase.close();

    const byDevice = await unlockWithDevice(path, keystore);
    expect(readPragmas(byDevice.raw)).toEqual(EXPECTED);
    await byDevice.close();

    const key = await dataKeyOf(path, PASSPHRASE);
    const other = join(tempDir(), 'raw.db');
    const fresh = openEncrypted(other, Buffer.from(key), { create: true });
    expect(readPragmas(fresh)).toEqual(EXPECTED);
    fresh.exec('create table t (a)');
    fresh.close();
    const reopened = openEncrypted(other, Buffer.from(key));
    expect(readPragmas(reopened)).toEqual(EXPECTED);
    reopened.close();
  });

  test('negative control: the engine defaults are not the contract (reopened WAL file, same key, no contract)', async () => {
    const { path, ledger } = await makeLedger();
    await ledger.close();
    const key = await dataKeyOf(path, PASSPHRASE);
    const plain = new BetterSqlite3(path, { fileMustExist: true });
    plain.pragma(`cipher = '${CIPHER}'`);
    plain.pragma(`key = "x'${key.toString('hex')}'"`);
    const defaults = readPragmas(plain);
    plain.close();
    expect(defaults.journal_mode).toBe('wal'); // persistent in the file
    expect(defaults.synchronous).toBe(1); // a reopened WAL file falls back to NORMAL
    expect(defaults.temp_store).toBe(0); // the engine default: temp files on disk (see tempfiles.test.ts)
    expect(defaults).not.toEqual(EXPECTED);
  });
});

describe('docs/security.md 24: the right SQLite, the cipher active', () => {
  test('the engine in use is the pinned one and the cipher pragma reads chacha20', async () => {
    const probe = new BetterSqlite3(':memory:');
    expect(probe.prepare('select sqlite_version() as sqlite, sqlite3mc_version() as mc').get()).toEqual({
      sqlite: PINNED_ENGINE.sqlite, mc: PINNED_ENGINE.sqlite3mc,
    });
    probe.close();
    const { ledger } = await makeLedger();
    expect(ledger.raw.pragma('cipher', { simple: true })).toBe('chacha20');
    await ledger.close();
  });

  let engineCase: { path: string; key: Buffer };
  beforeAll(async () => {
    const { path, ledger } = await makeLedger();
    await ledger.close();
    engineCase = { path, key: await dataKeyOf(path, PASSPHRASE) };
  });

  test.each([
    ['another SQLite version', { sqlite: '3.45.0', sqlite3mc: PINNED_ENGINE.sqlite3mc }],
    ['another SQLite3MC build', { sqlite: PINNED_ENGINE.sqlite, sqlite3mc: 'SQLite3 Multiple Ciphers 1.9.0' }],
  ])('a different engine expectation (%s) → UNSUPPORTED_SQLITE, existing file untouched, no new file made', async (_label, other) => {
    const { path, key } = engineCase;
    const engine = other as unknown as typeof PINNED_ENGINE; // the option is typed for the pinned values only
    const hash = sha256(path);
    await expectCode(() => openEncrypted(path, Buffer.from(key), { engine }), 'UNSUPPORTED_SQLITE');
    expect(sha256(path)).toBe(hash);
    const dir = tempDir();
    await expectCode(() => openEncrypted(join(dir, 'new.db'), Buffer.from(key), { create: true, engine }), 'UNSUPPORTED_SQLITE');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('an unencrypted SQLite file, or one under another cipher, is refused (WRONG_KEY_OR_DAMAGED) and left as it is', async () => {
    const dir = tempDir();
    const key = Buffer.alloc(32, 7);
    const plainPath = join(dir, 'plain.db');
    const plain = new BetterSqlite3(plainPath);
    plain.exec("create table t (a); insert into t values ('hello')");
    plain.close();
    const aesPath = join(dir, 'aes.db');
    const aes = new BetterSqlite3(aesPath);
    aes.pragma("cipher = 'aes256cbc'");
    aes.pragma(`key = "x'${key.toString('hex')}'"`);
    aes.exec("create table t (a); insert into t values ('hello')");
    aes.close();
    for (const path of [plainPath, aesPath]) {
      const before = readFileSync(path);
      await expectCode(() => openEncrypted(path, Buffer.from(key)), 'WRONG_KEY_OR_DAMAGED');
      expect(readFileSync(path).equals(before)).toBe(true);
    }
  });
});
