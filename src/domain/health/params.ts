// The tunable numbers behind the factors (the formulas are documented where each factor is computed).
// Like the weights, they validate with zod so settings can store them.
import { z } from 'zod';
import { AppreciationRules, DEFAULT_APPRECIATION_RULES } from '../appreciation/rules.ts';

export const HealthParams = z.strictObject({
  /** Emotional balance: the window of observed emotions, in days. */
  nevWindowDays: z.number().int().min(2).max(1460),
  /** Emotional balance: a change between the window's halves smaller than this is "steady". */
  nevTrendMinChange: z.number().min(0).max(2),
  /** Friction: a crisis weighs its Glasl stage divided by this (8: stage 8 alone takes the factor to 0). */
  crisisStageDivisor: z.number().positive().max(9),
  /** Friction: an open misunderstanding weighs this much. */
  misunderstandingWeight: z.number().min(0).max(1),
  /** Friction: an open issue weighs up to `1 + issueAgeExtra` times more as it ages … */
  issueAgeExtra: z.number().min(0).max(5),
  /** … reaching the full extra after this many days open. */
  issueAgeFullDays: z.number().int().min(1).max(1460),
  /** Severe signals (rules.ts): an open crisis at this Glasl stage or higher caps the score into "in crisis" … */
  crisisBandStage: z.number().int().min(1).max(10),
  /** … and from this stage on (below `crisisBandStage`) into "at risk". */
  crisisAtRiskStage: z.number().int().min(1).max(10),
  /**
   * Severe signals: a renewal is near while a crisis is open when its last day to give notice (the renewal
   * minus the notice period; the renewal itself without one) is at most this many days away, or has passed
   * with the renewal still ahead. The score is then capped into "at risk".
   */
  renewalCrisisLeadDays: z.number().int().min(0).max(730),
  /** Responsiveness: the window of recorded answer times, in days. */
  responseWindowDays: z.number().int().min(1).max(1460),
  /** Responsiveness: a median answer time up to this many hours counts fully … */
  responseTargetHours: z.number().positive().max(24 * 365),
  /** … and from this many hours on not at all. */
  responseSlowHours: z.number().positive().max(24 * 365),
  /**
   * A factor without any data to judge counts as this: 0.4, a little below neutral, because not knowing
   * is not good news (a relationship nobody records cannot look thriving), yet no evidence of harm.
   */
  noDataValue: z.number().min(0).max(1),
  appreciation: AppreciationRules,
});
export type HealthParams = z.infer<typeof HealthParams>;

export const DEFAULT_HEALTH_PARAMS: HealthParams = {
  nevWindowDays: 180,
  nevTrendMinChange: 0.1,
  crisisStageDivisor: 8,
  misunderstandingWeight: 0.1,
  issueAgeExtra: 0.5,
  issueAgeFullDays: 90,
  crisisBandStage: 5,
  crisisAtRiskStage: 3,
  renewalCrisisLeadDays: 90,
  responseWindowDays: 180,
  responseTargetHours: 24,
  responseSlowHours: 168,
  noDataValue: 0.4,
  appreciation: DEFAULT_APPRECIATION_RULES,
};
