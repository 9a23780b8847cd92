// docs/security.md 14: no passphrase, key or wrapped key in any reply or log line; errors carry only
// {code, message}, never SQL text or file paths.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { readKeyFile, unwrapWithPassphrase } from '../../src/store/keyfile.ts';
import { createDispatcher } from '../../src/services/index.ts';
import { openTestLedger, TEST_PASSPHRASE, rawOf } from '../support/temp-ledger.ts';

const NEW_PASSPHRASE = 'a completely different passphrase';
let logged: string[];

beforeEach(() => {
  logged = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

describe('secrets never cross the boundary', () => {
  it('keeps passphrases, keys, wrapped keys and paths out of every reply and log line', async () => {
    const t = await openTestLedger();
    const replies: unknown[] = [];
    const d = t.dispatcher;
    const record = async (channel: string, input: unknown) => replies.push(await d.dispatch(channel, input));

    const keyFile = readKeyFile(ledgerFiles(t.ledgerPath).keys);
    const dataKey = await unwrapWithPassphrase(keyFile, TEST_PASSPHRASE);

    await record('ledger:status', {});
    await record('clients:create', { name: 'Secretive AG', since: '2020-01-01' });
    await record('ledger:lock', {});
    await record('ledger:unlock', { method: 'passphrase', passphrase: 'wrong passphrase' });
    await record('ledger:unlock', { method: 'device' });
    await record('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE });
    await record('ledger:changePassphrase', { current: 'wrong passphrase', next: NEW_PASSPHRASE });
    await record('ledger:changePassphrase', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE });
    await record('ledger:changePassphrase', { current: NEW_PASSPHRASE, next: 'short' });
    await record('ledger:create', { passphrase: NEW_PASSPHRASE });
    await record('ledger:check', {});
    await record('clients:get', { id: 424242 });

    const text = JSON.stringify(replies) + logged.join('\n');
    const forbidden = [
      TEST_PASSPHRASE, NEW_PASSPHRASE, 'wrong passphrase',
      dataKey.toString('hex'), dataKey.toString('base64'), keyFile.passphrase.wrapped, keyFile.passphrase.salt,
      t.dir, t.ledgerPath,
    ];
    for (const secret of forbidden) expect(text).not.toContain(secret);
    for (const reply of replies as { ok: boolean; error?: object }[]) {
      if (!reply.ok) expect(Object.keys(reply.error!).sort()).toEqual(['code', 'message']);
    }
    await t.cleanup();
  });

  it('turns an unexpected engine failure into INTERNAL without SQL text', async () => {
    const t = await openTestLedger();
    // Break the schema under the running app: the query fails inside SQLite with a message naming the table.
    rawOf(t.dispatcher).exec('drop table contact_dates');
    const c = await t.dispatcher.call('clients:create', { name: 'A', since: '2020-01-01' });
    expect(c.ok).toBe(true);
    const r = await t.dispatcher.call('contacts:create', { clientId: 1, name: 'B', importantDates: [{ label: 'x', date: '2000-01-01' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INTERNAL');
      expect(r.error.message).not.toMatch(/contact_dates|sqlite|select|insert|no such table/i);
    }
    await t.cleanup();
  });

  it('says "wrong passphrase or damaged file" and leaves the ledger byte-identical', async () => {
    const t = await openTestLedger();
    await t.dispatcher.call('ledger:lock', {});
    const files = ledgerFiles(t.ledgerPath);
    const before = [readFileSync(files.db), readFileSync(files.keys)];
    const other = createDispatcher({ ledgerPath: t.ledgerPath });
    const r = await other.call('ledger:unlock', { method: 'passphrase', passphrase: 'not it at all' });
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'WRONG_KEY_OR_DAMAGED', message: 'Wrong passphrase or damaged file.' });
    expect(readFileSync(files.db).equals(before[0]!)).toBe(true);
    expect(readFileSync(files.keys).equals(before[1]!)).toBe(true);
    await t.cleanup();
  });
});
