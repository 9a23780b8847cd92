// The factor weights are settings: a consultancy decides how much each factor counts. The score is the
// weighted mean of the factor values, so only the ratios matter; the defaults add up to 100, which makes
// each weight read as "at most this many points".
import { z } from 'zod';

export const FACTOR_KEYS = ['attention', 'emotionalBalance', 'friction', 'appreciation', 'responsiveness'] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

const weight = z.number().min(0).max(100);

export const HealthWeights = z
  .strictObject({
    attention: weight,
    emotionalBalance: weight,
    friction: weight,
    appreciation: weight,
    responsiveness: weight,
  })
  .refine((w) => FACTOR_KEYS.some((k) => w[k] > 0), { message: 'At least one factor must count.' });
export type HealthWeights = z.infer<typeof HealthWeights>;

/**
 * Attention weighs most: neglect is the first cause of a cooling relationship (seed 002: insufficient
 * care, too little attention), so a client without personal contact for twice the maximum cadence falls
 * out of "thriving" on that alone. Friction next, then the emotional balance, then appreciation, then
 * responsiveness, the thinnest signal in most ledgers.
 */
export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = {
  attention: 35,
  emotionalBalance: 20,
  friction: 25,
  appreciation: 15,
  responsiveness: 5,
};
