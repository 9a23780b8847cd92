import { z } from 'zod';

// Reference lists live in the ledger (seeded by a migration) so a consultancy can rename or extend them.
const Labels = { labelEn: z.string(), labelDe: z.string() };

export const EmotionCluster = z.strictObject({
  key: z.string(),
  ...Labels,
  /** +1 for the three positive clusters, -1 for "destroying". */
  valence: z.number().int(),
  /** How strongly the cluster drives loyalty (Advocacy highest); used by the NEV formula. */
  weight: z.number(),
  sort: z.number().int(),
});

export const Emotion = z.strictObject({ key: z.string(), clusterKey: z.string(), ...Labels, sort: z.number().int() });

export const Motivator = z.strictObject({ key: z.string(), ...Labels, sort: z.number().int() });

export const AppreciationStage = z.strictObject({
  stage: z.number().int(),
  key: z.string(),
  ...Labels,
  descriptionEn: z.string(),
  descriptionDe: z.string(),
});

export const GlaslStage = z.strictObject({
  stage: z.number().int().min(1).max(9),
  level: z.enum(['win-win', 'win-lose', 'lose-lose']),
  ...Labels,
  interventionKey: z.string(),
  interventionEn: z.string(),
  interventionDe: z.string(),
});

export const RootCause = z.strictObject({
  key: z.string(),
  ...Labels,
  descriptionEn: z.string(),
  descriptionDe: z.string(),
  sort: z.number().int(),
});

export const Reference = z.strictObject({
  emotionClusters: z.array(EmotionCluster),
  emotions: z.array(Emotion),
  motivators: z.array(Motivator),
  appreciationStages: z.array(AppreciationStage),
  glaslStages: z.array(GlaslStage),
  rootCauses: z.array(RootCause),
});
export type Reference = z.infer<typeof Reference>;
