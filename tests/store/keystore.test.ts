// docs/security.md 11: the safeStorage policy, with a fake DeviceKeystore. Unavailable or Linux basic_text →
// "remember on this device" is refused (KEYSTORE_UNAVAILABLE). A changed backend or a failing decrypt is
// KEYSTORE_CHANGED — never a new key, never a new empty ledger, never a deleted or rewritten file.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { readKeyFile } from '../../src/store/keyfile.ts';
import type { DeviceKeystore } from '../../src/store/keystore.ts';
import {
  changePassphrase, createLedger, forgetDevice, isRemembered, unlockWithDevice, unlockWithPassphrase,
} from '../../src/store/ledger.ts';
import {
  expectCode, fakeKeystore, hasClient, LEDGER_NAME, makeLedger, PASSPHRASE, removeTempDirs, snapshot, tempDir,
  type TestLedger,
} from './helpers.ts';

afterAll(removeTempDirs);

const refusedKeystores: [string, DeviceKeystore | undefined][] = [
  ['no keystore at all', undefined],
  ['an unavailable keystore', fakeKeystore('gnome_libsecret', { isAvailable: () => false })],
  ["Linux's basic_text backend", fakeKeystore('basic_text')],
  ['an unknown backend', fakeKeystore('unknown')],
  ['a keystore whose availability check throws', fakeKeystore('gnome_libsecret', { isAvailable: () => { throw new Error('dbus gone'); } })],
];

describe('docs/security.md 11: remembering is refused when the keystore cannot keep the key', () => {
  test.each(refusedKeystores)('first run with %s: KEYSTORE_UNAVAILABLE, and no file is made', async (_label, keystore) => {
    const dir = tempDir();
    await expectCode(createLedger(join(dir, LEDGER_NAME), PASSPHRASE, { remember: true, keystore }), 'KEYSTORE_UNAVAILABLE');
    expect(readdirSync(dir)).toEqual([]);
  });

  let shared: TestLedger; // the refusals below change nothing, so one ledger serves them all
  beforeAll(async () => {
    shared = await makeLedger();
    await shared.ledger.close();
  });

  test.each(refusedKeystores)('unlock with "remember" and %s: KEYSTORE_UNAVAILABLE, wrapper unchanged, ledger closed again', async (_label, keystore) => {
    const { dir, path } = shared;
    const before = snapshot(dir);
    await expectCode(unlockWithPassphrase(path, PASSPHRASE, { remember: true, keystore }), 'KEYSTORE_UNAVAILABLE');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(ledgerFiles(path).wal)).toBe(false); // the connection opened for the unlock was closed
    expect(isRemembered(path)).toBe(false);
  });
});

describe('docs/security.md 11: a remembered key on a changed keystore', () => {
  let t: TestLedger;
  let secret: Buffer;
  let keystore: DeviceKeystore;
  let before: Record<string, string>;

  beforeAll(async () => {
    secret = randomBytes(32);
    keystore = fakeKeystore('gnome_libsecret', {}, secret);
    t = await makeLedger({ remember: true, keystore });
    await t.ledger.close();
    before = snapshot(t.dir);
  });

  const expectNothingChanged = () => {
    expect(snapshot(t.dir)).toEqual(before);
    expect(readdirSync(t.dir).sort()).toEqual([LEDGER_NAME, `${LEDGER_NAME}.keys.json`]);
  };

  test('control: the remembered key opens the ledger on the same keystore', async () => {
    expect(isRemembered(t.path)).toBe(true);
    expect(readKeyFile(ledgerFiles(t.path).keys).device?.backend).toBe('gnome_libsecret');
    const ledger = await unlockWithDevice(t.path, keystore);
    expect(hasClient(ledger.raw, t.marker)).toBe(true);
    await ledger.close();
    before = snapshot(t.dir);
  });

  test.each([
    ['the backend changed (same secret, now kwallet5)', () => fakeKeystore('kwallet5', {}, secret)],
    ['the keystore was reset (new secret: decrypt fails)', () => fakeKeystore('gnome_libsecret')],
    ['decrypt throws', () => fakeKeystore('gnome_libsecret', { decrypt: () => { throw new Error('locked'); } })],
    ['decrypt returns a key of the wrong length', () => fakeKeystore('gnome_libsecret', { decrypt: () => randomBytes(16) })],
  ])('%s → KEYSTORE_CHANGED; no new key, no new ledger, files untouched', async (_label, make) => {
    await expectCode(unlockWithDevice(t.path, make()), 'KEYSTORE_CHANGED');
    expectNothingChanged();
  });

  test('the keystore now unavailable or basic_text → KEYSTORE_UNAVAILABLE, files untouched', async () => {
    await expectCode(unlockWithDevice(t.path, fakeKeystore('gnome_libsecret', { isAvailable: () => false }, secret)), 'KEYSTORE_UNAVAILABLE');
    await expectCode(unlockWithDevice(t.path, fakeKeystore('basic_text', {}, secret)), 'KEYSTORE_UNAVAILABLE');
    await expectCode(unlockWithDevice(t.path, undefined), 'KEYSTORE_UNAVAILABLE');
    expectNothingChanged();
  });

  test('decrypt returning a wrong 32-byte key is stopped by the database and reported as a changed keystore, files untouched', async () => {
    // The user typed no passphrase here, so "wrong passphrase" would mislead: the keychain is what changed.
    await expectCode(unlockWithDevice(t.path, fakeKeystore('gnome_libsecret', { decrypt: () => randomBytes(32) })), 'KEYSTORE_CHANGED');
    expectNothingChanged();
  });

  test('a keystore whose encrypt throws is a typed KEYSTORE_UNAVAILABLE, and nothing is written', async () => {
    const fresh = await makeLedger(); // remembers nothing yet, so remembering is attempted
    await fresh.ledger.close();
    const before = snapshot(fresh.dir);
    const failing = fakeKeystore('gnome_libsecret', { encrypt: () => { throw new Error('keyring locked'); } });
    await expectCode(unlockWithPassphrase(fresh.path, PASSPHRASE, { remember: true, keystore: failing }), 'KEYSTORE_UNAVAILABLE');
    await expectCode(createLedger(join(fresh.dir, 'second.ledger'), PASSPHRASE, { remember: true, keystore: failing }), 'KEYSTORE_UNAVAILABLE');
    expect(snapshot(fresh.dir)).toEqual(before);
  });

  test('after all of that the passphrase still opens the same ledger, and the device key still works', async () => {
    const ledger = await unlockWithPassphrase(t.path, PASSPHRASE);
    expect(hasClient(ledger.raw, t.marker)).toBe(true);
    await ledger.close();
    const again = await unlockWithDevice(t.path, keystore);
    expect(hasClient(again.raw, t.marker)).toBe(true);
    await again.close();
  });
});

describe('docs/security.md 11: remembering, and forgetting', () => {
  test('remember at unlock on a good keystore; a passphrase change keeps the device wrap; forget removes it', async () => {
    const { path, marker, ledger } = await makeLedger();
    await ledger.close();
    expect(isRemembered(path)).toBe(false);
    await expectCode(unlockWithDevice(path, fakeKeystore()), 'KEYSTORE_UNAVAILABLE'); // nothing remembered yet

    const keystore = fakeKeystore('keychain');
    const first = await unlockWithPassphrase(path, PASSPHRASE, { remember: true, keystore });
    await first.close();
    expect(isRemembered(path)).toBe(true);

    await changePassphrase(path, PASSPHRASE, 'new words');
    const byDevice = await unlockWithDevice(path, keystore);
    expect(hasClient(byDevice.raw, marker)).toBe(true);
    await byDevice.close();

    forgetDevice(path);
    expect(isRemembered(path)).toBe(false);
    await expectCode(unlockWithDevice(path, keystore), 'KEYSTORE_UNAVAILABLE');
  });
});
