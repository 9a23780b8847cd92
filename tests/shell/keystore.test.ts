// docs/security.md 11 (mocked safeStorage): which backends may remember a key, and the key bytes round-trip.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { keystoreAllowsRemember } from '../../src/store/keystore.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { createSafeStorageKeystore, storageBackend } = await import('../../electron/keystore.ts');

const keystoreOn = (platform: NodeJS.Platform) => createSafeStorageKeystore(fake.safeStorage as never, platform);

beforeEach(() => {
  fake.safeStorage.available = true;
  fake.safeStorage.backend = 'gnome_libsecret';
});

describe('backend names', () => {
  it.each([
    ['darwin', 'keychain'],
    ['win32', 'dpapi'],
    ['freebsd', 'unknown'],
  ] as const)('%s → %s', (platform, backend) => expect(storageBackend(fake.safeStorage as never, platform)).toBe(backend));

  it.each(['basic_text', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6', 'unknown'])('linux reports %s from safeStorage', (backend) => {
    fake.safeStorage.backend = backend;
    expect(keystoreOn('linux').backend()).toBe(backend);
  });

  it('linux without getSelectedStorageBackend is unknown', () => {
    const { getSelectedStorageBackend: _omit, ...rest } = fake.safeStorage;
    expect(storageBackend(rest as never, 'linux')).toBe('unknown');
  });
});

describe('remember policy', () => {
  it.each(['basic_text', 'unknown'])('linux %s → remembering is refused', (backend) => {
    fake.safeStorage.backend = backend;
    expect(keystoreAllowsRemember(keystoreOn('linux'))).toBe(false);
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('linux %s → allowed', (backend) => {
    fake.safeStorage.backend = backend;
    expect(keystoreAllowsRemember(keystoreOn('linux'))).toBe(true);
  });

  it.each(['darwin', 'win32'] as const)('%s → allowed when encryption is available', (platform) => {
    expect(keystoreAllowsRemember(keystoreOn(platform))).toBe(true);
    fake.safeStorage.available = false;
    expect(keystoreAllowsRemember(keystoreOn(platform))).toBe(false);
  });

  it('a throwing safeStorage means refused, not a crash', () => {
    fake.safeStorage.isEncryptionAvailable.mockImplementationOnce(() => {
      throw new Error('not ready');
    });
    expect(keystoreAllowsRemember(keystoreOn('darwin'))).toBe(false);
  });

  it('the status channel offers "remember" only on a real keyring', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-keystore-'));
    try {
      for (const [backend, canRemember] of [['basic_text', false], ['gnome_libsecret', true]] as const) {
        fake.safeStorage.backend = backend;
        const dispatcher = createDispatcher({ ledgerPath: join(dir, 'rapport.ledger'), keystore: keystoreOn('linux') });
        expect(await dispatcher.dispatch('ledger:status', {})).toMatchObject({ ok: true, value: { canRemember } });
        await dispatcher.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('encrypt / decrypt', () => {
  it('round-trips 32 key bytes through safeStorage as base64 text, never the raw bytes', () => {
    const keystore = keystoreOn('darwin');
    const key = randomBytes(32);
    const blob = keystore.encrypt(key);
    expect(fake.safeStorage.encryptString).toHaveBeenCalledExactlyOnceWith(key.toString('base64'));
    expect(blob.includes(key)).toBe(false);
    expect(keystore.decrypt(blob)).toEqual(key);
  });

  it('unreadable data from the keychain is an error, never a wrong key', () => {
    const keystore = keystoreOn('darwin');
    expect(() => keystore.decrypt(Buffer.from('garbage'))).toThrow();
    fake.safeStorage.decryptString.mockReturnValueOnce('not base64 at all!');
    expect(() => keystore.decrypt(Buffer.from('enc:x'))).toThrow(/unreadable/);
  });
});
