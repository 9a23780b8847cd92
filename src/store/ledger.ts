// A ledger: the encrypted database file plus its key wrapper. Creating, unlocking, locking and
// changing the passphrase; an existing ledger is never replaced by a new empty one (docs/security.md 12).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import { RapportError } from '../contract/errors.ts';
import { openEncrypted, type OpenOptions, type RawDatabase } from './connection.ts';
import { listBackups } from './backup.ts';
import { fsyncPath, ledgerFiles } from './files.ts';
import { otherLiveHolders, registerHolder, withExclusive, type Holder } from './holders.ts';
import {
  keyFileText, newDataKey, newKeyFile, readKeyFile, rewrapPassphrase, unwrapWithDevice, unwrapWithPassphrase,
  withDeviceWrap, writeKeyFile,
} from './keyfile.ts';
import type { DeviceKeystore } from './keystore.ts';
import { createKysely, migrate, type MigrateResult } from './migrate.ts';
import type { Database } from './schema.ts';
import type { ServerLedger } from './server/open.ts';
import { checkWal } from './wal-check.ts';

/** A ledger file on this computer (encrypted SQLite). */
export interface FileLedger {
  readonly kind: 'file';
  readonly path: string;
  readonly raw: RawDatabase;
  readonly db: Kysely<Database>;
  readonly migration: MigrateResult;
  close(): Promise<void>;
}

/** An open ledger: a file, or the agency's shared one on PostgreSQL. */
export type Ledger = FileLedger | ServerLedger;

export type LedgerPresence = 'absent' | 'present';

export const ledgerPresence = (path: string): LedgerPresence => (existsSync(ledgerFiles(path).db) ? 'present' : 'absent');

async function openWithKey(path: string, key: Buffer, options: OpenOptions): Promise<FileLedger> {
  let raw: RawDatabase;
  let holder: Holder;
  try {
    holder = registerHolder(path); // refuses IN_USE while another process restores or changes the passphrase
  } catch (e) {
    key.fill(0);
    throw e;
  }
  try {
    // Only when nobody else has the ledger open: a live writer's WAL is the writer's business, and SQLite
    // in that process is the one replaying it.
    if (otherLiveHolders(path).length === 0 && checkWal(ledgerFiles(path).wal).state === 'loses-commits') throw damaged();
    raw = openEncrypted(path, key, options);
  } catch (e) {
    holder.release(); // a failed open holds nothing
    throw e;
  } finally {
    key.fill(0); // The key lives on only inside SQLite's cipher context.
  }
  const db = createKysely(raw);
  try {
    const migration = await migrate(raw, db, { ledgerPath: path });
    let closed = false;
    return {
      kind: 'file', path, raw, db, migration,
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
        // Kysely closes the handle only if it ever used it (not when no migration was pending): close it here.
        // The last connection closing checkpoints and removes the WAL.
        if (raw.open) raw.close();
        holder.release();
      },
    };
  } catch (e) {
    try {
      await db.destroy();
      if (raw.open) raw.close();
    } finally {
      holder.release();
    }
    throw e;
  }
}

export interface CreateOptions {
  remember?: boolean;
  keystore?: DeviceKeystore | undefined;
  /** Receives a copy of the data key (the service keeps it for restoring backups, zeroed on lock). */
  onKey?: ((key: Buffer) => void) | undefined;
}

/** A name for this process's own temporary file beside `path`: nobody else ever writes, links or removes it. */
const ownTemp = (path: string, what: string) => `${path}.${what}-${process.pid}-${randomBytes(6).toString('hex')}`;

const inodeOf = (path: string): number | null => {
  try {
    return statSync(path).ino;
  } catch {
    return null;
  }
};

/** Write a file that must not exist yet ('wx'), flushed to disk before it is linked into place. */
function writeNewFile(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, Buffer.from(text, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Put `tmp` in place at `dest` only if nothing is there (link: fails with EEXIST, never replaces), then drop
 * the temporary name. Returns false when `dest` exists.
 */
function linkExclusive(tmp: string, dest: string): boolean {
  try {
    linkSync(tmp, dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  rmSync(tmp, { force: true });
  return true;
}

const alreadyThere = () => new RapportError('ALREADY_EXISTS', 'A ledger already exists there; it was left untouched.');

/** Why a new ledger must not be made at `path`: a database, a key wrapper or backups are already there. */
export function refuseExisting(path: string): void {
  const files = ledgerFiles(path);
  if (existsSync(files.db)) throw alreadyThere();
  if (existsSync(files.keys)) {
    throw new RapportError('ALREADY_EXISTS', 'A key file of a ledger is already there; restore the ledger from a backup instead. Nothing was changed.');
  }
  if (listBackups(path).some((b) => b.restorable)) {
    throw new RapportError('ALREADY_EXISTS', 'Backups of a ledger are already there; restore the ledger from one instead. Nothing was changed.');
  }
}

/**
 * Make a new ledger. The database is built under a temporary name; the key wrapper is put in place first and
 * the database last, each with an exclusive link that never replaces an existing file: of two first runs on
 * one path exactly one wins, and the other removes only its own temporary files (ALREADY_EXISTS).
 */
export async function createLedger(path: string, passphrase: string, options: CreateOptions = {}): Promise<FileLedger> {
  const files = ledgerFiles(path);
  refuseExisting(path);
  const dataKey = newDataKey();
  const tmpDb = ownTemp(files.db, 'creating');
  const tmpKeys = ownTemp(files.keys, 'creating');
  let placedKeys: number | null = null;
  try {
    let keyFile = await newKeyFile(dataKey, passphrase);
    if (options.remember) keyFile = withDeviceWrap(keyFile, dataKey, options.keystore);

    const building = await openWithKey(tmpDb, Buffer.from(dataKey), { create: true });
    await building.close();
    writeNewFile(tmpKeys, keyFileText(keyFile));
    placedKeys = statSync(tmpKeys).ino;
    if (existsSync(files.db) || !linkExclusive(tmpKeys, files.keys)) {
      placedKeys = null;
      throw alreadyThere();
    }
    if (!linkExclusive(tmpDb, files.db)) throw alreadyThere();
    placedKeys = null; // the pair is complete: the wrapper belongs to the new ledger now
    fsyncPath(dirname(files.db));
    const ledger = await openWithKey(path, Buffer.from(dataKey), { quickCheck: true });
    options.onKey?.(Buffer.from(dataKey));
    return ledger;
  } finally {
    dataKey.fill(0);
    // Only our own files: the temporary ones, and the wrapper we linked when a database appeared meanwhile.
    for (const f of [tmpDb, `${tmpDb}-wal`, `${tmpDb}-shm`, tmpKeys]) rmSync(f, { force: true });
    if (placedKeys !== null && inodeOf(files.keys) === placedKeys) rmSync(files.keys, { force: true });
  }
}

const damaged = () => new RapportError('CORRUPT', 'The ledger is damaged. Nothing was changed; restore it from a backup.');

/** Engine codes that say the file's bytes are not a readable database (as opposed to busy, locked, no access). */
const DAMAGE_CODES = /^SQLITE_(NOTADB|CORRUPT|IOERR_SHORT_READ|FORMAT|RANGE)/;

/**
 * Open with a key the wrapper proved (AES-GCM unwrapped it with the passphrase): the passphrase is right, so
 * any failure to read the database (page 1 overwritten, truncated, 0 bytes) is damage, never "wrong key".
 */
async function openProven(path: string, dataKey: Buffer): Promise<FileLedger> {
  try {
    return await openWithKey(path, Buffer.from(dataKey), { quickCheck: true });
  } catch (e) {
    if (e instanceof RapportError && e.code === 'WRONG_KEY_OR_DAMAGED') throw damaged();
    const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
    if (!(e instanceof RapportError) && DAMAGE_CODES.test(code)) throw damaged();
    throw e;
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

export async function unlockWithPassphrase(path: string, passphrase: string, options: UnlockOptions = {}): Promise<FileLedger> {
  assertPresent(path);
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  const dataKey = await unwrapWithPassphrase(keyFile, passphrase);
  try {
    options.onKey?.(Buffer.from(dataKey));
    const ledger = await openProven(path, dataKey);
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
): Promise<FileLedger> {
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
export const openLedgerWithKey = (path: string, key: Buffer): Promise<FileLedger> => openWithKey(path, key, { quickCheck: true });

/** Whether a key is remembered on this device for the ledger (false when there is no readable wrapper). */
export function isRemembered(path: string): boolean {
  try {
    return existsSync(ledgerFiles(path).db) && readKeyFile(ledgerFiles(path).keys).device !== null;
  } catch {
    return false;
  }
}

/** Rewrap the data key under a new passphrase. The database file is not touched (docs/security.md 9). */
export async function changePassphrase(path: string, current: string, next: string): Promise<void> {
  assertPresent(path);
  const files = ledgerFiles(path);
  const keyFile = readKeyFile(files.keys);
  const dataKey = await unwrapWithPassphrase(keyFile, current);
  try {
    const rewrapped = await rewrapPassphrase(keyFile, dataKey, next);
    // Exclusive: another process holding the ledger open keeps the old wrapper's view (IN_USE otherwise).
    await withExclusive(path, () => writeKeyFile(files.keys, rewrapped));
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
