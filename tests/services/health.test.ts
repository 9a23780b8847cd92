// The portfolio on the demo agency: a spread of bands, and each band's reasons true to the story behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import type { Portfolio } from '../../src/contract/health.ts';
import { expectOk } from '../support/temp-ledger.ts';
import { LEDGER_KINDS, type TestLedger } from '../support/ledger-kinds.ts';

describe.each(LEDGER_KINDS)('on a $name ledger', (kind) => {
  const today = new Date('2026-11-22T12:00:00');
  let t: TestLedger;
  let folio: Portfolio;

  const row = (name: string) => {
    const r = folio.clients.find((c) => c.name.startsWith(name));
    if (!r) throw new Error(`no demo client ${name}`);
    return r;
  };

  beforeAll(async () => {
    t = await kind.open({ now: () => today });
    await buildDemoAgency(t.dispatcher, { lang: 'en', today });
    folio = expectOk(await t.dispatcher.call('portfolio:get', {}));
  }, 120_000);
  afterAll(async () => t.cleanup());

  describe('portfolio health on the demo agency', () => {
    it('shows a spread of bands across the agency', () => {
      const bands = new Set(folio.clients.map((c) => c.health.band));
      expect(bands.size).toBeGreaterThanOrEqual(3);
      expect(folio.today).toBe('2026-11-22');
      expect(folio.clients.every((c) => Number.isInteger(c.health.score) && c.health.score >= 0 && c.health.score <= 100)).toBe(true);
    });

    it('ranks the thriving marriage above the cooling one, for the reasons the stories give', async () => {
      const thriving = row('Hargreaves');
      const cooling = row('Lindford');
      expect(thriving.health.score).toBeGreaterThan(cooling.health.score);
      const h = expectOk(await t.dispatcher.call('health:get', { clientId: cooling.id }));
      const attention = h.factors.find((f) => f.key === 'attention')!;
      // The cooling story: no personal contact for 166 days against its own cadence.
      expect(attention.value).toBeLessThan(0.5);
      expect(attention.sentence.en).toContain('166');
      expect(attention.sentence.de).toContain('166');
      expect(h.reminders.map((r) => r.kind)).toContain('keep-in-touch');
    });

    it('puts the open Glasl 6 crisis into the friction factor and keeps the resolved one out', async () => {
      const crisis = row('Northgate');
      expect(crisis.openCrises).toBe(1);
      const h = expectOk(await t.dispatcher.call('health:get', { clientId: crisis.id }));
      const friction = h.factors.find((f) => f.key === 'friction')!;
      expect(friction.value).toBeLessThan(0.5);
      expect(friction.sentence.en).toMatch(/6/);
      expect(['at_risk', 'in_crisis', 'cooling']).toContain(h.band);
      // The repaired relationship's resolved Glasl 4 crisis no longer weighs.
      const repaired = expectOk(await t.dispatcher.call('health:get', { clientId: row('Greenmeadow').id }));
      expect(repaired.factors.find((f) => f.key === 'friction')!.value).toBe(1);
    });

    it('lets no open crisis at Glasl 5 or higher hide outside "in crisis", and names the driver on the row', async () => {
      const severe = folio.clients.filter((c) => (c.openCrisisStage ?? 0) >= 5);
      expect(severe.length).toBeGreaterThan(0);
      for (const c of severe) {
        expect(c.health.band, c.name).toBe('in_crisis');
        expect(c.health.score, c.name).toBeLessThanOrEqual(19);
      }
      for (const c of folio.clients) expect(c.health.score).toBeLessThanOrEqual(c.health.weightedScore);
      // Northgate (Nordlicht in German): Glasl 6, renewal in 85 days with 60 days' notice. The factors alone said
      // "cooling" (48); the primary driver is the crisis stage, the near renewal holds too.
      const northgate = row('Northgate');
      expect(northgate.health.weightedScore).toBeGreaterThanOrEqual(40);
      expect(northgate.health).toMatchObject({ score: 19, band: 'in_crisis', forcedBy: 'friction' });
      expect(northgate.health.rules).toEqual([
        { code: 'openCrisisGlasl', stage: 6, cap: 'in_crisis', maxScore: 19 },
        { code: 'renewalWithCrisis', days: 85, noticeDays: 60, windowDays: 150, stage: 6, cap: 'at_risk', maxScore: 39 },
      ]);
      // health:get tells the same story, and the friction factor carries the band.
      const h = expectOk(await t.dispatcher.call('health:get', { clientId: northgate.id }));
      expect({ score: h.score, band: h.band, rules: h.rules, weightedScore: h.weightedScore }).toEqual({
        score: northgate.health.score, band: northgate.health.band, rules: northgate.health.rules, weightedScore: northgate.health.weightedScore,
      });
      expect(h.factors.find((f) => f.key === 'friction')!.forcesBand).toBe('in_crisis');
      // Without an open crisis, no rule: the thriving marriage's score is its average.
      expect(row('Hargreaves').health.rules).toEqual([]);
      expect(row('Hargreaves').health.score).toBe(row('Hargreaves').health.weightedScore);
    });

    it('counts renewals down and explains every factor in both languages', async () => {
      for (const name of ['Lindford', 'Northgate', 'Aldridge']) {
        expect(row(name).reminders.map((r) => r.kind), name).toContain('renewal');
      }
      const h = expectOk(await t.dispatcher.call('health:get', { clientId: row('Hargreaves').id }));
      expect(h.factors).toHaveLength(5);
      for (const f of h.factors) {
        expect(f.sentence.en.length).toBeGreaterThan(10);
        expect(f.sentence.de.length).toBeGreaterThan(10);
      }
      expect(h.nevTrend).toHaveLength(12);
      // The thriving marriage with a handwritten card after a hard launch stands high on the ladder, and says why.
      expect(h.ladder.stage).toBeGreaterThanOrEqual(5);
      expect(h.ladder.reason.en.length).toBeGreaterThan(10);
      expect(h.ladder.reason.de.length).toBeGreaterThan(10);
      expect(h.nevTrend.some((m) => m.nev !== null)).toBe(true);
    });

    it('hides a snoozed reminder until the snooze runs out, and a done one for good', async () => {
      const c = row('Lindford');
      const renewal = c.reminders.find((r) => r.kind === 'renewal')!;
      const keep = c.reminders.find((r) => r.kind === 'keep-in-touch')!;
      expectOk(await t.dispatcher.call('reminders:snooze', { clientId: c.id, kind: 'renewal', on: renewal.on, until: '2026-11-29' }));
      expectOk(await t.dispatcher.call('reminders:done', { clientId: c.id, kind: 'keep-in-touch', on: keep.on }));
      const kinds = async () => expectOk(await t.dispatcher.call('health:get', { clientId: c.id })).reminders.map((r) => r.kind);
      expect(await kinds()).not.toContain('renewal');
      expect(await kinds()).not.toContain('keep-in-touch');
      // A week later the snooze has run out; done stays done.
      const later = new Date('2026-11-29T12:00:00');
      const saved = t.dispatcher.session.now;
      t.dispatcher.session.now = () => later;
      try {
        const after = expectOk(await t.dispatcher.call('portfolio:get', {})).clients.find((x) => x.id === c.id)!;
        expect(after.reminders.map((r) => r.kind)).toContain('renewal');
        expect(after.reminders.map((r) => r.kind)).not.toContain('keep-in-touch');
      } finally {
        t.dispatcher.session.now = saved;
      }
      const bad = await t.dispatcher.call('reminders:snooze', { clientId: 9999, kind: 'renewal', on: renewal.on, until: '2026-12-01' });
      expect(bad.ok ? 'ok' : bad.error.code).toBe('NOT_FOUND');
    });

    it('takes the factor weights from settings', async () => {
      const id = row('Northgate').id;
      const before = expectOk(await t.dispatcher.call('health:get', { clientId: id }));
      // Only friction counts: the open Glasl 6 crisis decides everything.
      expectOk(await t.dispatcher.call('settings:update', { healthWeights: { attention: 0, emotionalBalance: 0, friction: 100, appreciation: 0, responsiveness: 0 } }));
      const after = expectOk(await t.dispatcher.call('health:get', { clientId: id }));
      expect(after.score).toBeLessThan(before.score);
      expect(after.factors.find((f) => f.key === 'attention')!.weight).toBe(0);
      const none = await t.dispatcher.call('settings:update', { healthWeights: { attention: 0, emotionalBalance: 0, friction: 0, appreciation: 0, responsiveness: 0 } });
      expect(none.ok ? 'ok' : none.error.code).toBe('INVALID');
      expectOk(await t.dispatcher.call('settings:update', { healthWeights: Object.fromEntries(before.factors.map((f) => [f.key, f.weight])) as Record<(typeof before.factors)[number]['key'], number> }));
      expect(expectOk(await t.dispatcher.call('health:get', { clientId: id })).score).toBe(before.score);
    });

    it('answers NOT_FOUND for a missing client', async () => {
      const r = await t.dispatcher.call('health:get', { clientId: 9999 });
      expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    });
  });
});
