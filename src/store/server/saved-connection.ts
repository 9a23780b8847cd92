// The agency's ledger as this computer remembers it: the address, the login's password and an optional CA,
// sealed by the OS keychain (the device keystore, as "remember on this device" is) in one file beside where
// the ledger file would be. Never in a plain settings file: without a keystore that may hold secrets,
// nothing is kept and the person connects again at the next start.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { RapportError } from '../../contract/errors.ts';
import { writeFileAtomic } from '../files.ts';
import { keystoreAllowsRemember, type DeviceKeystore } from '../keystore.ts';
import { isServerLedger } from './url.ts';

/** What is kept: the URL never carries the password (it is kept apart, sealed like it). */
export const SavedConnection = z.strictObject({
  url: z.string().refine(isServerLedger),
  password: z.string(),
  /** A PEM CA for a server whose certificate a private CA signed (verify-full against it). */
  ca: z.string().optional(),
});
export type SavedConnection = z.infer<typeof SavedConnection>;

export const CONNECTION_FILE_NAME = 'rapport.server';

/** Beside the ledger file: one place per Rapport profile (userData, or RAPPORT_LEDGER's folder). */
export const connectionFileFor = (ledgerPath: string): string => join(dirname(ledgerPath), CONNECTION_FILE_NAME);

export const hasSavedConnection = (ledgerPath: string): boolean => existsSync(connectionFileFor(ledgerPath));

/** The remembered connection, or null (none kept, or the keychain cannot open it any more: forgotten then). */
export function loadConnection(ledgerPath: string, keystore: DeviceKeystore | undefined): SavedConnection | null {
  const file = connectionFileFor(ledgerPath);
  if (!existsSync(file) || !keystoreAllowsRemember(keystore)) return null;
  try {
    return SavedConnection.parse(JSON.parse(keystore.decrypt(readFileSync(file)).toString('utf8')));
  } catch {
    // A keychain reset or a file from another machine: it cannot be read here, so it is no way in.
    return null;
  }
}

/** Keep the connection sealed by the keychain (KEYSTORE_UNAVAILABLE when it cannot hold secrets). */
export function saveConnection(ledgerPath: string, keystore: DeviceKeystore | undefined, connection: SavedConnection): void {
  if (!keystoreAllowsRemember(keystore)) {
    throw new RapportError('KEYSTORE_UNAVAILABLE', 'This device cannot keep the password safely; it is asked at every start.');
  }
  const sealed = keystore.encrypt(Buffer.from(JSON.stringify(SavedConnection.parse(connection)), 'utf8'));
  writeFileAtomic(connectionFileFor(ledgerPath), sealed);
}

export function forgetConnection(ledgerPath: string): void {
  rmSync(connectionFileFor(ledgerPath), { force: true });
}
