import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.ts';
import { anniversaryReminder } from '../../src/domain/reminders/anniversary.ts';
import { dueReminders } from '../../src/domain/reminders/due.ts';
import { renewalReminder, renewalStep } from '../../src/domain/reminders/renewal.ts';
import { DEFAULT_REMINDER_PARAMS, ReminderParams, type Reminder } from '../../src/domain/reminders/types.ts';
import type { Client } from '../../src/contract/clients.ts';
import type { TimelineEvent } from '../../src/contract/events.ts';
import { client, ev, TODAY } from './fixtures.ts';

const STEPS = DEFAULT_REMINDER_PARAMS.renewalSteps;
const kinds = (rs: Reminder[]) => rs.map((r) => r.kind);
const find = <K extends Reminder['kind']>(rs: Reminder[], kind: K) => rs.find((r): r is Extract<Reminder, { kind: K }> => r.kind === kind);

describe('keep-in-touch reminder', () => {
  const last = '2026-05-01';
  const events: TimelineEvent[] = [ev.touchpoint(last), ev.appreciation('2026-05-01')];
  const at = (days: number, c: Client = client()) => find(dueReminders({ client: c, events, today: addDays(last, days) }), 'keep-in-touch');

  it('is quiet up to the ideal day, due after it, overdue after the maximum', () => {
    expect(at(30)).toBeUndefined(); // exactly at the ideal
    expect(at(31)).toMatchObject({ state: 'due', days: 31, idealDays: 30, maxDays: 60, lastContact: last, on: addDays(last, 31) });
    expect(at(60)).toMatchObject({ state: 'due', days: 60 }); // exactly at the maximum
    const over = at(61); // max + 1
    expect(over).toMatchObject({ state: 'overdue', days: 61, overdueOn: addDays(last, 61) });
    expect(over?.sentence.en).toBe('No personal contact for 61 days; your cadence is every 30 days, at the latest after 60.');
    expect(over?.sentence.de).toBe('Kein persönlicher Kontakt seit 61 Tagen; Ihr Rhythmus ist alle 30 Tage, spätestens nach 60.');
  });

  it('is reset by any real personal contact', () => {
    const today = addDays(last, 70);
    expect(find(dueReminders({ client: client(), events, today }), 'keep-in-touch')).toBeDefined();
    const visit = ev.touchpoint(addDays(today, -1), { channel: 'visit' });
    expect(find(dueReminders({ client: client(), events: [...events, visit], today }), 'keep-in-touch')).toBeUndefined();
    const mail = ev.touchpoint(addDays(today, -1), { channel: 'mail' });
    expect(find(dueReminders({ client: client(), events: [...events, mail], today }), 'keep-in-touch')).toBeDefined();
  });

  it('is not raised for paused relationships; archived ones raise nothing at all', () => {
    expect(at(90, client({ status: 'paused' }))).toBeUndefined();
    const archived = client({ status: 'archived', renewalDate: addDays(TODAY, 30) });
    expect(dueReminders({ client: archived, events: [], today: TODAY })).toEqual([]);
    const paused = client({ status: 'paused', renewalDate: addDays(TODAY, 30) });
    expect(kinds(dueReminders({ client: paused, events: [], today: TODAY }))).toEqual(['renewal']);
  });
});

describe('renewal countdown', () => {
  it('steps at 180, 90, 60 and 30 days, exactly at each step included', () => {
    expect([181, 180, 91, 90, 89, 61, 60, 31, 30, 1, 0].map((d) => renewalStep(d, STEPS))).toEqual([
      null, 180, 180, 90, 90, 90, 60, 60, 30, 30, 30,
    ]);
  });

  it('exactly 90 days: the 90-day step, with the notice deadline', () => {
    const r = renewalReminder({ renewalDate: addDays(TODAY, 90), noticeDays: 60 }, TODAY, STEPS);
    expect(r).toMatchObject({ kind: 'renewal', inDays: 90, step: 90, passed: false, on: '2026-09-13', noticeBy: '2026-07-15' });
    expect(r?.sentence.en).toBe('Renewal in 90 days, on 2026-09-13 (the 90-day step). Notice by 2026-07-15, in 30 days.');
    expect(r?.sentence.de).toBe('Verlängerung in 90 Tagen, am 2026-09-13 (90-Tage-Schritt). Kündigung bis 2026-07-15, in 30 Tagen.');
  });

  it('says nothing before 180 days, speaks on the day, and stays once the date has passed', () => {
    expect(renewalReminder({ renewalDate: addDays(TODAY, 181), noticeDays: null }, TODAY, STEPS)).toBeNull();
    expect(renewalReminder({ renewalDate: null, noticeDays: null }, TODAY, STEPS)).toBeNull();
    expect(renewalReminder({ renewalDate: TODAY, noticeDays: null }, TODAY, STEPS)?.sentence.en).toBe(`Renewal today (${TODAY}).`);
    const passed = renewalReminder({ renewalDate: addDays(TODAY, -3), noticeDays: 30 }, TODAY, STEPS);
    expect(passed).toMatchObject({ passed: true, step: null, inDays: -3 });
    expect(passed?.sentence.en).toBe('The renewal date 2026-06-12 passed 3 days ago; update the contract.');
    const late = renewalReminder({ renewalDate: addDays(TODAY, 20), noticeDays: 30 }, TODAY, STEPS);
    expect(late?.sentence.en).toBe('Renewal in 20 days, on 2026-07-05 (the 30-day step). The notice period ended on 2026-06-05.');
  });

  it('takes its steps from the parameters', () => {
    expect(ReminderParams.parse(DEFAULT_REMINDER_PARAMS)).toEqual(DEFAULT_REMINDER_PARAMS);
    const rs = dueReminders({ client: client({ renewalDate: addDays(TODAY, 200) }), events: [], today: TODAY, params: { renewalSteps: [365, 30] } });
    expect(find(rs, 'renewal')).toMatchObject({ step: 365, inDays: 200 });
  });
});

describe('anniversaries', () => {
  it('announces the next anniversary within the lead days, with the year count', () => {
    const since = { since: '2019-06-20' };
    expect(anniversaryReminder(since, TODAY, 14)).toMatchObject({ on: '2026-06-20', inDays: 5, years: 7 });
    expect(anniversaryReminder(since, TODAY, 14)?.sentence).toEqual({
      en: '7 years together on 2026-06-20, in 5 days.',
      de: '7 Jahre zusammen am 2026-06-20, in 5 Tagen.',
    });
    expect(anniversaryReminder(since, TODAY, 4)).toBeNull();
    expect(anniversaryReminder(since, '2026-06-20', 0)?.sentence).toEqual({ en: '7 years together today.', de: 'Heute 7 Jahre zusammen.' });
    expect(anniversaryReminder(since, '2026-06-21', 14)).toBeNull();
    expect(anniversaryReminder({ since: '2025-06-16' }, TODAY, 14)?.sentence.en).toBe('1 year together on 2026-06-16, in 1 day.');
  });

  it('never announces year zero, and handles a 29 February start', () => {
    expect(anniversaryReminder({ since: TODAY }, TODAY, 14)).toBeNull();
    expect(anniversaryReminder({ since: addDays(TODAY, 3) }, TODAY, 14)).toBeNull();
    expect(anniversaryReminder({ since: '2020-02-29' }, '2026-02-25', 14)).toMatchObject({ on: '2026-03-01', years: 6, inDays: 4 });
    expect(anniversaryReminder({ since: '2020-02-29' }, '2028-02-25', 14)).toMatchObject({ on: '2028-02-29', years: 8 });
  });
});

describe('due reminders together', () => {
  it('collects every kind for one client, soonest-dated first', () => {
    const c = client({ since: '2019-06-20', renewalDate: addDays(TODAY, 60), noticeDays: 30 });
    const events = [ev.touchpoint('2026-03-01'), ev.appreciation('2026-01-10')];
    const rs = dueReminders({ client: c, events, today: TODAY });
    expect(kinds(rs)).toEqual(['keep-in-touch', 'appreciation-due', 'anniversary', 'renewal']);
    expect(find(rs, 'keep-in-touch')).toMatchObject({ on: '2026-04-01', state: 'overdue', days: 106 });
    expect(find(rs, 'appreciation-due')).toMatchObject({ days: 156, dueDays: 90, lastGesture: '2026-01-10', on: '2026-04-11' });
    for (const r of rs) {
      expect(r.sentence.en.length).toBeGreaterThan(10);
      expect(r.sentence.de.length).toBeGreaterThan(10);
    }
    expect(find(rs, 'renewal')).toMatchObject({ step: 60 });
  });

  it('a new client with no events has no reminders', () => {
    expect(dueReminders({ client: client({ since: TODAY }), events: [], today: TODAY })).toEqual([]);
  });
});
