// Backups with VACUUM INTO: the copy is encrypted with the same key (the backup API refuses encrypted sources).
// Names carry the time and the reason (`2026-11-22T17-05-22-123Z-manual.ledger`), so listing needs no index file.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { RapportError } from '../contract/errors.ts';
import { MIGRATIONS } from '../../migrations/index.ts';
import { integrityReport, storageError, type RawDatabase } from './connection.ts';
import { FILE_MODE, ledgerFiles, ownerOnly, writeFileAtomic } from './files.ts';
import { CIPHER, keyFileText, readKeyFile, type KeyFile } from './keyfile.ts';

/** Where a ledger's backups live: a folder beside it. */
export const backupsDir = (ledgerPath: string) => join(dirname(ledgerPath), `${basename(ledgerPath)}.backups`);

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** A backup's file name: time stamp, reason, `.ledger`. Nothing else in the folder is listed or restored. */
export const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9][a-z0-9_-]{0,63})\.ledger$/;

/** Byte copies of a damaged ledger end with this reason: kept for diagnosis, never restored, never pruned. */
export const DAMAGED_SUFFIX = 'damaged';

export interface BackupEntry {
  name: string;
  path: string;
  reason: string;
  createdAt: Date;
  bytes: number;
  /** A VACUUM INTO copy (not a byte copy of a damaged ledger). */
  restorable: boolean;
}

/** A backup's own key wrapper sits beside it, named like a ledger's: `<backup>.keys.json`. */
export const backupWrapperPath = (backupPath: string) => ledgerFiles(backupPath).keys;

/**
 * The wrapper a backup carries: the ledger's passphrase wrap only. The device wrap ("remember on this device")
 * is never copied into a backup: a backup opens with the passphrase alone, on any machine.
 */
export const wrapperForBackup = (file: KeyFile): KeyFile => ({ ...file, device: null });

/**
 * Write the wrapper of the ledger at `ledgerPath` beside the backup `backupPath` (a ledger without a readable
 * wrapper gives none). The backup then opens on another machine with the passphrase that was current when it
 * was made.
 */
export function writeBackupWrapper(ledgerPath: string, backupPath: string): void {
  const keys = ledgerFiles(ledgerPath).keys;
  if (!existsSync(keys)) return;
  writeFileAtomic(backupWrapperPath(backupPath), keyFileText(wrapperForBackup(readKeyFile(keys))));
}

/**
 * Write a checked, encrypted copy of the open ledger; returns its path. Never overwrites a file. With
 * `wrapperOf` (the ledger's path) the backup gets its own key wrapper beside it.
 */
export function backupTo(db: RawDatabase, destPath: string, options: { wrapperOf?: string } = {}): string {
  if (existsSync(destPath)) throw new RapportError('ALREADY_EXISTS', 'A backup with that name already exists.');
  const report = integrityReport(db);
  if (report.integrityCheck !== 'ok' || report.foreignKeyViolations > 0) {
    throw new RapportError('CORRUPT', 'The ledger failed its integrity check; no backup was written over a good one.');
  }
  mkdirSync(dirname(destPath), { recursive: true, mode: 0o700 });
  // VACUUM INTO writes into an empty file: made here the owner's only (0600), never readable by others meanwhile.
  closeSync(openSync(destPath, 'wx', FILE_MODE));
  try {
    db.prepare('vacuum into ?').run(destPath);
    ownerOnly(destPath);
  } catch (e) {
    rmSync(destPath, { force: true }); // no half-written or empty backup left behind
    throw e;
  }
  if (options.wrapperOf !== undefined) {
    try {
      writeBackupWrapper(options.wrapperOf, destPath);
    } catch (e) {
      rmSync(destPath, { force: true }); // no backup without its wrapper
      throw e;
    }
  }
  return destPath;
}

/** A free name in the backups folder for `reason` at `now` (a later millisecond when the name is taken). */
export function backupNameFor(ledgerPath: string, reason: string, now: Date): string {
  const dir = backupsDir(ledgerPath);
  for (let ms = now.getTime(); ; ms++) {
    const name = `${stamp(new Date(ms))}-${reason}.ledger`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** A backup in the ledger's backup folder, named by reason and time. */
export function backupBeside(db: RawDatabase, ledgerPath: string, reason: string, now = new Date()): string {
  return backupTo(db, join(backupsDir(ledgerPath), backupNameFor(ledgerPath, reason, now)), { wrapperOf: ledgerPath });
}

/** The backups beside a ledger, newest first. */
export function listBackups(ledgerPath: string): BackupEntry[] {
  const dir = backupsDir(ledgerPath);
  if (!existsSync(dir)) return [];
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    const m = BACKUP_NAME.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
    if (Number.isNaN(createdAt.getTime())) continue;
    const reason = m[6]!;
    entries.push({ name, path, reason, createdAt, bytes: stat.size, restorable: !reason.endsWith(DAMAGED_SUFFIX) });
  }
  return entries.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
}

/**
 * Check that a file is a Rapport ledger this app can open with `key`: it decrypts, passes integrity_check and
 * foreign_key_check, and was not written by a newer app. Opened read-only: the file and its folder are not touched.
 */
export function verifyBackup(path: string, key: Buffer): void {
  if (!existsSync(path) || statSync(path).size === 0) throw new RapportError('NOT_FOUND', 'The backup file is missing or empty.');
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    try {
      db.prepare('select count(*) from sqlite_master').get();
    } catch (e) {
      const mapped = storageError(e);
      if (mapped?.code === 'WRONG_KEY_OR_DAMAGED') {
        throw new RapportError('WRONG_KEY_OR_DAMAGED', 'This backup does not open with the key of this ledger, or it is damaged. Nothing was changed.');
      }
      throw mapped ?? e;
    }
    const report = integrityReport(db);
    if (report.integrityCheck !== 'ok' || report.foreignKeyViolations > 0) {
      throw new RapportError('CORRUPT', 'This backup is damaged. Nothing was changed.');
    }
    const hasTable = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!hasTable) throw new RapportError('INVALID', 'This file is not a Rapport ledger. Nothing was changed.');
    const done = db.prepare('select name from kysely_migration').pluck().all() as string[];
    if (done.some((name) => !(name in MIGRATIONS))) {
      throw new RapportError('FUTURE_VERSION', 'This backup was written by a newer version of Rapport. Nothing was changed.');
    }
  } catch (e) {
    throw e instanceof RapportError ? e : (storageError(e) ?? e);
  } finally {
    db.close();
  }
}
