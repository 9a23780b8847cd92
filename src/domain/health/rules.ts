// Severe signals: risk that cannot hide behind a good average. After the weighted score, these rules set a
// floor under how bad the relationship reads, as a cap on the score (into the band's range, so score and
// band always agree):
//
//   openCrisisGlasl     an open crisis at Glasl ≥ crisisBandStage (5: win-lose, threats and
//                       ultimatums lie ahead)                                    → at best "in crisis" (≤ 19)
//                       … at Glasl ≥ crisisAtRiskStage (3: talk has given way to deeds) → at best "at risk" (≤ 39)
//   renewalWithCrisis   a crisis is open (any stage) and the renewal is near: its last day to give notice
//                       (renewal − noticeDays; the renewal itself without a notice period) is at most
//                       renewalCrisisLeadDays (90) away or has passed, the renewal still ahead. So the
//                       window is noticeDays + 90 days, 90 without a notice period.   → at best "at risk"
//
// A resolved crisis, or one dated after today, triggers nothing. Each rule that holds is data (a code and
// its numbers, src/contract/health.ts), the strongest cap first; the first is the primary driver. The
// sentence is written at the edge (renderer, CLI, report), in the reader's language.
import type { HealthRule } from '../../contract/health.ts';
import { daysBetween } from '../dates.ts';
import { ofKind } from '../inputs.ts';
import { bandMax } from './bands.ts';
import type { FactorContext } from './factor.ts';

export type { HealthRule };

/** The rules that hold for this relationship today, the strongest cap first (ties: the crisis stage first). */
export function severeSignals(ctx: Pick<FactorContext, 'client' | 'events' | 'today' | 'params'>): HealthRule[] {
  const p = ctx.params;
  const open = ofKind(ctx.events, 'crisis').filter((c) => c.status === 'open' && c.occurredOn.slice(0, 10) <= ctx.today);
  if (open.length === 0) return [];
  const stage = Math.min(9, Math.max(1, open.reduce((h, c) => Math.max(h, Math.round(c.glaslStage)), 1)));
  const rules: HealthRule[] = [];

  if (stage >= p.crisisBandStage) {
    rules.push({ code: 'openCrisisGlasl', stage, cap: 'in_crisis', maxScore: bandMax('in_crisis') });
  } else if (stage >= p.crisisAtRiskStage) {
    rules.push({ code: 'openCrisisGlasl', stage, cap: 'at_risk', maxScore: bandMax('at_risk') });
  }

  const renewal = ctx.client.renewalDate?.slice(0, 10);
  if (renewal) {
    const days = daysBetween(ctx.today, renewal);
    const noticeDays = ctx.client.noticeDays != null && ctx.client.noticeDays > 0 ? Math.round(ctx.client.noticeDays) : null;
    const windowDays = (noticeDays ?? 0) + p.renewalCrisisLeadDays;
    if (days >= 0 && days <= windowDays) {
      rules.push({ code: 'renewalWithCrisis', days, noticeDays, windowDays, stage, cap: 'at_risk', maxScore: bandMax('at_risk') });
    }
  }
  // Stable: equal caps keep the order above (the Glasl stage before the renewal).
  return rules.sort((a, b) => a.maxScore - b.maxScore);
}
