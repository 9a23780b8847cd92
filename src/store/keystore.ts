// The device keystore ("remember on this device"). Electron's safeStorage implements it in the shell;
// tests pass their own. The store only sees this interface, so it never imports electron.
export interface DeviceKeystore {
  /** e.g. 'gnome_libsecret', 'kwallet5', 'basic_text' on Linux; 'keychain' on macOS; 'dpapi' on Windows. */
  backend(): string;
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(blob: Buffer): Buffer;
}

// Linux's basic_text backend "encrypts" with a hard-coded password: as good as plaintext.
const REFUSED_BACKENDS = new Set(['basic_text', 'unknown']);

/** Whether this keystore may hold a ledger key at all. */
export const keystoreAllowsRemember = (keystore: DeviceKeystore | undefined): keystore is DeviceKeystore => {
  if (!keystore) return false;
  try {
    return keystore.isAvailable() && !REFUSED_BACKENDS.has(keystore.backend());
  } catch {
    return false;
  }
};
