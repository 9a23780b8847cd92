// The large-agency generator and the portfolio's per-client cache, on a real encrypted ledger: the same seed
// gives the same agency, the skew is there, the rows land with their search index, and the cached portfolio
// always equals one computed from scratch, before and after writes from this process and from another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/services/index.ts';
import { buildScale, eventShares, generateScale, scaleSizes } from '../../src/services/demo/scale/index.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE, rawOf } from '../support/temp-ledger.ts';

const TODAY = '2026-06-30';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const EVENTS = 6000;
let t: Awaited<ReturnType<typeof openTestLedger>>;

/** The portfolio as a fresh engine computes it (its own dispatcher, so its own empty cache). */
async function fromScratch() {
  const other = createDispatcher({ ledgerPath: t.ledgerPath, now });
  try {
    expectOk(await other.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    return expectOk(await other.call('portfolio:get', { includeArchived: true }));
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  t = await openTestLedger({ now });
  buildScale(rawOf(t.dispatcher), { events: EVENTS, seed: 7, lang: 'en', today: TODAY, now: now() });
}, 120_000);
afterAll(async () => t.cleanup());

describe('the large-agency generator', () => {
  it('is deterministic from its seed and differs with another', () => {
    const first = (seed: number) => [...generateScale({ events: 3000, seed, lang: 'de', today: TODAY })];
    expect(JSON.stringify(first(1))).toBe(JSON.stringify(first(1)));
    expect(JSON.stringify(first(1))).not.toBe(JSON.stringify(first(2)));
  });

  it('skews like a real book of business: 500 clients at a million, the top three above 20,000 events', () => {
    expect(scaleSizes(1_000_000)).toEqual({ clients: 500, contacts: 5000, events: 1_000_000 });
    const shares = eventShares(500, 1_000_000);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(shares.slice(0, 3).every((n) => n > 20_000)).toBe(true);
    expect(shares.at(-1)!).toBeLessThan(2000);
  });

  it('lands every row in the encrypted ledger, searchable, and refuses a ledger that is not empty', async () => {
    const clients = expectOk(await t.dispatcher.call('clients:list', { includeArchived: true }));
    expect(clients).toHaveLength(scaleSizes(EVENTS).clients);
    expect(clients.reduce((n, c) => n + c.eventCount, 0)).toBe(EVENTS);
    const hits = expectOk(await t.dispatcher.call('search:query', { query: 'newsletter', limit: 5 }));
    expect(hits.hits.length).toBeGreaterThan(0);
    expect(() => buildScale(rawOf(t.dispatcher), { events: 1000, seed: 7, lang: 'en', today: TODAY, now: now() })).toThrow(/empty ledger/);
  });
});

describe('the portfolio cache', () => {
  it('equals a portfolio computed from scratch, with the NEV trend and the open Glasl stage on each row', async () => {
    const cached = expectOk(await t.dispatcher.call('portfolio:get', { includeArchived: true }));
    expect(cached).toEqual(await fromScratch());
    expect(cached.clients.every((c) => c.nevTrend.length === 12)).toBe(true);
    expect(cached.clients.some((c) => c.openCrisisStage !== null)).toBe(true);
    // The cached aggregates are the ones clients:list computes over the whole timeline.
    const listed = expectOk(await t.dispatcher.call('clients:list', { includeArchived: true }));
    expect(cached.clients.map(({ health: _h, reminders: _r, nevTrend: _n, openCrisisStage: _o, ...c }) => c)).toEqual(listed);
  });

  it('follows a write from this engine: a stage-8 crisis puts the client in crisis at once', async () => {
    const before = expectOk(await t.dispatcher.call('portfolio:get', { includeArchived: true }));
    const calm = before.clients.find((c) => c.health.band !== 'in_crisis')!;
    expectOk(await t.dispatcher.call('events:create', {
      clientId: calm.id, event: { kind: 'crisis', title: 'Escalation', occurredOn: TODAY, glaslStage: 8, status: 'open' },
    }));
    const after = expectOk(await t.dispatcher.call('portfolio:get', { includeArchived: true }));
    const row = after.clients.find((c) => c.id === calm.id)!;
    expect(row.health.band).toBe('in_crisis');
    expect(row.openCrisisStage).toBe(8);
    expect(after).toEqual(await fromScratch());
  });

  it('follows a write from another process (the CLI): the revision comes from the ledger, not from memory', async () => {
    const before = expectOk(await t.dispatcher.call('portfolio:get', { includeArchived: true }));
    const target = before.clients[1]!;
    const other = createDispatcher({ ledgerPath: t.ledgerPath, now });
    try {
      expectOk(await other.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
      const page = expectOk(await other.call('events:list', { clientId: target.id, limit: 100 }));
      for (const e of page.items) expectOk(await other.call('events:delete', { id: e.id }));
    } finally {
      await other.close();
    }
    const after = expectOk(await t.dispatcher.call('portfolio:get', { includeArchived: true }));
    expect(after.clients.find((c) => c.id === target.id)!.eventCount).toBe(target.eventCount - Math.min(100, target.eventCount));
    expect(after).toEqual(await fromScratch());
  });
});
