// Issue "One ledger, many hands" 9: deleted text must not survive in the search index (FTS5 shadow tables),
// in the ledger's files or in a backup made after the delete; an edit must purge the old words too.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.ts';
import { backupTo } from '../../src/store/backup.ts';
import { openEncrypted, type RawDatabase } from '../../src/store/connection.ts';
import { createKysely, migrate } from '../../src/store/migrate.ts';
import { dataKeyOf, filesContaining, insertClient, makeLedger, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const SHADOW = ['data', 'idx', 'content', 'docsize', 'config'];
const TABLES = ['clients_fts', 'contacts_fts', 'events_fts'];
/** One FTS token (unicode61 keeps letters and digits together), unique per test run. */
const word = () => `zq${randomBytes(10).toString('hex')}`;
// FTS5 stores terms prefix-compressed; the random tail is always stored literally.
const tail = (w: string) => w.slice(-14);

/** Every byte of every FTS shadow table, decrypted (rows flattened to raw bytes). */
function shadowBytes(raw: RawDatabase): string {
  const parts: string[] = [];
  for (const t of TABLES) {
    for (const s of SHADOW) {
      for (const row of raw.prepare(`select * from ${t}_${s}`).raw().all() as unknown[][]) {
        for (const v of row) parts.push(Buffer.isBuffer(v) ? v.toString('latin1') : String(v));
      }
    }
  }
  return parts.join('\n');
}

function addEvent(raw: RawDatabase, clientId: number, title: string, body: string): number {
  return Number(raw.prepare("insert into events (client_id, kind, title, body, occurred_on, created_at, updated_at) values (?, 'milestone', ?, ?, '2026-01-01', 'x', 'x')")
    .run(clientId, title, body).lastInsertRowid);
}

describe('deleted and edited text leaves the search index', () => {
  test('every search table has secure-delete on, stored in its _config (so it persists)', async () => {
    const { ledger } = await makeLedger();
    try {
      for (const t of TABLES) expect(ledger.raw.prepare(`select v from ${t}_config where k = 'secure-delete'`).get()).toEqual({ v: 1 });
    } finally {
      await ledger.close();
    }
  });

  test('a deleted event and a client note edited away are in no shadow table, no file and no later backup', async () => {
    const { dir, path, passphrase, ledger } = await makeLedger();
    const [kept, gone, goneBody, oldNote, newNote] = [word(), word(), word(), word(), word()];
    const clientId = insertClient(ledger.raw, 'Secure Delete GmbH', `note ${oldNote}`);
    for (let i = 0; i < 20; i++) addEvent(ledger.raw, clientId, `filler ${word()}`, `text ${word()}`);
    addEvent(ledger.raw, clientId, `Kept ${kept}`, 'still here');
    const doomed = addEvent(ledger.raw, clientId, `Gone ${gone}`, `body ${goneBody}`);
    for (const w of [kept, gone, goneBody, oldNote]) expect(shadowBytes(ledger.raw)).toContain(tail(w));

    ledger.raw.prepare('delete from events where id = ?').run(doomed);
    ledger.raw.prepare('update clients set notes = ? where id = ?').run(`note ${newNote}`, clientId);
    const after = shadowBytes(ledger.raw);
    expect(after).toContain(tail(kept));
    expect(after).toContain(tail(newNote));
    for (const w of [gone, goneBody, oldNote]) expect(after).not.toContain(tail(w));
    expect(ledger.raw.prepare("select rowid from events_fts where events_fts match ?").all(gone)).toEqual([]);

    const backup = join(tempDir(), 'after-delete.ledger');
    backupTo(ledger.raw, backup);
    ledger.raw.pragma('wal_checkpoint(TRUNCATE)');
    await ledger.close();

    const key = await dataKeyOf(path, passphrase);
    for (const file of [path, backup]) {
      const raw = openEncrypted(file, key);
      try {
        const bytes = shadowBytes(raw);
        expect(bytes).toContain(tail(kept));
        for (const w of [gone, goneBody, oldNote]) expect(bytes).not.toContain(tail(w));
      } finally {
        raw.close();
      }
    }
    for (const w of [gone, goneBody, oldNote, kept]) expect(filesContaining(dir, tail(w))).toEqual([]); // encrypted at rest
  });

  test('migration 0005 rebuilds each index once, purging text deleted before it', async () => {
    const path = join(tempDir(), 'v4.ledger');
    const key = Buffer.alloc(32, 9);
    const raw = openEncrypted(path, key, { create: true });
    const db = createKysely(raw);
    try {
      const names = Object.keys(MIGRATIONS);
      const upTo = (n: number) => Object.fromEntries(names.slice(0, n).map((k) => [k, MIGRATIONS[k]!]));
      await migrate(raw, db, { ledgerPath: path, migrations: upTo(names.indexOf('0005_fts_secure_delete')) });
      const gone = word();
      const clientId = insertClient(raw, 'Vorher AG');
      for (let i = 0; i < 5; i++) addEvent(raw, clientId, `filler ${word()}`, 'x');
      const doomed = addEvent(raw, clientId, `Gone ${gone}`, 'x');
      raw.prepare('delete from events where id = ?').run(doomed);
      expect(shadowBytes(raw)).toContain(tail(gone)); // without secure-delete, FTS5 keeps the deleted words
      await migrate(raw, db, { ledgerPath: path, migrations: upTo(names.indexOf('0005_fts_secure_delete') + 1) });
      expect(shadowBytes(raw)).not.toContain(tail(gone));
      expect(raw.prepare("select count(*) as n from events_fts where events_fts match 'filler'").get()).toEqual({ n: 5 });
    } finally {
      await db.destroy();
      if (raw.open) raw.close();
    }
  });
});
