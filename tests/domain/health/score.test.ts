import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates.ts';
import { bandFor, BANDS } from '../../../src/domain/health/bands.ts';
import type { HealthFactor } from '../../../src/domain/health/factor.ts';
import { DEFAULT_HEALTH_PARAMS, HealthParams } from '../../../src/domain/health/params.ts';
import { DEFAULT_HEALTH_WEIGHTS, FACTOR_KEYS, HealthWeights } from '../../../src/domain/health/weights.ts';
import { num, signed, spanDe, spanEn } from '../../../src/domain/text.ts';
import { client, ev, goodHistory, TODAY } from '../fixtures.ts';
import { factor, health } from './helpers.ts';

/** The number a factor talks about, as each language prints it. */
function printed(f: HealthFactor, locale: 'en' | 'de'): string | null {
  const { amount, unit } = f.measure;
  if (amount === null) return null;
  if (unit === 'nev') return signed(amount, locale);
  if (unit === 'credit' || unit === 'hours') return num(amount, locale);
  // Days are said as people read them ("over 7 years"), the amount stays in the data.
  if (unit === 'days' && amount === 0) return locale === 'en' ? 'today' : 'heute';
  if (unit === 'days') return locale === 'en' ? spanEn(amount) : spanDe(amount, true);
  return String(amount);
}

function expectExplained(factors: HealthFactor[]) {
  expect(factors.map((f) => f.key)).toEqual([...FACTOR_KEYS]);
  for (const f of factors) {
    expect(f.sentence.en.length, f.key).toBeGreaterThan(10);
    expect(f.sentence.de.length, f.key).toBeGreaterThan(10);
    expect(f.sentence.en).not.toBe(f.sentence.de);
    for (const text of [f.sentence.en, f.sentence.de]) expect(text).not.toMatch(/NaN|undefined|null|Infinity/);
    const en = printed(f, 'en');
    const de = printed(f, 'de');
    if (en !== null && de !== null) {
      expect(f.sentence.en, f.key).toContain(en);
      expect(f.sentence.de, f.key).toContain(de);
    } else {
      expect(f.noData, f.key).toBe(true);
      expect(f.sentence.en).toContain(num(DEFAULT_HEALTH_PARAMS.noDataValue, 'en'));
      expect(f.sentence.de).toContain(num(DEFAULT_HEALTH_PARAMS.noDataValue, 'de'));
    }
    expect(Number.isFinite(f.value) && f.value >= 0 && f.value <= 1).toBe(true);
    expect(Number.isFinite(f.points)).toBe(true);
  }
}

describe('health score', () => {
  it('a new client with no events gets a sensible, explained result', () => {
    const h = health([], '2026-06-15', { client: client({ since: '2026-06-15' }) });
    expect(h).toMatchObject({ score: 76, band: 'steady', forcedBy: null });
    expect(h.bandLabel).toEqual({ en: 'steady', de: 'stabil' });
    expectExplained(h.factors);
    expect(factor(h, 'attention').sentence.en).toBe('No personal contact yet; the relationship begins today; your cadence is every 30 days.');
    expect(factor(h, 'emotionalBalance')).toMatchObject({ noData: true, value: 0.4 });
    expect(factor(h, 'appreciation')).toMatchObject({ noData: true, value: 0.4 });
    expect(factor(h, 'appreciation').sentence.en).toContain('too early to expect more');
  });

  it('an old client with an empty ledger is explained too, and has cooled', () => {
    const h = health([], TODAY);
    expectExplained(h.factors);
    expect(factor(h, 'attention').measure.amount).toBe(2663);
    expect(factor(h, 'appreciation')).toMatchObject({ value: 0, noData: false });
    expect(factor(h, 'appreciation').sentence.en).toContain('appreciation is due (the limit is 90 days)');
    expect(h.band).toBe('at_risk');
  });

  it('every factor sentence exists in English and German and contains its number', () => {
    const histories = [
      goodHistory(),
      [
        ...goodHistory(),
        ev.crisis(addDays(TODAY, -50), 3),
        ev.misunderstanding(addDays(TODAY, -9)),
        ev.touchpoint(addDays(TODAY, -5), { emotions: [['frustrated', 4], ['happy', 2]], responseHours: 50 }),
        ev.routineGift(addDays(TODAY, -3)),
        ev.routineGift(addDays(TODAY, -2)),
        ev.routineGift(addDays(TODAY, -1)),
      ],
      [ev.touchpoint(addDays(TODAY, -1), { emotions: [['irritated', 3]], responseHours: 0.5 })],
    ];
    for (const events of histories) {
      const h = health(events, TODAY);
      expectExplained(h.factors);
    }
    const tense = health(histories[1] ?? [], TODAY);
    expect(factor(tense, 'emotionalBalance').sentence.en).toMatch(/falling: [+-]\d\.\d\d in the last 90 days against \+1\.00 before/);
    expect(factor(tense, 'emotionalBalance').sentence.de).toMatch(/fallend: [+-]\d,\d\d in den letzten 90 Tagen gegenüber \+1,00 davor/);
    expect(factor(tense, 'responsiveness').sentence.en).toBe(
      'Median answer time 3.5 hours over 4 answers in the last 180 days; the target is 24 hours.',
    );
    expect(factor(tense, 'responsiveness').sentence.de).toBe(
      'Antwortzeit im Median 3,5 Stunden bei 4 Antworten in den letzten 180 Tagen; Ziel sind 24 Stunden.',
    );
  });

  it('points add up to the score, each factor weighted by its setting', () => {
    const h = health(goodHistory(), addDays(TODAY, 40));
    const sum = h.factors.reduce((s, f) => s + f.points, 0);
    expect(Math.abs(sum - h.score)).toBeLessThanOrEqual(0.6);
    for (const f of h.factors) expect(f.weight).toBe(DEFAULT_HEALTH_WEIGHTS[f.key]);
  });

  it('weights change the score', () => {
    const events = goodHistory();
    const today = addDays(TODAY, 64); // attention low, everything else good
    const byDefault = health(events, today).score;
    const attentionOnly = health(events, today, {
      weights: { attention: 100, emotionalBalance: 0, friction: 0, appreciation: 0, responsiveness: 0 },
    });
    const noAttention = health(events, today, {
      weights: { ...DEFAULT_HEALTH_WEIGHTS, attention: 0 },
    });
    expect(attentionOnly.score).toBeLessThan(byDefault);
    expect(noAttention.score).toBeGreaterThan(byDefault);
    expect(factor(attentionOnly, 'friction').points).toBe(0);
    expect(attentionOnly.score).toBe(Math.round(factor(attentionOnly, 'attention').value * 100));
    // Only ratios matter: doubling every weight changes nothing.
    const doubled = Object.fromEntries(FACTOR_KEYS.map((k) => [k, DEFAULT_HEALTH_WEIGHTS[k] * 2])) as typeof DEFAULT_HEALTH_WEIGHTS;
    expect(health(events, today, { weights: doubled }).score).toBe(byDefault);
  });

  it('survives all-zero weights from an unchecked caller by counting factors equally', () => {
    const zero = { attention: 0, emotionalBalance: 0, friction: 0, appreciation: 0, responsiveness: 0 };
    const h = health(goodHistory(), TODAY, { weights: zero });
    expect(h.score).toBe(100);
    expect(h.factors.every((f) => f.weight === 1)).toBe(true);
  });

  it('validates weights and params with zod, defaults included', () => {
    expect(HealthWeights.parse(DEFAULT_HEALTH_WEIGHTS)).toEqual(DEFAULT_HEALTH_WEIGHTS);
    expect(HealthParams.parse(DEFAULT_HEALTH_PARAMS)).toEqual(DEFAULT_HEALTH_PARAMS);
    expect(HealthWeights.safeParse({ ...DEFAULT_HEALTH_WEIGHTS, friction: -1 }).success).toBe(false);
    expect(HealthWeights.safeParse({ attention: 0, emotionalBalance: 0, friction: 0, appreciation: 0, responsiveness: 0 }).success).toBe(false);
    expect(HealthWeights.safeParse({ ...DEFAULT_HEALTH_WEIGHTS, mood: 3 }).success).toBe(false);
  });

  it('ignores events dated after today', () => {
    const future = [ev.crisis(addDays(TODAY, 3), 9), ev.touchpoint(addDays(TODAY, 1), { emotions: [['frustrated', 5]] })];
    expect(health([...goodHistory(), ...future], TODAY)).toEqual(health(goodHistory(), TODAY));
  });
});

describe('bands', () => {
  it('have documented, inclusive lower bounds', () => {
    expect(BANDS.map((b) => [b.key, b.min])).toEqual([
      ['thriving', 80],
      ['steady', 60],
      ['cooling', 40],
      ['at_risk', 20],
      ['in_crisis', 0],
    ]);
    expect([100, 80, 79, 60, 59, 40, 39, 20, 19, 0].map(bandFor)).toEqual([
      'thriving',
      'thriving',
      'steady',
      'steady',
      'cooling',
      'cooling',
      'at_risk',
      'at_risk',
      'in_crisis',
      'in_crisis',
    ]);
  });
});

describe('emotional balance and responsiveness', () => {
  it('maps the window’s NEV onto 0 … 1 and names it', () => {
    const events = [ev.touchpoint(addDays(TODAY, -3), { emotions: [['happy', 5], ['frustrated', 5]] })];
    const f = factor(health(events, TODAY), 'emotionalBalance');
    expect(f.value).toBeCloseTo((0.2 + 1) / 2);
    expect(f.sentence.en).toBe('Net emotional value +0.20 over the last 180 days (2 emotions at 1 event).');
    expect(f.sentence.de).toBe('Emotionaler Nettowert +0,20 in den letzten 180 Tagen (2 Emotionen bei 1 Ereignis).');
    const old = [ev.touchpoint(addDays(TODAY, -180), { emotions: [['happy', 5]] })];
    expect(factor(health(old, TODAY), 'emotionalBalance').noData).toBe(true);
    expect(factor(health(old, addDays(TODAY, -1)), 'emotionalBalance').noData).toBe(false);
  });

  it('scores the median answer time against the target', () => {
    const times = (hs: number[]) => hs.map((h, i) => ev.touchpoint(addDays(TODAY, -i - 1), { responseHours: h, channel: 'mail' }));
    expect(factor(health(times([2, 30, 24]), TODAY), 'responsiveness').value).toBe(1);
    expect(factor(health(times([96]), TODAY), 'responsiveness').value).toBeCloseTo(0.5);
    expect(factor(health(times([200, 500, 1]), TODAY), 'responsiveness').value).toBe(0);
    expect(factor(health(times([200, 500, 1]), TODAY), 'responsiveness').sentence.en).toContain('Median answer time 200 hours over 3 answers');
    expect(factor(health([], TODAY), 'responsiveness').noData).toBe(true);
  });
});
