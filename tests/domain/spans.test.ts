// Spans of days as people read them: days up to a year, then months, then whole years.
import { describe, expect, it } from 'vitest';
import { spanDe, spanEn } from '../../src/domain/text.ts';

describe('spans people read', () => {
  it('says days, then about N months, then (over) N years', () => {
    expect([spanEn(1), spanEn(166), spanEn(430), spanEn(730), spanEn(2567)]).toEqual(['1 day', '166 days', 'about 14 months', '2 years', 'over 7 years']);
    expect(spanDe(2567, true)).toBe('über 7 Jahren');
    expect(spanDe(430)).toBe('etwa 14 Monate');
    expect(spanDe(61, true)).toBe('61 Tagen');
  });
});
