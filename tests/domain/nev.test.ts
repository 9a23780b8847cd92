import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/contract/reference.ts';
import { eventNev, nevTrend, pooledNev } from '../../src/domain/nev.ts';
import { REFERENCE, TODAY, ev } from './fixtures.ts';

describe('net emotional value per event', () => {
  it('is null, with all four clusters present and empty, when nothing was observed', () => {
    const nev = eventNev(ev.touchpoint(TODAY), REFERENCE);
    expect(nev.value).toBeNull();
    expect(nev.emotions).toBe(0);
    expect(nev.clusters.map((c) => [c.key, c.count, c.mass])).toEqual([
      ['advocacy', 0, 0],
      ['recommendation', 0, 0],
      ['attention', 0, 0],
      ['destroying', 0, 0],
    ]);
  });

  it('is +1 for only positive and -1 for only destroying emotions', () => {
    expect(eventNev(ev.touchpoint(TODAY, { emotions: [['happy', 1]] }), REFERENCE).value).toBe(1);
    expect(eventNev(ev.touchpoint(TODAY, { emotions: [['frustrated', 5], ['neglected', 2]] }), REFERENCE).value).toBe(-1);
  });

  it('weighs by cluster weight and intensity: (P - N) / (P + N)', () => {
    // happy 5: 3 × 5/5 = 3; frustrated 5: 2 × 5/5 = 2 → (3 - 2) / 5
    const a = eventNev(ev.touchpoint(TODAY, { emotions: [['happy', 5], ['frustrated', 5]] }), REFERENCE);
    expect(a.value).toBeCloseTo(0.2);
    expect(a.positive).toBeCloseTo(3);
    expect(a.negative).toBeCloseTo(2);
    // interested 5: 1; frustrated 5: 2 → -1/3: the same negative outweighs a merely attentive client
    expect(eventNev(ev.touchpoint(TODAY, { emotions: [['interested', 5], ['frustrated', 5]] }), REFERENCE).value).toBeCloseTo(-1 / 3);
    // trusting 4: 2 × 0.8 = 1.6; irritated 2: 2 × 0.4 = 0.8 → 0.8 / 2.4
    const b = eventNev(ev.touchpoint(TODAY, { emotions: [['trusting', 4], ['irritated', 2]] }), REFERENCE);
    expect(b.value).toBeCloseTo(1 / 3);
    expect(b.clusters.find((c) => c.key === 'recommendation')).toMatchObject({ count: 1, mass: 1.6 });
    expect(b.clusters.find((c) => c.key === 'destroying')).toMatchObject({ count: 1 });
  });

  it('reads weights and membership from the reference lists, not from code', () => {
    const e = ev.touchpoint(TODAY, { emotions: [['interested', 5], ['frustrated', 5]] });
    const heavierAttention: Reference = {
      ...REFERENCE,
      emotionClusters: REFERENCE.emotionClusters.map((c) => (c.key === 'attention' ? { ...c, weight: 2 } : c)),
    };
    expect(eventNev(e, heavierAttention).value).toBeCloseTo(0);
    const moved: Reference = {
      ...REFERENCE,
      emotions: REFERENCE.emotions.map((x) => (x.key === 'interested' ? { ...x, clusterKey: 'destroying' } : x)),
    };
    expect(eventNev(e, moved).value).toBe(-1);
  });

  it('ignores emotions no longer on the list and names them', () => {
    const nev = eventNev(ev.touchpoint(TODAY, { emotions: [['happy', 3], ['bored', 4]] }), REFERENCE);
    expect(nev.value).toBe(1);
    expect(nev.emotions).toBe(1);
    expect(nev.unknown).toEqual(['bored']);
  });

  it('pools masses over events, so a strongly felt event counts for more than a faint one', () => {
    const strong = ev.touchpoint(TODAY, { emotions: [['happy', 5]] }); // +3
    const faint = ev.touchpoint(TODAY, { emotions: [['irritated', 1]] }); // -0.4
    expect(pooledNev([strong, faint], REFERENCE).value).toBeCloseTo(2.6 / 3.4);
  });
});

describe('net emotional value trend', () => {
  const events = [
    ev.touchpoint('2025-12-10', { emotions: [['happy', 5]] }),
    ev.touchpoint('2026-01-20', { emotions: [['happy', 5]] }),
    ev.touchpoint('2026-03-05', { emotions: [['frustrated', 5]] }),
    ev.touchpoint('2026-03-25', { emotions: [] }),
    ev.touchpoint('2026-07-01', { emotions: [['frustrated', 5]] }), // after today: not yet
  ];

  it('gives one point per month ending with today, gaps as null, and a pooled rolling value', () => {
    const series = nevTrend(events, REFERENCE, { today: TODAY, months: 6, rollingMonths: 3 });
    expect(series.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(series.map((m) => m.value)).toEqual([1, null, -1, null, null, null]);
    expect(series.map((m) => m.events)).toEqual([1, 0, 1, 0, 0, 0]);
    // January rolls in December (before the series starts); March pools +3 and -2.
    expect(series.map((m) => (m.rolling === null ? null : Number(m.rolling.toFixed(2))))).toEqual([1, 1, 0.2, -1, -1, null]);
    expect(series[2]?.clusters.find((c) => c.key === 'destroying')?.count).toBe(1);
  });

  it('is a flat, empty series for an empty history', () => {
    const series = nevTrend([], REFERENCE, { today: TODAY });
    expect(series).toHaveLength(12);
    expect(series.every((m) => m.value === null && m.rolling === null && m.clusters.length === 4)).toBe(true);
  });
});
