import { describe, expect, it } from 'vitest';
import { appreciationLadder } from '../../../src/domain/appreciation/ladder.ts';
import { addDays } from '../../../src/domain/dates.ts';
import type { TimelineEvent } from '../../../src/contract/events.ts';
import { client, ev, REFERENCE, TODAY } from '../fixtures.ts';

const ladder = (events: TimelineEvent[], over: { since?: string; mass?: number[] } = {}) =>
  appreciationLadder({
    client: client(over.since ? { since: over.since } : {}),
    events,
    reference: REFERENCE,
    today: TODAY,
    massGestureIds: new Set(over.mass ?? []),
  });

const listened = ev.touchpoint(addDays(TODAY, -10), { emotions: [['interested', 3]] });

describe('appreciation ladder', () => {
  it('starts at stage 1 for an empty history, and says what stage 2 needs', () => {
    const l = ladder([]);
    expect(l).toMatchObject({ stage: 1, key: 'attention', label: { en: 'Attention', de: 'Aufmerksamkeit & Beachtung' }, recorded: null });
    expect(l.reason.en).toBe('Every relationship starts here: the client is noticed.');
    expect(l.next).toMatchObject({ stage: 2, key: 'mindfulness' });
    expect(l.next?.needs.en).toBe('Record how the client feels at a touchpoint; none in the last 180 days.');
  });

  it('climbs with evidence: listening, respect, recognition', () => {
    expect(ladder([listened]).stage).toBe(3);
    expect(ladder([listened]).next?.needs.de).toBe('Zeigen Sie Wertschätzung: keine Geste in den letzten 180 Tagen.');
    expect(ladder([listened, ev.routineGift(addDays(TODAY, -3))]).stage).toBe(4);
  });

  it('routine gifts never reach stage 5; a personal, unscheduled gesture does', () => {
    const routine = [30, 60, 90, 120].map((d) => ev.routineGift(addDays(TODAY, -d)));
    const l = ladder([listened, ...routine]);
    expect(l.stage).toBe(4);
    expect(l.reason.en).toBe('4 gestures of appreciation in the last 180 days.');
    expect(l.next?.needs.en).toBe('A personal, unscheduled thank-you; the 4 routine or expected gestures do not reach this stage.');
    const personal = ladder([listened, ...routine, ev.appreciation(addDays(TODAY, -5), { emotions: [['frustrated', 1]] })]);
    expect(personal.stage).toBe(5);
    expect(personal.reason.de).toBe('1 persönliche, ungeplante Geste in den letzten 180 Tagen.');
  });

  it('a mass gesture does not count as recognition', () => {
    const card = ev.appreciation(addDays(TODAY, -5), { gesture: 'Christmas card' });
    expect(ladder([listened, card], { since: '2026-01-01' }).stage).toBe(6);
    const l = ladder([listened, card], { since: '2026-01-01', mass: [card.id] });
    expect(l.stage).toBe(3);
    expect(l.next?.needs.en).toBe('Show appreciation: no gesture in the last 180 days (mass gestures do not count).');
  });

  it('an open misunderstanding left longer than 30 days blocks respect and everything above it', () => {
    const stale = ev.misunderstanding(addDays(TODAY, -45));
    const l = ladder([listened, ev.appreciation(addDays(TODAY, -2)), stale]);
    expect(l.stage).toBe(2);
    expect(l.next?.needs.en).toBe('Clear up the misunderstanding open for 45 days.');
    expect(ladder([listened, ev.appreciation(addDays(TODAY, -2)), ev.misunderstanding(addDays(TODAY, -30))]).stage).toBeGreaterThan(2);
  });

  it('reaches trust with a warm NEV and no open crisis, and bond when the client reciprocates after a year', () => {
    const warm = [listened, ev.touchpoint(addDays(TODAY, -4), { emotions: [['trusting', 4]] }), ev.appreciation(addDays(TODAY, -2))];
    expect(ladder(warm, { since: '2026-01-01' }).stage).toBe(6);
    expect(ladder([...warm, ev.crisis(addDays(TODAY, -3), 2)]).stage).toBe(5);
    const reciprocated = [...warm, ev.appreciation(addDays(TODAY, -1), { direction: 'received' })];
    expect(ladder(reciprocated, { since: '2026-01-01' }).stage).toBe(6); // not yet a year
    const bond = ladder(reciprocated, { since: '2020-01-01' });
    expect(bond).toMatchObject({ stage: 7, key: 'bond', next: null });
    expect(bond.reason.en).toBe('6 years together, and the client shows appreciation too (1 in the last 180 days).');
    expect(bond.reason.de).toBe('6 Jahre zusammen, und der Kunde zeigt ebenfalls Wertschätzung (1 in den letzten 180 Tagen).');
  });

  it('reports the stage a consultant recorded beside the inferred one', () => {
    const l = ladder([
      ev.appreciation(addDays(TODAY, -90), { ladderStage: 4 }),
      ev.appreciation(addDays(TODAY, -20), { ladderStage: 6 }),
      ev.appreciation(addDays(TODAY, -2), { ladderStage: null }),
    ]);
    expect(l.recorded).toEqual({ stage: 6, on: addDays(TODAY, -20) });
    expect(l.stage).toBe(1);
  });
});
