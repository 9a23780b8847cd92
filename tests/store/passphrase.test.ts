// docs/security.md 9 (a passphrase change rewraps the data key, never rekeys; a kill between the temp write and the
// rename never leaves neither passphrase working) and 10 (the KDF contract; weaker stored parameters refused).
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FsModule from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { KDF, readKeyFile } from '../../src/store/keyfile.ts';
import { changePassphrase, unlockWithPassphrase } from '../../src/store/ledger.ts';
import {
  dataKeyOf, expectCode, hasClient, LEDGER_NAME, makeLedger, PASSPHRASE, removeTempDirs, sha256, snapshot,
  type TestLedger,
} from './helpers.ts';

// Crash injection: `fault.rename` runs before every renameSync in the code under test and may throw, which
// stops that code exactly where a kill would (the throw unwinds past everything after the rename).
const fault = vi.hoisted(() => ({ rename: null as null | ((from: string, to: string) => void) }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof FsModule>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    fault.rename?.(String(from), String(to));
    actual.renameSync(from, to);
  };
  return { ...actual, default: { ...actual, renameSync }, renameSync };
});

class SimulatedCrash extends Error {}

afterAll(removeTempDirs);
beforeEach(() => { fault.rename = null; });

const NEW_PASSPHRASE = 'a completely different passphrase';

describe('docs/security.md 9: a passphrase change rewraps, it does not rekey', () => {
  test('old fails, new works, same data key, database file hash unchanged', async () => {
    const { path, marker, ledger } = await makeLedger();
    await ledger.close();
    const files = ledgerFiles(path);
    const dbHash = sha256(files.db);
    const keyBefore = await dataKeyOf(path, PASSPHRASE);
    const wrapBefore = readKeyFile(files.keys);

    await changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE);
    expect(sha256(files.db)).toBe(dbHash);
    const wrapAfter = readKeyFile(files.keys);
    expect(wrapAfter.ledgerId).toBe(wrapBefore.ledgerId);
    expect(wrapAfter.device).toEqual(wrapBefore.device);
    expect(wrapAfter.passphrase.salt).not.toBe(wrapBefore.passphrase.salt);
    expect((await dataKeyOf(path, NEW_PASSPHRASE)).equals(keyBefore)).toBe(true);

    await expectCode(unlockWithPassphrase(path, PASSPHRASE), 'WRONG_KEY_OR_DAMAGED');
    expect(sha256(files.db)).toBe(dbHash);
    const reopened = await unlockWithPassphrase(path, NEW_PASSPHRASE);
    expect(hasClient(reopened.raw, marker)).toBe(true);
    await reopened.close();
  });

  test('a wrong current passphrase changes nothing', async () => {
    const { dir, path, ledger } = await makeLedger();
    await ledger.close();
    const before = snapshot(dir);
    await expectCode(() => changePassphrase(path, 'not it', NEW_PASSPHRASE), 'WRONG_KEY_OR_DAMAGED');
    expect(snapshot(dir)).toEqual(before);
  });

  test('killed between the temp write and the rename: the old key wrapper is intact and the old passphrase works', async () => {
    const { dir, path, marker, ledger } = await makeLedger();
    await ledger.close();
    const files = ledgerFiles(path);
    const before = snapshot(dir);
    let tempWritten = '';
    fault.rename = (from, to) => {
      if (to === files.keys) {
        tempWritten = readFileSync(from, 'utf8'); // the new wrapper is fully written and synced at this point
        throw new SimulatedCrash('killed before rename');
      }
    };
    await expect(changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow(SimulatedCrash);
    fault.rename = null;

    expect(JSON.parse(tempWritten).ledgerId).toBe(readKeyFile(files.keys).ledgerId); // the temp write did happen
    const after = snapshot(dir);
    for (const name of Object.keys(before)) expect(after[name]).toBe(before[name]); // db and wrapper untouched
    // A thrown failure removes its own temporary file; a real kill would leave it behind, which is harmless:
    // the wrapper in place is the old one, untouched.
    expect(Object.keys(after).filter((n) => !(n in before))).toEqual([]);

    const ledgerAgain = await unlockWithPassphrase(path, PASSPHRASE);
    expect(hasClient(ledgerAgain.raw, marker)).toBe(true);
    await ledgerAgain.close();
    await expectCode(unlockWithPassphrase(path, NEW_PASSPHRASE), 'WRONG_KEY_OR_DAMAGED');

    // After the "restart" the change can simply be done again.
    await changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE);
    const withNew = await unlockWithPassphrase(path, NEW_PASSPHRASE);
    expect(hasClient(withNew.raw, marker)).toBe(true);
    await withNew.close();
  });

  test('killed right after the rename: the new passphrase works (one of the two always does)', async () => {
    const { path, marker, ledger } = await makeLedger();
    await ledger.close();
    const files = ledgerFiles(path);
    // The rename is the commit point: make the crash land just after it by renaming ourselves, then "dying".
    fault.rename = (from, to) => {
      if (to === files.keys) {
        fault.rename = null;
        writeFileSync(to, readFileSync(from));
        throw new SimulatedCrash('killed after rename');
      }
    };
    await expect(changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow(SimulatedCrash);
    const reopened = await unlockWithPassphrase(path, NEW_PASSPHRASE);
    expect(hasClient(reopened.raw, marker)).toBe(true);
    await reopened.close();
  });
});

/** A wrap built exactly like Rapport's, with caller-chosen (weaker) scrypt parameters and salt length. */
function weakWrap(dataKey: Buffer, passphrase: string, ledgerId: string, params: { N: number; r: number; p: number; saltBytes: number }) {
  const salt = randomBytes(params.saltBytes);
  const kek = scryptSync(passphrase, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: KDF.maxmem });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(`rapport-keys/v1/${ledgerId}`, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf: 'scrypt', N: params.N, r: params.r, p: params.p, salt: salt.toString('base64'), iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64'),
  };
}

describe('docs/security.md 10: the KDF contract', () => {
  // One ledger for this block; each test edits its key wrapper and the original is put back afterwards.
  let kdfLedger: TestLedger;
  let kdfOriginalKeys: string;
  let kdfDataKey: Buffer;
  beforeAll(async () => {
    kdfLedger = await makeLedger();
    await kdfLedger.ledger.close();
    kdfOriginalKeys = `${kdfLedger.dir}/original.keys.json`;
    copyFileSync(ledgerFiles(kdfLedger.path).keys, kdfOriginalKeys);
    kdfDataKey = await dataKeyOf(kdfLedger.path, PASSPHRASE);
  });
  afterEach(() => { if (kdfLedger) copyFileSync(kdfOriginalKeys, ledgerFiles(kdfLedger.path).keys); });

  test('the stored wrapper says scrypt N=2^17, r=8, p=1 with a 16-byte salt; maxmem is 256 MiB', async () => {
    const file = readKeyFile(ledgerFiles(kdfLedger.path).keys);
    expect(file.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(file.passphrase.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(file.passphrase.iv, 'base64')).toHaveLength(12);
    expect(KDF).toEqual({ N: 2 ** 17, r: 8, p: 1, saltBytes: 16, maxmem: 256 * 1024 * 1024 });
  });

  test.each([
    ['N = 2^14', { N: 2 ** 14, r: 8, p: 1, saltBytes: 16 }],
    ['r = 4', { N: 2 ** 17, r: 4, p: 1, saltBytes: 16 }],
    ['an 8-byte salt', { N: 2 ** 17, r: 8, p: 1, saltBytes: 8 }],
    ['N = 2^10, r = 1', { N: 2 ** 10, r: 1, p: 1, saltBytes: 16 }],
  ])('a wrapper edited to weaker parameters (%s) is refused with KEYFILE_INVALID, nothing changed', async (_label, params) => {
    const { dir, path } = kdfLedger;
    const files = ledgerFiles(path);
    const file = readKeyFile(kdfOriginalKeys);
    const dataKey = kdfDataKey;
    const weak = weakWrap(dataKey, PASSPHRASE, file.ledgerId, params);
    // Control: the edited wrapper is otherwise perfectly valid — the passphrase does unwrap the real key with it.
    const kek = scryptSync(PASSPHRASE, Buffer.from(weak.salt, 'base64'), 32, { N: weak.N, r: weak.r, p: weak.p, maxmem: KDF.maxmem });
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(weak.iv, 'base64'));
    decipher.setAAD(Buffer.from(`rapport-keys/v1/${file.ledgerId}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(weak.tag, 'base64'));
    expect(Buffer.concat([decipher.update(Buffer.from(weak.wrapped, 'base64')), decipher.final()]).equals(dataKey)).toBe(true);

    writeFileSync(files.keys, `${JSON.stringify({ ...file, passphrase: weak }, null, 2)}\n`);
    const before = snapshot(dir);
    await expectCode(unlockWithPassphrase(path, PASSPHRASE), 'KEYFILE_INVALID');
    await expectCode(() => changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE), 'KEYFILE_INVALID');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['original.keys.json', LEDGER_NAME, `${LEDGER_NAME}.keys.json`].sort());
  });

  test('absurdly high stored parameters are refused too, without spending the memory', async () => {
    const { path } = kdfLedger;
    const files = ledgerFiles(path);
    const file = readKeyFile(files.keys);
    writeFileSync(files.keys, JSON.stringify({ ...file, passphrase: { ...file.passphrase, N: 2 ** 24 } }));
    await expectCode(unlockWithPassphrase(path, PASSPHRASE), 'KEYFILE_INVALID');
  });
});
