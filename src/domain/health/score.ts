// Relationship health, explainable: a score 0 … 100 and a band, with every factor's value, weight,
// points and sentence. One function for the app, the CLI and the PDF report.
//
//   score = round( Σ weight_f × value_f / Σ weight_f × 100 )        (value_f in 0 … 1)
//   points_f = weight_f × value_f / Σ weight_f × 100                (the factor's share of the score)
//
// Then the severe signals (rules.ts) cap it: an open crisis at Glasl ≥ 5 holds the score within "in crisis"
// (≤ 19), one at Glasl 3–4 or a near renewal with a crisis open within "at risk" (≤ 39), whatever the
// average. The band follows the (capped) score (bands.ts); the factors' points add up to `weightedScore`.
// A rule that caps is the primary driver: `forcedBy` names the factor it reads (friction, where open crises
// live), which carries `forcesBand`. If all weights are zero (the schema forbids it, but an unchecked caller
// might), every factor counts equally.
import type { ClientFacts, Events } from '../inputs.ts';
import { happened, idSet } from '../inputs.ts';
import { bandFor, bandLabel, type Band } from './bands.ts';
import type { FactorAssessment, FactorContext, HealthFactor, HealthReference } from './factor.ts';
import { clamp01 } from './factor.ts';
import { appreciationFactor } from './factors/appreciation.ts';
import { attentionFactor } from './factors/attention.ts';
import { emotionalBalanceFactor } from './factors/emotional-balance.ts';
import { frictionFactor } from './factors/friction.ts';
import { responsivenessFactor } from './factors/responsiveness.ts';
import { DEFAULT_HEALTH_PARAMS, type HealthParams } from './params.ts';
import { severeSignals, type HealthRule } from './rules.ts';
import { DEFAULT_HEALTH_WEIGHTS, FACTOR_KEYS, type FactorKey, type HealthWeights } from './weights.ts';
import type { Bilingual } from '../text.ts';

export interface HealthInput {
  client: ClientFacts;
  /** The client's events: the whole timeline or a recent window (the factors look back 180 days by default). */
  events: Events;
  reference: HealthReference;
  /** `YYYY-MM-DD`. */
  today: string;
  weights?: HealthWeights;
  /** Partial overrides of the defaults; `appreciation` is merged too. */
  params?: Partial<Omit<HealthParams, 'appreciation'>> & { appreciation?: Partial<HealthParams['appreciation']> };
  /** Ids flagged by `flagMassGestures` over all clients. */
  massGestureIds?: Iterable<number>;
}

export interface Health {
  /** The weighted score, capped by the rules that hold. */
  score: number;
  band: Band;
  bandLabel: Bilingual;
  /** The factor whose facts made a rule cap the score (friction), or null when the score is the average. */
  forcedBy: FactorKey | null;
  /** What the factors add up to before any rule: the factors' points sum to this. */
  weightedScore: number;
  /** The severe signals that hold, the strongest cap first: the first is the primary driver. */
  rules: HealthRule[];
  factors: HealthFactor[];
}

const FACTORS: Record<FactorKey, (ctx: FactorContext) => FactorAssessment> = {
  attention: attentionFactor,
  emotionalBalance: emotionalBalanceFactor,
  friction: frictionFactor,
  appreciation: appreciationFactor,
  responsiveness: responsivenessFactor,
};

export function resolveParams(params: HealthInput['params']): HealthParams {
  return {
    ...DEFAULT_HEALTH_PARAMS,
    ...params,
    appreciation: { ...DEFAULT_HEALTH_PARAMS.appreciation, ...params?.appreciation },
  };
}

const safeWeight = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);

export function computeHealth(input: HealthInput): Health {
  const today = input.today.slice(0, 10);
  const ctx: FactorContext = {
    client: input.client,
    events: happened(input.events, today),
    today,
    reference: input.reference,
    params: resolveParams(input.params),
    massGestureIds: idSet(input.massGestureIds),
  };
  const given = input.weights ?? DEFAULT_HEALTH_WEIGHTS;
  const anyWeight = FACTOR_KEYS.some((k) => safeWeight(given[k]) > 0);
  const weightOf = (k: FactorKey) => (anyWeight ? safeWeight(given[k]) : 1);
  const total = FACTOR_KEYS.reduce((s, k) => s + weightOf(k), 0);

  let exact = 0;
  const factors: HealthFactor[] = FACTOR_KEYS.map((key) => {
    const a = FACTORS[key](ctx);
    const value = clamp01(a.value);
    const weight = weightOf(key);
    const share = (weight * value * 100) / total;
    exact += share;
    return { ...a, value, weight, points: Math.round(share * 10) / 10 };
  });
  const weightedScore = Math.min(100, Math.max(0, Math.round(exact)));
  const rules = severeSignals(ctx);
  const primary = rules[0];
  const capped = primary !== undefined && weightedScore > primary.maxScore;
  const score = capped ? primary.maxScore : weightedScore;
  const band: Band = bandFor(score);
  const forcedBy: FactorKey | null = capped ? 'friction' : null;
  const explained = capped ? factors.map((f) => (f.key === forcedBy ? { ...f, forcesBand: band } : f)) : factors;
  return { score, band, bandLabel: bandLabel(band), forcedBy, weightedScore, rules, factors: explained };
}
