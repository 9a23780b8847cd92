// Attention: days since the last real personal contact (personal-contact.ts: a call, meeting, video or
// visit, or a personal gesture we showed) against the relationship's own cadence, ideal and maximum.
//
//   days ≤ ideal          value 1
//   ideal < days ≤ max    falls linearly from 1 to 0.5 at the maximum
//   days > max            falls linearly from 0.5 to 0 at twice the maximum
//
// Without any personal contact yet, days count from the start of the relationship, so a new client is
// fine for one cadence and then cools like any other.
import { keepInTouch } from '../../keep-in-touch.ts';
import type { FactorAssessment, FactorContext } from '../factor.ts';

export function attentionValue(days: number, ideal: number, max: number): number {
  if (days <= ideal) return 1;
  if (days <= max) return 1 - (0.5 * (days - ideal)) / (max - ideal);
  return Math.max(0, 0.5 * (1 - (days - max) / max));
}

export function attentionFactor(ctx: FactorContext): FactorAssessment {
  const k = keepInTouch(ctx.client, ctx.events, ctx.today, ctx.massGestureIds);
  return {
    key: 'attention',
    value: attentionValue(k.days, k.ideal, k.max),
    measure: { amount: k.days, unit: 'days' },
    noData: false,
    sentence: k.sentence,
  };
}
