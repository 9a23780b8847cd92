// docs/security.md 3: a wrong passphrase (or a wrong data key) is WRONG_KEY_OR_DAMAGED, checked by a read before
// any write pragma: the file stays byte-identical, no -wal/-shm appear, nothing is deleted.
import { copyFileSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openEncrypted } from '../../src/store/connection.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { unlockWithPassphrase } from '../../src/store/ledger.ts';
import {
  expectCode, hasClient, makeLedger, PASSPHRASE, removeTempDirs, snapshot, type TestLedger,
} from './helpers.ts';

afterAll(removeTempDirs);

let t: TestLedger;
let before: Record<string, string>;

beforeAll(async () => {
  t = await makeLedger();
  await t.ledger.close();
  before = snapshot(t.dir);
});

function expectUntouched(): void {
  const files = ledgerFiles(t.path);
  expect(existsSync(files.wal)).toBe(false);
  expect(existsSync(files.shm)).toBe(false);
  expect(snapshot(t.dir)).toEqual(before);
}

describe('docs/security.md 3: wrong passphrase', () => {
  test('a wrong passphrase is WRONG_KEY_OR_DAMAGED with the agreed message, and nothing on disk changes', async () => {
    const error = await expectCode(unlockWithPassphrase(t.path, `${PASSPHRASE}!`), 'WRONG_KEY_OR_DAMAGED');
    expect(error.message).toMatch(/wrong passphrase or damaged file/i);
    expectUntouched();
  });

  // Each unlock costs one scrypt derivation (N=2^17, ~0.3 s here), so the run count is kept modest.
  test('property: random wrong passphrases never open the ledger and never change a byte (15 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(''), fc.constant(PASSPHRASE.toUpperCase())),
        async (guess) => {
          fc.pre(guess.normalize('NFC') !== PASSPHRASE.normalize('NFC'));
          await expectCode(unlockWithPassphrase(t.path, guess), 'WRONG_KEY_OR_DAMAGED');
          expectUntouched();
        },
      ),
      { numRuns: 15, seed: 424_242 },
    );
  }, 120_000);

  test('property: a wrong raw data key fails at the first read, before any write pragma (60 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        expect(() => openEncrypted(t.path, Buffer.from(key))).toThrow(expect.objectContaining({ code: 'WRONG_KEY_OR_DAMAGED' }));
        expectUntouched();
      }),
      { numRuns: 60, seed: 424_243 },
    );
  });

  // The wrapper unwraps with the passphrase, so the passphrase is proven right: a database that then does not
  // open is damage (restore offered), never "wrong passphrase" (docs/security.md 29). Untouched either way.
  test("another ledger's key wrapper (right passphrase, wrong data key) is damage, not a wrong passphrase; the database is untouched", async () => {
    const other = await makeLedger();
    await other.ledger.close();
    const dbHash = snapshot(other.dir)['rapport.ledger'];
    copyFileSync(ledgerFiles(t.path).keys, ledgerFiles(other.path).keys);
    await expectCode(unlockWithPassphrase(other.path, PASSPHRASE), 'CORRUPT');
    expect(snapshot(other.dir)['rapport.ledger']).toBe(dbHash);
    expect(existsSync(ledgerFiles(other.path).wal)).toBe(false);
  });

  test('control: the right passphrase opens the same file', async () => {
    const ledger = await unlockWithPassphrase(t.path, PASSPHRASE);
    expect(hasClient(ledger.raw, t.marker)).toBe(true);
    await ledger.close();
  });
});
