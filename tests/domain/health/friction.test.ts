import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates.ts';
import { ev, goodHistory, TODAY } from '../fixtures.ts';
import { factor, health } from './helpers.ts';

describe('friction', () => {
  it('is full without open issues and says so with the count', () => {
    const f = factor(health(goodHistory(), TODAY), 'friction');
    expect(f.value).toBe(1);
    expect(f.sentence.en).toBe('0 open issues: no crisis, no misunderstanding.');
    expect(f.sentence.de).toBe('0 offene Themen: keine Krise, kein Missverständnis.');
  });

  it('an open crisis weighs by its Glasl stage and its age', () => {
    const value = (stage: number, age: number) =>
      factor(health([...goodHistory(), ev.crisis(addDays(TODAY, -age), stage)], TODAY), 'friction').value;
    expect(value(2, 0)).toBeCloseTo(1 - 2 / 8);
    expect(value(4, 0)).toBeCloseTo(0.5);
    expect(value(5, 10)).toBeLessThan(value(2, 10));
    expect(value(3, 80)).toBeLessThan(value(3, 10));
    expect(value(3, 90)).toBeCloseTo(1 - (3 / 8) * 1.5); // the full age weight after 90 days …
    expect(value(3, 400)).toBeCloseTo(value(3, 90)); // … and no more after that
    expect(value(8, 0)).toBe(0);
    const s = factor(health([ev.crisis(addDays(TODAY, -45), 4)], TODAY), 'friction').sentence;
    expect(s.en).toBe('1 open issue: a crisis at Glasl stage 4 (Stage 4 en), open for 45 days.');
    expect(s.de).toBe('1 offenes Thema: eine Krise auf Glasl-Stufe 4 (Stufe 4 de), seit 45 Tagen offen.');
  });

  it('a resolved crisis stops weighing, and stays visible as proof of repair', () => {
    const open = ev.crisis(addDays(TODAY, -30), 5);
    const resolved = { ...open, status: 'resolved' as const, resolvedOn: addDays(TODAY, -5), resolution: 'Talked it through' };
    const without = health(goodHistory(), TODAY);
    const withOpen = health([...goodHistory(), open], TODAY);
    const withResolved = health([...goodHistory(), resolved], TODAY);
    expect(withOpen.score).toBeLessThan(without.score);
    expect(withResolved.score).toBe(without.score);
    expect(factor(withResolved, 'friction').value).toBe(1);
    expect(factor(withResolved, 'friction').sentence.en).toBe(
      '0 open issues: no crisis, no misunderstanding. 1 resolved crisis no longer weighs.',
    );
    expect(factor(withResolved, 'friction').sentence.de).toBe(
      '0 offene Themen: keine Krise, kein Missverständnis. 1 gelöste Krise zählt nicht mehr.',
    );
  });

  it('open misunderstandings weigh a little, resolved ones not at all', () => {
    const mis = ev.misunderstanding(addDays(TODAY, -12));
    const f = factor(health([mis, ev.misunderstanding(addDays(TODAY, -3))], TODAY), 'friction');
    expect(f.value).toBeCloseTo(1 - 0.1 * (1 + (0.5 * 12) / 90) - 0.1 * (1 + (0.5 * 3) / 90));
    expect(f.sentence.en).toBe('2 open issues: 2 misunderstandings, the oldest open for 12 days.');
    const done = { ...mis, status: 'resolved' as const, resolvedOn: TODAY, resolution: 'Cleared' };
    expect(factor(health([done], TODAY), 'friction').value).toBe(1);
  });

  it('an open crisis at Glasl stage 5 or higher: friction carries the capped band, the rule has the sentence (rules.test.ts)', () => {
    const h = health([...goodHistory(), ev.crisis(addDays(TODAY, -2), 7)], TODAY);
    expect(h.weightedScore).toBeGreaterThanOrEqual(60);
    expect(h.score).toBe(19);
    expect(h.band).toBe('in_crisis');
    expect(h.forcedBy).toBe('friction');
    const f = factor(h, 'friction');
    expect(f.forcesBand).toBe('in_crisis');
    // The factor weighs and names the crisis; why it caps the score is the rule's sentence, at the edge.
    expect(f.sentence.en).toBe('1 open issue: a crisis at Glasl stage 7 (Stage 7 en), open for 2 days.');
    expect(factor(health([...goodHistory(), ev.crisis(addDays(TODAY, -2), 2)], TODAY), 'friction').forcesBand).toBeUndefined();
    const resolved = health(
      [...goodHistory(), ev.crisis(addDays(TODAY, -20), 8, { status: 'resolved', resolvedOn: TODAY, resolution: 'Mediation' })],
      TODAY,
    );
    expect(resolved.band).toBe('thriving');
  });

  it('the capping stages are parameters', () => {
    const h = health([...goodHistory(), ev.crisis(TODAY, 5)], TODAY, { params: { crisisBandStage: 7 } });
    expect(h.band).toBe('at_risk');
    expect(h.rules).toEqual([{ code: 'openCrisisGlasl', stage: 5, cap: 'at_risk', maxScore: 39 }]);
    const none = health([...goodHistory(), ev.crisis(TODAY, 5)], TODAY, { params: { crisisBandStage: 7, crisisAtRiskStage: 6 } });
    expect(none.rules).toEqual([]);
    expect(none.score).toBe(none.weightedScore);
  });
});
