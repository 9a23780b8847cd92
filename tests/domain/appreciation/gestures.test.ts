import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/contract/events.ts';
import { appreciationDue } from '../../../src/domain/appreciation/due.ts';
import { classifyGesture } from '../../../src/domain/appreciation/gestures.ts';
import { AppreciationRules, DEFAULT_APPRECIATION_RULES } from '../../../src/domain/appreciation/rules.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { client, ev, TODAY } from '../fixtures.ts';
import { factor, health } from '../health/helpers.ts';

const call = ev.touchpoint(addDays(TODAY, -5)); // keeps attention out of the way
const appreciation = (events: TimelineEvent[] = [call]) => factor(health(events, TODAY), 'appreciation');
const monthlyRoutine = () => [0, 30, 60, 90, 120, 150].map((d) => ev.routineGift(addDays(TODAY, -d - 1)));

describe('appreciation counts by what it was', () => {
  it('classifies gestures', () => {
    const none = new Set<number>();
    expect(classifyGesture(ev.appreciation(TODAY), none)).toBe('personal-unscheduled');
    expect(classifyGesture(ev.appreciation(TODAY, { isUnscheduled: false }), none)).toBe('personal-scheduled');
    expect(classifyGesture(ev.routineGift(TODAY), none)).toBe('routine');
    expect(classifyGesture(ev.appreciation(TODAY, { direction: 'received' }), none)).toBe('received');
    const card = ev.appreciation(TODAY);
    expect(classifyGesture(card, new Set([card.id]))).toBe('mass');
  });

  it('routine gifts do not lift appreciation, a personal unscheduled one does', () => {
    const nothing = appreciation();
    const two = appreciation([call, ...monthlyRoutine().slice(0, 2)]);
    const six = appreciation([call, ...monthlyRoutine()]);
    const personal = appreciation([call, ev.appreciation(addDays(TODAY, -7))]);
    expect(nothing.value).toBe(0);
    // six routine gifts count no more than two: they are capped together at 0.4 of a target of 2.
    expect(six.value).toBe(two.value);
    expect(six.value).toBeCloseTo(0.2);
    expect(personal.value).toBeCloseTo(0.5);
    expect(appreciation([call, ...monthlyRoutine(), ev.appreciation(addDays(TODAY, -7))]).value).toBeCloseTo(0.7);
    expect(six.sentence.en).toBe(
      '6 gestures in the last 180 days, 0 of them personal and unscheduled (worth 0.4 of the 2 real gestures that give full points). 6 routine gestures count for 0.4 at most.' +
        ' Nothing personal for over 7 years: appreciation is due (the limit is 90 days).',
    );
    expect(six.sentence.de).toBe(
      '6 Gesten in den letzten 180 Tagen, davon 0 persönlich und ungeplant (zählt wie 0,4 der 2 echten Gesten, die volle Punkte geben). 6 routinemäßige Gesten zählen höchstens 0,4.' +
        ' Seit über 7 Jahren nichts Persönliches: Wertschätzung ist fällig (die Grenze liegt bei 90 Tagen).',
    );
    expect(personal.sentence.en).toBe('1 gesture in the last 180 days, 1 of them personal and unscheduled (worth 1 of the 2 real gestures that give full points).');
  });

  it('counts a personal but expected gesture half, a received one not at all, and caps at the target', () => {
    expect(appreciation([call, ev.appreciation(addDays(TODAY, -7), { isUnscheduled: false })]).value).toBeCloseTo(0.25);
    expect(appreciation([call, ev.appreciation(addDays(TODAY, -7), { direction: 'received' })]).value).toBe(0);
    const many = [1, 2, 3, 4].map((d) => ev.appreciation(addDays(TODAY, -d)));
    expect(appreciation([call, ...many])).toMatchObject({ value: 1, measure: { amount: 4, unit: 'credit' } });
  });

  it('forgets gestures older than the window', () => {
    expect(appreciation([call, ev.appreciation(addDays(TODAY, -179))]).value).toBeCloseTo(0.5);
    expect(appreciation([call, ev.appreciation(addDays(TODAY, -180))]).value).toBe(0);
  });

  it('a flagged mass gesture counts for nothing, and the sentence says so', () => {
    const card = ev.appreciation(addDays(TODAY, -7), { gesture: 'Christmas card' });
    const f = factor(health([call, card], TODAY, { massGestureIds: [card.id] }), 'appreciation');
    expect(f.value).toBe(0);
    expect(f.sentence.en).toContain('1 was a mass gesture and does not count.');
    expect(f.sentence.de).toContain('1 war eine Massengeste und zählt nicht.');
  });

  it('rules are settings with a schema', () => {
    expect(AppreciationRules.parse(DEFAULT_APPRECIATION_RULES)).toEqual(DEFAULT_APPRECIATION_RULES);
    expect(AppreciationRules.safeParse({ ...DEFAULT_APPRECIATION_RULES, routine: 2 }).success).toBe(false);
    const generous = factor(health([call, ...monthlyRoutine()], TODAY, { params: { appreciation: { routineCap: 2 } } }), 'appreciation');
    expect(generous.value).toBeCloseTo(0.6);
  });
});

describe('appreciation due', () => {
  const since = client({ since: '2020-01-01' });

  it('is due the day after the configured number of days without a personal gesture', () => {
    const last = ev.appreciation('2026-03-01');
    expect(appreciationDue(since, [last], addDays('2026-03-01', 90), 90).due).toBe(false);
    const due = appreciationDue(since, [last], addDays('2026-03-01', 91), 90);
    expect(due).toMatchObject({ due: true, days: 91, last: '2026-03-01' });
    expect(due.sentence.en).toBe('Last personal gesture 91 days ago: appreciation is due (the limit is 90 days).');
    expect(due.sentence.de).toBe('Letzte persönliche Geste vor 91 Tagen: Wertschätzung ist fällig (die Grenze liegt bei 90 Tagen).');
    expect(appreciationDue(since, [last], addDays('2026-03-01', 40), 30).due).toBe(true);
  });

  it('is not reset by routine, received or mass gestures, nor due for a new client', () => {
    const last = ev.appreciation('2026-01-01');
    const card = ev.appreciation('2026-06-01', { gesture: 'Summer card' });
    const events = [last, ev.routineGift('2026-06-01'), ev.appreciation('2026-06-02', { direction: 'received' }), card];
    expect(appreciationDue(since, events, TODAY, 90).last).toBe('2026-06-01');
    expect(appreciationDue(since, events, TODAY, 90, new Set([card.id]))).toMatchObject({ last: '2026-01-01', due: true });
    const fresh = appreciationDue(client({ since: '2026-05-01' }), [], TODAY, 90);
    expect(fresh).toMatchObject({ last: null, days: 45, due: false });
    expect(fresh.sentence.en).toBe('No personal gesture since the start 45 days ago.');
  });
});
