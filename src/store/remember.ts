// "Remember on this device" switched on and off after the ledger exists (the create and unlock screens
// have their own `remember` flag). Turning it on needs the passphrase: the data key is not kept in memory
// after opening (it lives only inside SQLite's cipher context and our copy is zeroed), so the only way to
// wrap it under the keystore is to unwrap it again. The passphrase itself is never stored anywhere.
import { ledgerFiles } from './files.ts';
import { readKeyFile, unwrapWithPassphrase, withDeviceWrap, writeKeyFile } from './keyfile.ts';
import type { DeviceKeystore } from './keystore.ts';

/**
 * Wrap the data key under the device keystore as well. Wrong passphrase: WRONG_KEY_OR_DAMAGED; a keystore
 * that is missing, refuses, or is Linux's basic_text: KEYSTORE_UNAVAILABLE. Either way the wrapper is unchanged.
 * The database file is never touched.
 */
export async function rememberOnDevice(path: string, passphrase: string, keystore: DeviceKeystore | undefined): Promise<void> {
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  const dataKey = await unwrapWithPassphrase(keyFile, passphrase);
  try {
    writeKeyFile(files.keys, withDeviceWrap(keyFile, dataKey, keystore));
  } finally {
    dataKey.fill(0);
  }
}
