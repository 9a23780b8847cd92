// Opening an encrypted SQLite file: the right engine, the key verified by a read before anything else,
// then the pragma contract (docs/security.md 3, 6, 24, 25).
import { existsSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { RapportError } from '../contract/errors.ts';
import { ledgerFiles, ownerOnly } from './files.ts';
import { CIPHER } from './keyfile.ts';

export type RawDatabase = BetterSqlite3.Database;

/** The engine this build was made and tested with; anything else is refused at open. */
export const PINNED_ENGINE = { sqlite: '3.53.4', sqlite3mc: 'SQLite3 Multiple Ciphers 2.4.0' } as const;

export const BUSY_TIMEOUT_MS = 5_000;

/** The pragmas every connection runs with. */
export const PRAGMA_CONTRACT = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a reopened WAL database would fall back to NORMAL otherwise.
  foreign_keys: 1,
  temp_store: 2, // MEMORY: otherwise large sorts spill plaintext temp files.
  secure_delete: 1,
  busy_timeout: BUSY_TIMEOUT_MS,
} as const;

const sqliteCode = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String(e.code) : '');

/** Map an engine error to the error a user can act on. */
export function storageError(e: unknown): RapportError | null {
  const code = sqliteCode(e);
  if (code === 'SQLITE_NOTADB') return new RapportError('WRONG_KEY_OR_DAMAGED', 'Wrong passphrase or damaged file.');
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new RapportError('CORRUPT', 'The ledger is damaged. Nothing was changed; restore it from a backup.');
  }
  // Another process holds the write lock longer than busy_timeout (or a deferred read turned write lost).
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new RapportError('BUSY', 'The ledger is busy in another Rapport process; nothing was changed. Try again.');
  }
  return null;
}

// Asked of a private in-memory connection before the ledger file is opened: a wrong engine never touches
// (or creates) the file, and an engine without the cipher (no sqlite3mc_version()) is refused by code too.
function assertEngine(expected: typeof PINNED_ENGINE): void {
  const probe = new BetterSqlite3(':memory:');
  let row: { sqlite: string; mc: string } | null = null;
  try {
    row = probe.prepare('select sqlite_version() as sqlite, sqlite3mc_version() as mc').get() as { sqlite: string; mc: string };
  } catch {
    row = null;
  } finally {
    probe.close();
  }
  if (!row || row.sqlite !== expected.sqlite || row.mc !== expected.sqlite3mc) {
    throw new RapportError('UNSUPPORTED_SQLITE', `Rapport expects SQLite ${expected.sqlite}; this engine is ${row?.sqlite ?? 'without the cipher'}.`);
  }
}

export interface OpenOptions {
  /** Make a new file (the path must not exist) instead of opening an existing one. */
  create?: boolean;
  /** Run `quick_check` after opening (at unlock). */
  quickCheck?: boolean;
  /** For the engine-pinning test only. */
  engine?: typeof PINNED_ENGINE;
}

/** Open (or create) an encrypted database with a raw 32-byte key. The key buffer is not kept. */
export function openEncrypted(path: string, key: Buffer, options: OpenOptions = {}): RawDatabase {
  assertEngine(options.engine ?? PINNED_ENGINE);
  // An existing ledger is never 0 bytes; one that is (truncated) is damaged. Refuse it before SQLite opens it:
  // keyed and migrated it would silently become a new empty ledger under the old key, and SQLite itself
  // deletes the -wal beside an empty database file, though that WAL may hold the ledger's data.
  if (!options.create && existsSync(path) && statSync(path).size === 0) {
    throw new RapportError('CORRUPT', 'The ledger is damaged. Nothing was changed; restore it from a backup.');
  }
  const db = new BetterSqlite3(path, { fileMustExist: !options.create });
  try {
    // The owner's only, before the first write: SQLite gives the -wal and -shm it makes the database's mode.
    // A ledger (or its -wal/-shm) left readable by others by an older version is made the owner's only here.
    const files = ledgerFiles(path);
    for (const f of [files.db, files.wal, files.shm]) ownerOnly(f);
    // The key goes in before any statement runs: a statement on an unkeyed handle would fix its codec too early.
    db.pragma(`cipher = '${CIPHER}'`);
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    // The key is verified by a read before any pragma that could write (journal mode, WAL files).
    db.prepare('select count(*) from sqlite_master').get();
    if (db.pragma('cipher', { simple: true }) !== CIPHER) {
      throw new RapportError('UNSUPPORTED_SQLITE', 'The ledger is not encrypted with the expected cipher.');
    }
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = ON');
    if (options.quickCheck) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new RapportError('CORRUPT', 'The ledger is damaged. Nothing was changed; restore it from a backup.');
    }
    return db;
  } catch (e) {
    db.close();
    throw storageError(e) ?? e;
  }
}

/** Read back the pragma contract (for checks and tests). */
export function readPragmas(db: RawDatabase) {
  return {
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
    temp_store: db.pragma('temp_store', { simple: true }),
    secure_delete: db.pragma('secure_delete', { simple: true }),
    busy_timeout: db.pragma('busy_timeout', { simple: true }),
    cipher: db.pragma('cipher', { simple: true }),
  };
}

/** Full integrity and foreign-key check (after migrations, before backups, `rapport check`). */
export function integrityReport(db: RawDatabase): { quickCheck: string; integrityCheck: string; foreignKeyViolations: number } {
  const quickCheck = String(db.pragma('quick_check', { simple: true }));
  const integrityCheck = String(db.pragma('integrity_check', { simple: true }));
  const foreignKeyViolations = (db.pragma('foreign_key_check') as unknown[]).length;
  return { quickCheck, integrityCheck, foreignKeyViolations };
}
