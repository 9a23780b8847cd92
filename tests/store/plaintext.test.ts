// docs/security.md 1: no plaintext on disk — database, WAL, shared memory, backups and the key wrapper.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, test } from 'vitest';
import { backupBeside } from '../../src/store/backup.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import type { RawDatabase } from '../../src/store/connection.ts';
import {
  dataKeyOf, filesContaining, hasPlainHeader, insertClient, makeLedger, removeTempDirs, tempDir,
} from './helpers.ts';

afterAll(removeTempDirs);

const ROWS = 400;

/** Many rows, each holding a random marker that starts with `prefix`, plus a recognisable client name. */
function fillWithMarkers(raw: RawDatabase, prefix: string, clientName: string): void {
  raw.transaction(() => {
    insertClient(raw, clientName, `${prefix}-notes-${randomBytes(8).toString('hex')}`);
    for (let i = 0; i < ROWS; i++) {
      const id = insertClient(raw, `${prefix}-${randomBytes(8).toString('hex')}`, `${prefix}-${randomBytes(16).toString('hex')} ${'confidential '.repeat(20)}`);
      raw.prepare(`insert into contacts (client_id, name, personal_notes, created_at, updated_at) values (?, ?, ?, 'x', 'x')`)
        .run(id, `${prefix}-contact-${i}`, `${prefix}-feels-${randomBytes(8).toString('hex')}`);
    }
  })();
}

/** The needles a leak would show: the shared prefix (as written and as FTS lower-cases it) and the client name. */
const needles = (prefix: string, clientName: string) => [prefix, prefix.toLowerCase(), clientName];

function leaks(dir: string, prefix: string, clientName: string): string[] {
  return needles(prefix, clientName).flatMap((n) => filesContaining(dir, n));
}

describe('docs/security.md 1: no plaintext on disk', () => {
  test('db, -wal and -shm hold no marker while open (WAL not checkpointed), after a checkpoint and after close', async () => {
    const { dir, path, ledger } = await makeLedger();
    const files = ledgerFiles(path);
    const prefix = `PLAINMARK${randomBytes(6).toString('hex')}`;
    const clientName = `Ågren & Söhne ${prefix}`;

    ledger.raw.pragma('wal_autocheckpoint = 0'); // keep everything in the WAL for the first scan
    fillWithMarkers(ledger.raw, prefix, clientName);

    // While open, not checkpointed: the rows live in the WAL (so the scan below really covers them there).
    expect(statSync(files.wal).size).toBeGreaterThan(ROWS * 300);
    expect(existsSync(files.shm)).toBe(true);
    expect(leaks(dir, prefix, clientName)).toEqual([]);
    expect(hasPlainHeader(files.db)).toBe(false);

    // After a checkpoint: the rows are in the main file now.
    ledger.raw.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(files.db).size).toBeGreaterThan(ROWS * 300);
    expect(leaks(dir, prefix, clientName)).toEqual([]);
    expect(hasPlainHeader(files.db)).toBe(false);

    // After close.
    await ledger.close();
    expect(existsSync(files.wal)).toBe(false);
    expect(leaks(dir, prefix, clientName)).toEqual([]);
    expect(hasPlainHeader(files.db)).toBe(false);
  });

  test('negative control: the same scan finds the markers in an unencrypted SQLite file', () => {
    const dir = tempDir();
    const plain = new BetterSqlite3(join(dir, 'plain.db'));
    plain.exec(`create table clients (id integer primary key, name text not null, since text not null, status text not null,
      currency text not null, cadence_ideal_days integer not null, cadence_max_days integer not null, notes text,
      created_at text not null, updated_at text not null);
      create table contacts (id integer primary key, client_id integer, name text, personal_notes text, created_at text, updated_at text)`);
    const prefix = `PLAINMARK${randomBytes(6).toString('hex')}`;
    const clientName = `Ågren & Söhne ${prefix}`;
    fillWithMarkers(plain, prefix, clientName);
    plain.close();
    expect(hasPlainHeader(join(dir, 'plain.db'))).toBe(true);
    expect(leaks(dir, prefix, clientName).length).toBeGreaterThan(0);
  });

  test('backups hold no marker and no plaintext header', async () => {
    const { dir, path, ledger } = await makeLedger();
    const prefix = `PLAINMARK${randomBytes(6).toString('hex')}`;
    const clientName = `Ågren & Söhne ${prefix}`;
    fillWithMarkers(ledger.raw, prefix, clientName);
    const backup = backupBeside(ledger.raw, path, 'manual');
    await ledger.close();
    expect(statSync(backup).size).toBeGreaterThan(ROWS * 300);
    expect(hasPlainHeader(backup)).toBe(false);
    expect(leaks(dir, prefix, clientName)).toEqual([]);
  });

  test('the key wrapper holds neither the raw data key nor the passphrase', async () => {
    const passphrase = `pass-${randomBytes(6).toString('hex')}`;
    const { path, ledger } = await makeLedger({ passphrase });
    await ledger.close();
    const key = await dataKeyOf(path, passphrase);
    expect(key.length).toBe(32);
    const text = readFileSync(ledgerFiles(path).keys);
    const forms = [
      key, Buffer.from(key.toString('hex')), Buffer.from(key.toString('hex').toUpperCase()),
      Buffer.from(key.toString('base64')), Buffer.from(key.toString('base64url')), Buffer.from(passphrase),
    ];
    for (const form of forms) expect(text.includes(form)).toBe(false);
    // The check above is not vacuous: the wrapper does hold its (public) salt in base64.
    const salt = JSON.parse(text.toString('utf8')).passphrase.salt as string;
    expect(text.includes(Buffer.from(salt))).toBe(true);
  });
});
