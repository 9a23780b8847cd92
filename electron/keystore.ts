// "Remember on this device" over Electron safeStorage. The key bytes travel as base64 text because
// safeStorage encrypts strings; whether this keystore may be used at all is keystoreAllowsRemember's decision
// (Linux basic_text and 'unknown' are refused: docs/security.md 11).
import type { SafeStorage } from 'electron';
import type { DeviceKeystore } from '../src/store/keystore.ts';

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export function storageBackend(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'keychain';
    case 'win32':
      return 'dpapi';
    case 'linux':
      // 'unknown' before the app is ready, 'basic_text' without a real keyring.
      return safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    default:
      return 'unknown';
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function createSafeStorageKeystore(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): DeviceKeystore {
  return {
    backend: () => storageBackend(safeStorage, platform),
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (blob) => {
      const text = safeStorage.decryptString(blob);
      const bytes = Buffer.from(text, 'base64');
      // Anything but the exact base64 we wrote means the keychain gave back something else.
      if (!BASE64.test(text) || bytes.toString('base64') !== text) throw new Error('The device keystore returned unreadable data.');
      return bytes;
    },
  };
}
