// `ledger:remember`: "remember on this device" on and off from Settings, through the dispatcher on a real
// encrypted ledger (docs/security.md 11 policy, and 9's rule that key changes never touch the database file).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceKeystore } from '../../src/store/keystore.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE } from '../support/temp-ledger.ts';
import { fakeKeystore, sha256 } from '../store/helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

async function ledgerWith(keystore: DeviceKeystore | undefined) {
  const t = await openTestLedger({ keystore });
  cleanups.push(t.cleanup);
  const files = ledgerFiles(t.ledgerPath);
  expectOk(await t.dispatcher.call('clients:create', { name: 'Remembered GmbH', since: '2020-01-01' }));
  return { ...t, files, keys: () => readFileSync(files.keys, 'utf8') };
}
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('ledger:remember', () => {
  it('on (with the passphrase): the device unlocks alone; the database file is untouched; the passphrase is stored nowhere', async () => {
    const t = await ledgerWith(fakeKeystore());
    const d = t.dispatcher;
    expect(expectOk(await d.call('ledger:status', {}))).toMatchObject({ canRemember: true, remembered: false });
    expectOk(await d.call('ledger:lock', {}));
    const dbHash = sha256(t.files.db);
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    expect(code(await d.call('ledger:unlock', { method: 'device' }))).toBe('KEYSTORE_UNAVAILABLE'); // not yet remembered
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));

    const reply = await d.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE });
    expect(expectOk(reply)).toMatchObject({ state: 'unlocked', remembered: true });
    expect(JSON.stringify(reply)).not.toContain(TEST_PASSPHRASE);
    expect(t.keys()).not.toContain(TEST_PASSPHRASE);
    expect(JSON.parse(t.keys()).device).toMatchObject({ backend: 'gnome_libsecret' });

    expectOk(await d.call('ledger:lock', {}));
    expect(sha256(t.files.db)).toBe(dbHash);
    expect(expectOk(await d.call('ledger:unlock', { method: 'device' }))).toMatchObject({ state: 'unlocked', remembered: true });
    expect(expectOk(await d.call('clients:list', {})).map((c) => c.name)).toEqual(['Remembered GmbH']);
  });

  it('on with a wrong passphrase is refused and changes nothing', async () => {
    const t = await ledgerWith(fakeKeystore());
    const before = t.keys();
    expect(code(await t.dispatcher.call('ledger:remember', { on: true, passphrase: 'not the passphrase' }))).toBe('WRONG_KEY_OR_DAMAGED');
    expect(t.keys()).toBe(before);
    expect(expectOk(await t.dispatcher.call('ledger:status', {})).remembered).toBe(false);
  });

  it('off: the device no longer unlocks, the passphrase still does', async () => {
    const t = await ledgerWith(fakeKeystore());
    const d = t.dispatcher;
    expectOk(await d.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE }));
    expect(expectOk(await d.call('ledger:remember', { on: false }))).toMatchObject({ remembered: false });
    expect(JSON.parse(t.keys()).device).toBeNull();
    expectOk(await d.call('ledger:lock', {}));
    expect(code(await d.call('ledger:unlock', { method: 'device' }))).toBe('KEYSTORE_UNAVAILABLE');
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    // Off twice is fine: nothing to forget.
    expect(expectOk(await d.call('ledger:remember', { on: false })).remembered).toBe(false);
  });

  it.each([
    ['no keystore', undefined],
    ['an unavailable keystore', fakeKeystore('gnome_libsecret', { isAvailable: () => false })],
    ["Linux's basic_text", fakeKeystore('basic_text')],
    ['a keystore that refuses to encrypt', fakeKeystore('kwallet5', { encrypt: () => { throw new Error('denied'); } })],
  ])('with %s, on is KEYSTORE_UNAVAILABLE and the wrapper is unchanged', async (_label, keystore) => {
    const t = await ledgerWith(keystore);
    const before = t.keys();
    expect(code(await t.dispatcher.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE }))).toBe('KEYSTORE_UNAVAILABLE');
    expect(t.keys()).toBe(before);
  });

  it('answers LOCKED while locked, on and off alike, and wants the passphrase for on', async () => {
    const t = await ledgerWith(fakeKeystore());
    const d = t.dispatcher;
    expect(code(await d.dispatch('ledger:remember', { on: true }))).toBe('INVALID');
    expect(code(await d.dispatch('ledger:remember', { on: false, passphrase: TEST_PASSPHRASE }))).toBe('INVALID');
    expectOk(await d.call('ledger:lock', {}));
    const before = t.keys();
    expect(code(await d.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE }))).toBe('LOCKED');
    expect(code(await d.call('ledger:remember', { on: false }))).toBe('LOCKED');
    expect(t.keys()).toBe(before);
  });
});
