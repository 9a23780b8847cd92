// The backup channels through the real dispatcher on real encrypted ledgers: LOCKED when locked, INVALID for
// anything that is not a backup's name, back up now / list / restore, the damaged state entered by a check,
// the diagnostic copy, and the schedule (at unlock when the newest backup is a day old; the timer dies on lock).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupsDir } from '../../src/store/backup.ts';
import { copyOfKey, hasTimer } from '../../src/services/backup-state.ts';
import { scheduledBackupIfDue } from '../../src/services/backup-schedule.ts';
import { createDispatcher } from '../../src/services/index.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE, rawOf } from '../support/temp-ledger.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

const HOUR = 60 * 60 * 1000;

async function setup(start = new Date('2026-05-04T08:00:00.000Z')) {
  let now = start;
  const saved: string[] = [];
  const t = await openTestLedger({
    now: () => now,
    saveTarget: async (name) => { const p = join(t.dir, `saved-${name}`); saved.push(p); return { path: p, replace: true }; }, // as the save dialog: replacing agreed
  });
  cleanups.push(t.cleanup);
  return { ...t, saved, advance: (ms: number) => { now = new Date(now.getTime() + ms); } };
}

const unlock = (d: ReturnType<typeof createDispatcher>) => d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE });

describe('backup channels', () => {
  test('LOCKED for every backup channel while locked', async () => {
    const { dispatcher: d } = await setup();
    expectOk(await d.call('ledger:lock', {}));
    for (const [channel, input] of [
      ['backup:list', {}], ['backup:create', {}], ['backup:diagnosticCopy', {}],
      ['backup:restore', { name: '2026-05-04T08-00-00-000Z-manual.ledger' }],
    ] as const) {
      const r = await d.dispatch(channel, input);
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });

  test('INVALID for names that are not a backup name; NOT_FOUND for a well-formed unknown one', async () => {
    const { dispatcher: d } = await setup();
    for (const name of ['../x', '../../rapport.ledger', 'x.ledger', '2026-05-04T08-00-00-000Z-../x.ledger',
      '2026-05-04T08-00-00-000Z-manual.ledger/..', '/etc/passwd', '', 'a'.repeat(500)]) {
      expect(await d.dispatch('backup:restore', { name }), name).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(await d.dispatch('backup:restore', { name: '2026-05-04T08-00-00-000Z-manual.ledger', extra: 1 }))
      .toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await d.call('backup:restore', { name: '2020-01-01T00-00-00-000Z-manual.ledger' }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('back up now appears in the list; restore brings back a deleted client and keeps the current state', async () => {
    const { dispatcher: d, ledgerPath, advance } = await setup();
    const client = expectOk(await d.call('clients:create', { name: 'Stadtwerke Lindenau', since: '2019-03-01' }));
    advance(HOUR);
    const created = expectOk(await d.call('backup:create', {}));
    expect(created.saved).toBe(true);
    const list = expectOk(await d.call('backup:list', {}));
    expect(list[0]).toMatchObject({ name: created.fileName, reason: 'manual', restorable: true, createdAt: '2026-05-04T09:00:00.000Z' });
    expect(list[0]!.bytes).toBe(created.bytes);
    expect(JSON.stringify(list)).not.toContain(ledgerPath); // names only, never paths

    expectOk(await d.call('clients:delete', { id: client.id }));
    advance(HOUR);
    const restored = expectOk(await d.call('backup:restore', { name: created.fileName }));
    expect(restored.kept).toMatch(/before-restore\.ledger$/);
    expect(expectOk(await d.call('ledger:status', {})).state).toBe('unlocked');
    expect(expectOk(await d.call('clients:get', { id: client.id })).name).toBe('Stadtwerke Lindenau');
    expect(expectOk(await d.call('backup:list', {})).map((b) => b.name)).toContain(restored.kept);

    // The kept state (without the client) can be restored in turn.
    expectOk(await d.call('backup:restore', { name: restored.kept }));
    expect(await d.call('clients:get', { id: client.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('back up to a chosen file goes through the save target; cancelling writes nothing', async () => {
    const { dispatcher: d, saved, dir } = await setup();
    const r = expectOk(await d.call('backup:create', { destination: 'choose' }));
    expect(r.saved).toBe(true);
    expect(existsSync(saved[0]!)).toBe(true);
    expect(readFileSync(saved[0]!).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const cancelling = createDispatcher({ ledgerPath: join(dir, 'test.ledger'), saveTarget: async () => null });
    expectOk(await unlock(cancelling));
    const before = readdirSync(dir).sort();
    expect(expectOk(await cancelling.call('backup:create', { destination: 'choose' })).saved).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
    await cancelling.close();
  });

  test('the backupGenerations setting prunes older backups on the next backup', async () => {
    const { dispatcher: d, advance } = await setup();
    expectOk(await d.call('settings:update', { backupGenerations: 2 }));
    expect(expectOk(await d.call('settings:get', {})).backupGenerations).toBe(2);
    for (let i = 0; i < 4; i++) { advance(HOUR); expectOk(await d.call('backup:create', {})); }
    expect(expectOk(await d.call('backup:list', {}))).toHaveLength(2);
    expect(await d.call('settings:update', { backupGenerations: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  test('a check that finds damage enters the damaged state: restore and a diagnostic copy work, data channels do not', async () => {
    const { dispatcher: d, saved, advance, ledgerPath } = await setup();
    const client = expectOk(await d.call('clients:create', { name: 'Nordlicht', since: '2019-03-01' }));
    const backup = expectOk(await d.call('backup:create', {}));
    // A foreign-key violation written behind the engine's back: quick_check passes, the full check does not.
    const raw = rawOf(d);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (424242, 'orphan', 'x', 'x')").run();
    raw.pragma('foreign_keys = ON');
    const check = expectOk(await d.call('ledger:check', {}));
    expect(check.foreignKeyViolations).toBe(1);
    expect(expectOk(await d.call('ledger:status', {}))).toMatchObject({ state: 'damaged', backups: 1 });
    expect(await d.call('clients:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await d.call('backup:create', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const copy = expectOk(await d.call('backup:diagnosticCopy', {}));
    expect(copy).toMatchObject({ saved: true, files: 1 });
    expect(readFileSync(saved.at(-1)!).equals(readFileSync(ledgerPath))).toBe(true); // byte for byte
    // The save dialog confirmed overwriting: a second copy to the same place replaces the first.
    expect(expectOk(await d.call('backup:diagnosticCopy', {})).saved).toBe(true);

    advance(HOUR);
    expectOk(await d.call('backup:restore', { name: backup.fileName }));
    expect(expectOk(await d.call('ledger:status', {})).state).toBe('unlocked');
    expect(expectOk(await d.call('clients:get', { id: client.id })).name).toBe('Nordlicht');
    expect(expectOk(await d.call('ledger:check', {})).foreignKeyViolations).toBe(0);
    expect(await d.call('backup:diagnosticCopy', {})).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  test('lock leaves the damaged state and drops the key: restore then answers LOCKED', async () => {
    const { dispatcher: d } = await setup();
    const backup = expectOk(await d.call('backup:create', {}));
    const raw = rawOf(d);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (424242, 'orphan', 'x', 'x')").run();
    expectOk(await d.call('ledger:check', {}));
    expect(expectOk(await d.call('ledger:status', {})).state).toBe('damaged');
    const held = copyOfKey(d.session);
    expect(held?.length).toBe(32); // held while damaged, for the restore
    held?.fill(0);
    expect(expectOk(await d.call('ledger:lock', {})).state).toBe('locked');
    expect(copyOfKey(d.session)).toBeNull();
    expect(await d.call('backup:restore', { name: backup.fileName })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('scheduled backups', () => {
  test('at unlock only when the newest backup is a day old; the hourly timer runs while unlocked and stops on lock', async () => {
    const { dispatcher: d, ledgerPath, advance } = await setup();
    const count = () => (existsSync(backupsDir(ledgerPath)) ? readdirSync(backupsDir(ledgerPath)).filter((f) => f.endsWith('.ledger')).length : 0);
    expect(count()).toBe(0); // a new ledger: nothing yet, the timer's first check makes one
    expect(hasTimer(d.session)).toBe(true);
    expect(await scheduledBackupIfDue(d.session)).not.toBeNull();
    expect(count()).toBe(1);

    expectOk(await d.call('ledger:lock', {}));
    expect(hasTimer(d.session)).toBe(false);
    advance(23 * HOUR);
    expectOk(await unlock(d));
    expect(count()).toBe(1);
    advance(2 * HOUR);
    expect(await scheduledBackupIfDue(d.session)).not.toBeNull(); // what the timer does each hour
    expect(count()).toBe(2);
    expect(await scheduledBackupIfDue(d.session)).toBeNull();

    expectOk(await d.call('ledger:lock', {}));
    advance(25 * HOUR);
    expectOk(await unlock(d));
    expect(count()).toBe(3);
    expect(expectOk(await d.call('backup:list', {})).map((b) => b.reason)).toEqual(['scheduled', 'scheduled', 'scheduled']);
  });
});
