import { describe, expect, it } from 'vitest';
import { addDays, addMonths, anniversaryOn, daysBetween, fullYears, isoWeek, monthOf, todayIso, utcDate } from '../../src/domain/dates.ts';

describe('dates', () => {
  it('counts whole calendar days, across daylight-saving changes and years', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-05-01T23:59:00Z', '2026-05-02')).toBe(1);
  });

  it('counts completed years like the renderer did', () => {
    expect(fullYears('2019-03-01', '2026-02-28')).toBe(6);
    expect(fullYears('2019-03-01', '2026-03-01')).toBe(7);
    expect(fullYears('2026-03-01', '2020-01-01')).toBe(0);
    expect(fullYears('2020-02-29', '2021-02-28')).toBe(0);
    expect(fullYears('2020-02-29', '2021-03-01')).toBe(1);
  });

  it('puts anniversaries on the day fullYears turns over, 29 February on 1 March in common years', () => {
    expect(anniversaryOn('2019-03-01', 7)).toBe('2026-03-01');
    expect(anniversaryOn('2020-02-29', 1)).toBe('2021-03-01');
    expect(anniversaryOn('2020-02-29', 4)).toBe('2024-02-29');
    for (const years of [1, 2, 3, 4, 5]) {
      const on = anniversaryOn('2020-02-29', years);
      expect(fullYears('2020-02-29', on)).toBe(years);
      expect(fullYears('2020-02-29', addDays(on, -1))).toBe(years - 1);
    }
  });

  it('adds days and months, and names ISO weeks across year ends', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(monthOf('2026-06-15')).toBe('2026-06');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-06', -17)).toBe('2025-01');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday in 2026's week 53
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday in 2025's first week
    expect(isoWeek('2021-01-03')).toBe('2020-W53'); // a Sunday
    expect(isoWeek('2026-06-15')).toBe('2026-W25'); // Monday
    expect(isoWeek('2026-06-21')).toBe('2026-W25'); // Sunday, same week
    expect(isoWeek('2026-06-22')).toBe('2026-W26');
  });

  it('reads today from the local calendar and builds UTC-midnight dates', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(utcDate('2026-06-15').toISOString()).toBe('2026-06-15T00:00:00.000Z');
  });
});
