import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/contract/events.ts';
import { addDays } from '../../../src/domain/dates.ts';
import { attentionValue } from '../../../src/domain/health/factors/attention.ts';
import { client, ev, goodHistory } from '../fixtures.ts';
import { factor, health } from './helpers.ts';

const BASE = '2026-01-15';

describe('attention against the client’s own cadence', () => {
  it('a neglected client cools: the score falls, the band moves and the sentence names days and cadence', () => {
    const events = goodHistory(BASE); // last personal contact 10 days before BASE
    const at = (d: number) => health(events, addDays(BASE, d));
    const fresh = at(0);
    const neglected = at(64); // 74 days without personal contact
    const longer = at(120);
    const forgotten = at(240);
    expect(fresh).toMatchObject({ score: 100, band: 'thriving' });
    expect(neglected.score).toBeLessThan(fresh.score);
    expect(neglected.band).toBe('steady');
    expect(longer.score).toBeLessThan(neglected.score);
    expect(longer.band).toBe('cooling');
    expect(forgotten.score).toBeLessThan(longer.score);
    expect(forgotten.band).toBe('at_risk');

    const a = factor(neglected, 'attention');
    expect(a.measure).toEqual({ amount: 74, unit: 'days' });
    expect(a.sentence.en).toBe('No personal contact for 74 days; your cadence is every 30 days, at the latest after 60.');
    expect(a.sentence.de).toBe('Kein persönlicher Kontakt seit 74 Tagen; Ihr Rhythmus ist alle 30 Tage, spätestens nach 60.');
    expect(factor(fresh, 'attention').sentence.en).toBe('Last personal contact 10 days ago; your cadence is every 30 days.');
  });

  it('is full up to the ideal day, half at the maximum, below half the day after, zero at twice the maximum', () => {
    const last = '2026-01-01';
    const events = [ev.touchpoint(last, { channel: 'visit' })];
    const value = (days: number) => factor(health(events, addDays(last, days)), 'attention').value;
    expect(value(0)).toBe(1);
    expect(value(30)).toBe(1); // exactly at the ideal
    expect(value(31)).toBeLessThan(1);
    expect(value(60)).toBe(0.5); // exactly at the maximum
    expect(value(61)).toBeLessThan(0.5); // max + 1
    expect(value(61)).toBeGreaterThan(0.49);
    expect(value(120)).toBe(0);
    expect(value(500)).toBe(0);
    expect(attentionValue(45, 30, 60)).toBeCloseTo(0.75);
    expect(attentionValue(5, 30, 30)).toBe(1);
    expect(attentionValue(31, 30, 30)).toBeLessThan(0.5);
  });

  it('counts only real personal contact: a mail, a received gesture or a planned call do not reset it', () => {
    const base: TimelineEvent[] = [ev.touchpoint('2026-04-01', { channel: 'meeting' })];
    const today = '2026-06-15';
    const days = (events = base) => factor(health(events, today), 'attention').measure.amount;
    expect(days()).toBe(75);
    expect(days([...base, ev.touchpoint('2026-06-10', { channel: 'mail' })])).toBe(75);
    expect(days([...base, ev.appreciation('2026-06-10', { direction: 'received' })])).toBe(75);
    expect(days([...base, ev.routineGift('2026-06-10')])).toBe(75);
    expect(days([...base, ev.touchpoint('2026-06-20', { channel: 'call' })])).toBe(75); // planned, not yet
    expect(days([...base, ev.touchpoint('2026-06-10', { channel: 'video' })])).toBe(5);
    expect(days([...base, ev.appreciation('2026-06-12')])).toBe(3);
  });

  it('does not let a mass gesture count as personal contact', () => {
    const card = ev.appreciation('2026-06-10', { gesture: 'Christmas card' });
    const events = [ev.touchpoint('2026-04-01'), card];
    expect(factor(health(events, '2026-06-15'), 'attention').measure.amount).toBe(5);
    expect(factor(health(events, '2026-06-15', { massGestureIds: [card.id] }), 'attention').measure.amount).toBe(75);
  });

  it('counts from the start when there has been no contact, and uses the list row’s last contact beyond the window', () => {
    const young = client({ since: '2026-06-01' });
    const a = factor(health([], '2026-06-15', { client: young }), 'attention');
    expect(a).toMatchObject({ value: 1, measure: { amount: 14 } });
    expect(a.sentence.en).toBe('No personal contact recorded since the start 14 days ago; your cadence is every 30 days.');
    expect(a.sentence.de).toBe('Noch kein persönlicher Kontakt seit Beginn vor 14 Tagen; Ihr Rhythmus ist alle 30 Tage.');
    const summary = { ...client(), eventCount: 40, openCrises: 0, lastPersonalContact: '2026-06-05' };
    expect(factor(health([], '2026-06-15', { client: summary }), 'attention').measure.amount).toBe(10);
  });

  it('uses the client’s own cadence', () => {
    const events = [ev.touchpoint('2026-06-01')];
    const weekly = client({ cadenceIdealDays: 7, cadenceMaxDays: 14 });
    const quarterly = client({ cadenceIdealDays: 90, cadenceMaxDays: 120 });
    expect(factor(health(events, '2026-06-15', { client: weekly }), 'attention').value).toBe(0.5);
    expect(factor(health(events, '2026-06-15', { client: quarterly }), 'attention').value).toBe(1);
    expect(factor(health(events, '2026-06-15', { client: weekly }), 'attention').sentence.en).toBe(
      'No personal contact for 14 days; your cadence is every 7 days, at the latest after 14.',
    );
  });
});
