// Severe signals (src/domain/health/rules.ts): an open crisis at a high Glasl stage, or one open while the
// renewal is near, caps the weighted score into a band whatever the average, and says so as data.
import { describe, expect, it } from 'vitest';
import { HealthRule, HealthSummary } from '../../../src/contract/health.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { bandFor, bandMax } from '../../../src/domain/health/bands.ts';
import { client, ev, goodHistory, TODAY } from '../fixtures.ts';
import { factor, health } from './helpers.ts';

const crisisAt = (stage: number, over: Parameters<typeof ev.crisis>[2] = {}) => ev.crisis(addDays(TODAY, -10), stage, over);
const renewingIn = (days: number, noticeDays: number | null = null) => client({ renewalDate: addDays(TODAY, days), noticeDays });

describe('severe signals', () => {
  it('a good history without a crisis: no rule, the score is the weighted average', () => {
    const h = health(goodHistory(), TODAY, { client: renewingIn(30, 60) });
    expect(h.rules).toEqual([]);
    expect(h.score).toBe(h.weightedScore);
    expect(h.band).toBe('thriving');
    expect(h.forcedBy).toBeNull();
  });

  it('an open crisis at Glasl 5 or higher caps the score into "in crisis", whatever the average', () => {
    for (const stage of [5, 6, 9]) {
      const h = health([...goodHistory(), crisisAt(stage)], TODAY);
      expect(h.rules, `stage ${stage}`).toEqual([{ code: 'openCrisisGlasl', stage, cap: 'in_crisis', maxScore: 19 }]);
      expect(h.weightedScore, `stage ${stage}`).toBeGreaterThan(19);
      expect(h.score).toBe(19);
      expect(h.band).toBe('in_crisis');
      expect(h.forcedBy).toBe('friction');
      expect(factor(h, 'friction').forcesBand).toBe('in_crisis');
    }
  });

  it('an open crisis at Glasl 3 or 4 caps the score at "at risk"; Glasl 1–2 caps nothing', () => {
    for (const stage of [3, 4]) {
      const h = health([...goodHistory(), crisisAt(stage)], TODAY);
      expect(h.rules).toEqual([{ code: 'openCrisisGlasl', stage, cap: 'at_risk', maxScore: 39 }]);
      expect(h.score).toBe(39);
      expect(h.band).toBe('at_risk');
      expect(factor(h, 'friction').forcesBand).toBe('at_risk');
    }
    for (const stage of [1, 2]) {
      const h = health([...goodHistory(), crisisAt(stage)], TODAY);
      expect(h.rules, `stage ${stage}`).toEqual([]);
      expect(h.score).toBe(h.weightedScore);
      expect(h.score).toBeGreaterThan(39);
    }
  });

  it('the highest open stage counts; a resolved or a future crisis triggers nothing', () => {
    const resolved = crisisAt(8, { status: 'resolved', resolvedOn: addDays(TODAY, -1), resolution: 'Mediation' });
    expect(health([...goodHistory(), resolved], TODAY).rules).toEqual([]);
    expect(health([...goodHistory(), resolved, crisisAt(2), crisisAt(4)], TODAY).rules).toEqual([
      { code: 'openCrisisGlasl', stage: 4, cap: 'at_risk', maxScore: 39 },
    ]);
    expect(health([...goodHistory(), ev.crisis(addDays(TODAY, 3), 9)], TODAY).rules).toEqual([]);
  });

  it('a renewal within the notice period plus 90 days, with a crisis open, caps at "at risk"', () => {
    // 85 days to the renewal, 60 days' notice: the last day to give notice is 25 days away.
    const h = health([...goodHistory(), crisisAt(2)], TODAY, { client: renewingIn(85, 60) });
    expect(h.rules).toEqual([{ code: 'renewalWithCrisis', days: 85, noticeDays: 60, windowDays: 150, stage: 2, cap: 'at_risk', maxScore: 39 }]);
    expect(h.score).toBe(39);
    expect(h.band).toBe('at_risk');
    // The window's edges: notice period + 90 days, or 90 days without a notice period; today counts, a passed renewal not.
    const codes = (days: number, notice: number | null) => health([...goodHistory(), crisisAt(2)], TODAY, { client: renewingIn(days, notice) }).rules.map((r) => r.code);
    expect(codes(150, 60)).toEqual(['renewalWithCrisis']);
    expect(codes(151, 60)).toEqual([]);
    expect(codes(90, null)).toEqual(['renewalWithCrisis']);
    expect(codes(91, null)).toEqual([]);
    expect(codes(0, null)).toEqual(['renewalWithCrisis']);
    expect(codes(-1, 60)).toEqual([]);
    expect(health([...goodHistory(), crisisAt(2)], TODAY, { client: renewingIn(91, null), params: { renewalCrisisLeadDays: 120 } }).rules).toHaveLength(1);
  });

  it('a near renewal alone, or with the crisis resolved, caps nothing', () => {
    expect(health(goodHistory(), TODAY, { client: renewingIn(20, 30) }).rules).toEqual([]);
    const resolved = crisisAt(6, { status: 'resolved', resolvedOn: addDays(TODAY, -1), resolution: 'Workshop' });
    const h = health([...goodHistory(), resolved], TODAY, { client: renewingIn(20, 30) });
    expect(h.rules).toEqual([]);
    expect(h.score).toBe(h.weightedScore);
  });

  it('both rules: the strongest cap first (the primary driver), the renewal after it', () => {
    const h = health([...goodHistory(), crisisAt(6)], TODAY, { client: renewingIn(85, 60) });
    expect(h.rules).toEqual([
      { code: 'openCrisisGlasl', stage: 6, cap: 'in_crisis', maxScore: 19 },
      { code: 'renewalWithCrisis', days: 85, noticeDays: 60, windowDays: 150, stage: 6, cap: 'at_risk', maxScore: 39 },
    ]);
    expect(h.score).toBe(19);
    // Equal caps: the Glasl stage first.
    const four = health([...goodHistory(), crisisAt(4)], TODAY, { client: renewingIn(10) });
    expect(four.rules.map((r) => r.code)).toEqual(['openCrisisGlasl', 'renewalWithCrisis']);
  });

  it('a rule that holds but does not bind leaves the lower score alone and forces nothing', () => {
    // An old client nobody has recorded: the average is already "at risk" or lower.
    const h = health([crisisAt(3)], TODAY, { client: renewingIn(40, 30) });
    expect(h.weightedScore).toBeLessThanOrEqual(39);
    expect(h.rules.map((r) => r.code)).toEqual(['openCrisisGlasl', 'renewalWithCrisis']);
    expect(h.score).toBe(h.weightedScore);
    expect(h.forcedBy).toBeNull();
    expect(factor(h, 'friction').forcesBand).toBeUndefined();
  });

  it('score and band always agree, and the rules travel through the contract', () => {
    for (const stage of [1, 3, 5, 7]) {
      const h = health([...goodHistory(), crisisAt(stage)], TODAY, { client: renewingIn(50, 30) });
      expect(h.band).toBe(bandFor(h.score));
      for (const r of h.rules) {
        expect(HealthRule.parse(r)).toEqual(r);
        expect(r.maxScore).toBe(bandMax(r.cap));
      }
      const summary = { score: h.score, band: h.band, bandLabel: h.bandLabel, forcedBy: h.forcedBy, weightedScore: h.weightedScore, rules: h.rules };
      expect(HealthSummary.parse(summary)).toEqual(summary);
    }
    expect(HealthRule.safeParse({ code: 'openCrisisGlasl', stage: 6, cap: 'in_crisis', maxScore: 19, sentence: 'x' }).success).toBe(false);
    expect(HealthRule.safeParse({ code: 'mood', stage: 6, cap: 'in_crisis', maxScore: 19 }).success).toBe(false);
    expect([bandMax('thriving'), bandMax('steady'), bandMax('cooling'), bandMax('at_risk'), bandMax('in_crisis')]).toEqual([100, 79, 59, 39, 19]);
  });
});
