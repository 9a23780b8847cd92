// docs/security.md 9 through the dispatcher, as Settings uses it: `ledger:changePassphrase` on an UNLOCKED ledger
// rewraps the key file only. The open session stays usable, the database files (db, -wal, -shm) are
// byte-identical across the call, the old passphrase fails and the new one works; a remembered device key
// keeps working, because the data key itself never changes.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE } from '../support/temp-ledger.ts';
import { fakeKeystore, sha256, snapshot } from './helpers.ts';

const NEXT = 'a completely different passphrase';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

describe('docs/security.md 9 via ledger:changePassphrase on an unlocked ledger', () => {
  it('touches only the key file; the session stays open; old fails, new and device work', async () => {
    const t = await openTestLedger({ keystore: fakeKeystore() });
    cleanups.push(t.cleanup);
    const d = t.dispatcher;
    const files = ledgerFiles(t.ledgerPath);
    expectOk(await d.call('clients:create', { name: 'Rewrap KG', since: '2022-02-02' }));
    expectOk(await d.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE }));

    const before = snapshot(t.dir);
    const keysBefore = readFileSync(files.keys, 'utf8');
    expect(expectOk(await d.call('ledger:changePassphrase', { current: TEST_PASSPHRASE, next: NEXT })).state).toBe('unlocked');
    const after = snapshot(t.dir);
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual([`${t.ledgerPath.split('/').pop()}.keys.json`]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort()); // nothing added, nothing removed
    expect(readFileSync(files.keys, 'utf8')).not.toContain(NEXT);
    expect(JSON.parse(readFileSync(files.keys, 'utf8')).device).toEqual(JSON.parse(keysBefore).device);

    // The open session goes on working with the unchanged data key.
    expect(expectOk(await d.call('clients:list', {})).map((c) => c.name)).toEqual(['Rewrap KG']);

    expectOk(await d.call('ledger:lock', {}));
    const dbHash = sha256(files.db);
    const wrong = await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_KEY_OR_DAMAGED');
    expect(sha256(files.db)).toBe(dbHash);
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: NEXT }));
    expectOk(await d.call('ledger:lock', {}));
    expect(expectOk(await d.call('ledger:unlock', { method: 'device' })).state).toBe('unlocked');
    expect(expectOk(await d.call('clients:list', {})).map((c) => c.name)).toEqual(['Rewrap KG']);
  });

  it('a wrong current passphrase or a too short new one changes no file', async () => {
    const t = await openTestLedger();
    cleanups.push(t.cleanup);
    const before = snapshot(t.dir);
    const wrong = await t.dispatcher.call('ledger:changePassphrase', { current: 'not it', next: NEXT });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('WRONG_KEY_OR_DAMAGED');
    const short = await t.dispatcher.dispatch('ledger:changePassphrase', { current: TEST_PASSPHRASE, next: 'short' });
    expect(short.ok ? 'ok' : short.error.code).toBe('INVALID');
    expect(snapshot(t.dir)).toEqual(before);
  });
});
