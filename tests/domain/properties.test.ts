// Properties over arbitrary histories: the score is always a number in 0 … 100, and a personal
// touchpoint today never lowers the attention factor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/contract/events.ts';
import { addDays } from '../../src/domain/dates.ts';
import { computeHealth } from '../../src/domain/health/score.ts';
import { BAND_KEYS } from '../../src/domain/health/bands.ts';
import { pooledNev } from '../../src/domain/nev.ts';
import { dueReminders } from '../../src/domain/reminders/due.ts';
import { client, ev, REFERENCE } from './fixtures.ts';

const TODAY = '2026-06-15';
const day = fc.integer({ min: -900, max: 30 }).map((d) => addDays(TODAY, d));
const emotions = fc.uniqueArray(
  fc.record({
    key: fc.constantFrom(...REFERENCE.emotions.map((e) => e.key), 'bored'),
    intensity: fc.integer({ min: 1, max: 5 }),
  }),
  { maxLength: 5, selector: (e) => e.key },
);
const withEmotions = <E extends TimelineEvent>(e: E, em: { key: string; intensity: number }[]): E => ({ ...e, emotions: em });

const event: fc.Arbitrary<TimelineEvent> = fc.oneof(
  fc.tuple(day, fc.constantFrom('call', 'meeting', 'video', 'mail', 'message', 'visit', 'other' as const), fc.option(fc.double({ min: 0, max: 9000, noNaN: true })), emotions).map(
    ([on, channel, responseHours, em]) => withEmotions(ev.touchpoint(on, { channel, responseHours }), em),
  ),
  fc.tuple(day, fc.boolean(), fc.boolean(), fc.constantFrom('shown', 'received' as const), fc.constantFrom('Card', 'Lunch', 'Call')).map(
    ([on, isPersonal, isUnscheduled, direction, gesture]) => ev.appreciation(on, { isPersonal, isUnscheduled, direction, gesture }),
  ),
  fc.tuple(day, fc.integer({ min: 1, max: 9 }), fc.boolean(), emotions).map(([on, stage, resolved, em]) =>
    withEmotions(ev.crisis(on, stage, resolved ? { status: 'resolved', resolvedOn: on, resolution: 'Talked' } : {}), em),
  ),
  fc.tuple(day, fc.boolean()).map(([on, resolved]) =>
    ev.misunderstanding(on, resolved ? { status: 'resolved', resolvedOn: on, resolution: 'Cleared' } : {}),
  ),
  day.map((on) => ev.project(on)),
);

const cadence = fc.integer({ min: 1, max: 400 }).chain((ideal) => fc.tuple(fc.constant(ideal), fc.integer({ min: ideal, max: 900 })));
const theClient = fc.tuple(fc.integer({ min: -4000, max: 60 }), cadence).map(([d, [ideal, max]]) =>
  client({ since: addDays(TODAY, d), cadenceIdealDays: ideal, cadenceMaxDays: max, renewalDate: addDays(TODAY, d + 4000) }),
);
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true }));
const weights = fc.record({ attention: weight, emotionalBalance: weight, friction: weight, appreciation: weight, responsiveness: weight });

describe('health properties', () => {
  it('the score is always an integer within 0 … 100, never NaN, with finite factors', () => {
    fc.assert(
      fc.property(theClient, fc.array(event, { maxLength: 40 }), weights, (c, events, w) => {
        const h = computeHealth({ client: c, events, reference: REFERENCE, today: TODAY, weights: w });
        expect(Number.isInteger(h.score)).toBe(true);
        expect(h.score).toBeGreaterThanOrEqual(0);
        expect(h.score).toBeLessThanOrEqual(100);
        expect(BAND_KEYS).toContain(h.band);
        for (const f of h.factors) {
          expect(f.value).toBeGreaterThanOrEqual(0);
          expect(f.value).toBeLessThanOrEqual(1);
          expect(Number.isFinite(f.points)).toBe(true);
          expect(`${f.sentence.en} ${f.sentence.de}`).not.toMatch(/NaN|undefined|Infinity/);
        }
        const r = dueReminders({ client: c, events, today: TODAY });
        for (const x of r) expect(`${x.sentence.en} ${x.sentence.de}`).not.toMatch(/NaN|undefined|Infinity|null/);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a personal touchpoint today never lowers the attention factor', () => {
    fc.assert(
      fc.property(theClient, fc.array(event, { maxLength: 30 }), fc.constantFrom('call', 'meeting', 'video', 'visit' as const), (c, events, channel) => {
        const attention = (es: TimelineEvent[]) =>
          computeHealth({ client: c, events: es, reference: REFERENCE, today: TODAY }).factors.find((f) => f.key === 'attention')?.value ?? -1;
        const before = attention(events);
        const after = attention([...events, ev.touchpoint(TODAY, { channel })]);
        expect(after).toBeGreaterThanOrEqual(before);
        expect(after).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('NEV is always within -1 … +1 or null', () => {
    fc.assert(
      fc.property(fc.array(emotions, { maxLength: 10 }), (lists) => {
        const v = pooledNev(lists.map((em) => ({ emotions: em })), REFERENCE).value;
        if (v !== null) {
          expect(v).toBeGreaterThanOrEqual(-1);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
