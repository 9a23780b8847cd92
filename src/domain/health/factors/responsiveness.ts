// Responsiveness (seed 000: answer quickly; short waiting times bind clients): the median of the answer
// times recorded on touchpoints in the window (default the last 180 days), in either direction — a
// client who answers slowly is cooling as surely as a consultant who does.
//
//   median ≤ target (24 h)        value 1
//   target < median < slow (168 h) falls linearly to 0
//   median ≥ slow                 value 0
//
// No recorded answer times: params.noDataValue (0.4). The median, not the mean, so one answer
// lost over a holiday does not dominate.
import { inWindow, ofKind } from '../../inputs.ts';
import { num } from '../../text.ts';
import { noDataNote, type FactorAssessment, type FactorContext } from '../factor.ts';

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function responsivenessValue(hours: number, target: number, slow: number): number {
  if (hours <= target) return 1;
  if (hours >= slow) return 0;
  return 1 - (hours - target) / (slow - target);
}

const hoursEn = (h: number) => `${num(h, 'en')} ${h === 1 ? 'hour' : 'hours'}`;
const hoursDe = (h: number) => `${num(h, 'de')} ${h === 1 ? 'Stunde' : 'Stunden'}`;

export function responsivenessFactor(ctx: FactorContext): FactorAssessment {
  const p = ctx.params;
  const times = ofKind(inWindow(ctx.events, ctx.today, p.responseWindowDays), 'touchpoint')
    .map((t) => t.responseHours)
    .filter((h): h is number => h !== null && Number.isFinite(h) && h >= 0);
  const m = median(times);
  if (m === null) {
    return {
      key: 'responsiveness',
      value: p.noDataValue,
      measure: { amount: null, unit: 'hours' },
      noData: true,
      sentence: {
        en: `No answer times recorded in the last ${p.responseWindowDays} days; ${noDataNote(p.noDataValue).en}.`,
        de: `Keine Antwortzeiten in den letzten ${p.responseWindowDays} Tagen erfasst; ${noDataNote(p.noDataValue).de}.`,
      },
    };
  }
  const slow = Math.max(p.responseSlowHours, p.responseTargetHours);
  const n = times.length;
  return {
    key: 'responsiveness',
    value: responsivenessValue(m, p.responseTargetHours, slow),
    measure: { amount: m, unit: 'hours' },
    noData: false,
    sentence: {
      en: `Median answer time ${hoursEn(m)} over ${n} ${n === 1 ? 'answer' : 'answers'} in the last ${p.responseWindowDays} days; the target is ${hoursEn(p.responseTargetHours)}.`,
      de: `Antwortzeit im Median ${hoursDe(m)} bei ${n} ${n === 1 ? 'Antwort' : 'Antworten'} in den letzten ${p.responseWindowDays} Tagen; Ziel sind ${hoursDe(p.responseTargetHours)}.`,
    },
  };
}
