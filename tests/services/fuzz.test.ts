// docs/security.md 19: random and malformed input on every channel returns INVALID, never throws,
// never changes a row and never pollutes Object.prototype.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../src/contract/index.ts';
import { expectOk, openTestLedger, rawOf } from '../support/temp-ledger.ts';

const RUNS = 1000;
let t: Awaited<ReturnType<typeof openTestLedger>>;

/** A digest of every row of every table: "never changes a row" made checkable. */
function ledgerDigest(): string {
  const raw = rawOf(t.dispatcher);
  const tables = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(raw.prepare(`select * from "${name}"`).all()));
  return hash.digest('hex');
}

// Inputs shaped like real ones but wrong: unknown keys (prototype-looking ones included), wrong types.
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', 'polluted');
const wrongValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything()), fc.object());
const hostileObject = fc.tuple(hostileKey, wrongValue).map(([k, v]) => JSON.parse(`{"${k}": ${JSON.stringify(v ?? null)}, "polluted": true}`));
const anyInput = fc.oneof(fc.anything(), hostileObject, fc.dictionary(fc.string(), wrongValue));

beforeAll(async () => {
  t = await openTestLedger();
  const c = expectOk(await t.dispatcher.call('clients:create', { name: 'Fuzz AG', since: '2020-01-01' }));
  expectOk(await t.dispatcher.call('events:create', { clientId: c.id, event: { kind: 'milestone', title: 'Start', occurredOn: '2020-01-01' } }));
});
afterAll(async () => t.cleanup());

describe('IPC payload fuzzing', () => {
  it.each(CHANNELS)('%s answers INVALID to malformed input and changes nothing', async (channel) => {
    const before = ledgerDigest();
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        // Inputs that happen to be valid (e.g. {} for ledger:status) are not what this property is about.
        fc.pre(!contract[channel].input.safeParse(input).success);
        const result = await t.dispatcher.dispatch(channel, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('INVALID');
      }),
      { numRuns: RUNS },
    );
    expect(ledgerDigest()).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(t.dispatcher.session.ledger).not.toBeNull();
  });

  it('rejects unknown keys instead of stripping them', async () => {
    const r = await t.dispatcher.dispatch('clients:create', { name: 'X', since: '2020-01-01', isAdmin: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID');
    const nested = await t.dispatcher.dispatch('events:create', { clientId: 1, event: { kind: 'milestone', title: 'M', occurredOn: '2020-01-02', sneaky: 1 } });
    expect(nested.ok ? 'ok' : nested.error.code).toBe('INVALID');
  });

  it('answers UNKNOWN_CHANNEL for channels outside the contract', async () => {
    for (const channel of ['clients:drop', '__proto__', 'constructor', '', 'ledger:status ']) {
      const r = await t.dispatcher.dispatch(channel, {});
      expect(r.ok ? 'ok' : r.error.code).toBe('UNKNOWN_CHANNEL');
    }
  });
});
