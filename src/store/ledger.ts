// A ledger: the encrypted database file plus its key wrapper. Creating, unlocking, locking and
// changing the passphrase; an existing ledger is never replaced by a new empty one (SECURITY.md 12).
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { RapportError } from '../contract/errors.ts';
import { openEncrypted, type OpenOptions, type RawDatabase } from './connection.ts';
import { ledgerFiles } from './files.ts';
import {
  newDataKey, newKeyFile, readKeyFile, rewrapPassphrase, unwrapWithDevice, unwrapWithPassphrase,
  withDeviceWrap, writeKeyFile,
} from './keyfile.ts';
import type { DeviceKeystore } from './keystore.ts';
import { createKysely, migrate, type MigrateResult } from './migrate.ts';
import type { Database } from './schema.ts';

export interface Ledger {
  readonly path: string;
  readonly raw: RawDatabase;
  readonly db: Kysely<Database>;
  readonly migration: MigrateResult;
  close(): Promise<void>;
}

export type LedgerPresence = 'absent' | 'present';

export const ledgerPresence = (path: string): LedgerPresence => (existsSync(ledgerFiles(path).db) ? 'present' : 'absent');

async function openWithKey(path: string, key: Buffer, options: OpenOptions): Promise<Ledger> {
  let raw: RawDatabase;
  try {
    raw = openEncrypted(path, key, options);
  } finally {
    key.fill(0); // The key lives on only inside SQLite's cipher context.
  }
  const db = createKysely(raw);
  try {
    const migration = await migrate(raw, db, { ledgerPath: path });
    let closed = false;
    return {
      path, raw, db, migration,
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
        // Kysely closes the handle only if it ever used it (not when no migration was pending): close it here.
        // The last connection closing checkpoints and removes the WAL.
        if (raw.open) raw.close();
      },
    };
  } catch (e) {
    await db.destroy();
    if (raw.open) raw.close();
    throw e;
  }
}

export interface CreateOptions {
  remember?: boolean;
  keystore?: DeviceKeystore | undefined;
  /** Receives a copy of the data key (the service keeps it for restoring backups, zeroed on lock). */
  onKey?: ((key: Buffer) => void) | undefined;
}

/**
 * Make a new ledger. The database is built under a temporary name and moved into place last,
 * after its key wrapper is safely on disk, so no crash leaves a ledger nobody can open.
 */
export async function createLedger(path: string, passphrase: string, options: CreateOptions = {}): Promise<Ledger> {
  const files = ledgerFiles(path);
  if (existsSync(files.db)) throw new RapportError('ALREADY_EXISTS', 'A ledger already exists there; it was left untouched.');
  const dataKey = newDataKey();
  try {
    let keyFile = await newKeyFile(dataKey, passphrase);
    if (options.remember) keyFile = withDeviceWrap(keyFile, dataKey, options.keystore);

    const tmp = `${files.db}.creating-${process.pid}`;
    rmSync(tmp, { force: true }); // only ever our own unfinished file from this process id
    const building = await openWithKey(tmp, Buffer.from(dataKey), { create: true });
    await building.close();
    if (existsSync(files.keys)) {
      // A key wrapper without its database: an interrupted create. Keep it aside, never delete it.
      renameSync(files.keys, `${files.keys}.orphan-${Date.now()}`);
    }
    writeKeyFile(files.keys, keyFile);
    if (existsSync(files.db)) throw new RapportError('ALREADY_EXISTS', 'A ledger appeared there meanwhile; it was left untouched.');
    renameSync(tmp, files.db);
    const ledger = await openWithKey(path, Buffer.from(dataKey), { quickCheck: true });
    options.onKey?.(Buffer.from(dataKey));
    return ledger;
  } finally {
    dataKey.fill(0);
  }
}

function assertPresent(path: string): void {
  if (!existsSync(ledgerFiles(path).db)) throw new RapportError('NO_LEDGER', 'There is no ledger at this place yet.');
}

export interface UnlockOptions {
  /** Also wrap the key under the device keystore ("remember on this device"). */
  remember?: boolean;
  keystore?: DeviceKeystore | undefined;
  /**
   * Receives a copy of the data key once it is unwrapped, before the database is opened: a damaged database
   * (CORRUPT) can then still be restored from a backup without asking again (zeroed by the receiver on lock).
   */
  onKey?: ((key: Buffer) => void) | undefined;
}

export async function unlockWithPassphrase(path: string, passphrase: string, options: UnlockOptions = {}): Promise<Ledger> {
  assertPresent(path);
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  const dataKey = await unwrapWithPassphrase(keyFile, passphrase);
  try {
    options.onKey?.(Buffer.from(dataKey));
    const ledger = await openWithKey(path, Buffer.from(dataKey), { quickCheck: true });
    if (options.remember && !keyFile.device) {
      try {
        writeKeyFile(files.keys, withDeviceWrap(keyFile, dataKey, options.keystore));
      } catch (e) {
        await ledger.close();
        throw e;
      }
    }
    return ledger;
  } finally {
    dataKey.fill(0);
  }
}

export async function unlockWithDevice(
  path: string, keystore: DeviceKeystore | undefined, options: Pick<UnlockOptions, 'onKey'> = {},
): Promise<Ledger> {
  assertPresent(path);
  const keyFile = readKeyFile(ledgerFiles(path).keys);
  const dataKey = unwrapWithDevice(keyFile, keystore);
  try {
    options.onKey?.(Buffer.from(dataKey));
    return await openWithKey(path, dataKey, { quickCheck: true });
  } catch (e) {
    // The keychain handed back a key that does not open this ledger: the keychain changed, not the passphrase.
    if (e instanceof RapportError && e.code === 'WRONG_KEY_OR_DAMAGED') {
      throw new RapportError('KEYSTORE_CHANGED', 'The key remembered on this device no longer opens the ledger; enter your passphrase.');
    }
    throw e;
  }
}

/** Open a ledger with its raw data key (after a restore); `key` is zeroed. Runs quick_check and migrations. */
export const openLedgerWithKey = (path: string, key: Buffer): Promise<Ledger> => openWithKey(path, key, { quickCheck: true });

/** Whether a key is remembered on this device for the ledger (false when there is no readable wrapper). */
export function isRemembered(path: string): boolean {
  try {
    return existsSync(ledgerFiles(path).db) && readKeyFile(ledgerFiles(path).keys).device !== null;
  } catch {
    return false;
  }
}

/** Rewrap the data key under a new passphrase. The database file is not touched (SECURITY.md 9). */
export async function changePassphrase(path: string, current: string, next: string): Promise<void> {
  assertPresent(path);
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  const dataKey = await unwrapWithPassphrase(keyFile, current);
  try {
    writeKeyFile(files.keys, await rewrapPassphrase(keyFile, dataKey, next));
  } finally {
    dataKey.fill(0);
  }
}

/** Stop remembering the key on this device. */
export function forgetDevice(path: string): void {
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  if (keyFile.device) writeKeyFile(files.keys, { ...keyFile, device: null });
}
