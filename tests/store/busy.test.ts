// Writes begin IMMEDIATE (the write lock up front, never a deferred read→write upgrade that fails BUSY at
// once), a busy ledger is the typed BUSY error, and the CLI retries a BUSY call a bounded number of times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { retryingWhenBusy } from '../../src/cli/context.ts';
import type { Dispatcher } from '../../src/services/dispatcher.ts';
import { storageError, type RawDatabase } from '../../src/store/connection.ts';
import { createKysely } from '../../src/store/migrate.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('BUSY', () => {
  it('a Kysely transaction begins IMMEDIATE: it cannot start while another connection holds the write lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-busy-'));
    dirs.push(dir);
    const file = join(dir, 'plain.db');
    const a = new BetterSqlite3(file) as unknown as RawDatabase;
    const b = new BetterSqlite3(file);
    a.pragma('journal_mode = wal');
    a.exec('create table t (x integer)');
    a.pragma('busy_timeout = 0');
    b.exec('begin immediate');
    const db = createKysely(a);
    try {
      // A deferred begin would run this read-only body fine; an immediate one needs the write lock first.
      const attempt = db.transaction().execute(async (trx) => sql`select count(*) from t`.execute(trx));
      await expect(attempt).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
      b.exec('commit');
      await expect(db.transaction().execute(async (trx) => sql`insert into t values (1)`.execute(trx))).resolves.toBeDefined();
    } finally {
      await db.destroy();
      b.close();
    }
  });

  it('SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT and SQLITE_LOCKED are the typed BUSY error', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']) {
      expect(storageError(Object.assign(new Error('x'), { code }))?.code).toBe('BUSY');
    }
  });

  it('the CLI retries a BUSY call a bounded number of times, then returns BUSY', async () => {
    let calls = 0;
    let busyFor = 2;
    const inner = {
      dispatch: async () => {
        calls++;
        return calls <= busyFor ? { ok: false, error: { code: 'BUSY', message: 'busy' } } : { ok: true, value: 'done' };
      },
      close: async () => undefined,
      session: {},
    } as unknown as Dispatcher;
    const d = retryingWhenBusy(inner, [1, 1, 1]);
    expect(await d.dispatch('clients:create', {})).toEqual({ ok: true, value: 'done' });
    expect(calls).toBe(3);
    calls = 0;
    busyFor = 10;
    expect(await d.dispatch('clients:create', {})).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(calls).toBe(4);
  });
});
