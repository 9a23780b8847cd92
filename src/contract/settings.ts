import { z } from 'zod';
import { LIMITS, patchText } from './primitives.ts';
import { DEFAULT_HEALTH_WEIGHTS, HealthWeights } from '../domain/health/weights.ts';

export const Settings = z.strictObject({
  agencyName: z.string().nullable(),
  defaultCadenceIdealDays: z.number().int().min(1).max(730),
  defaultCadenceMaxDays: z.number().int().min(1).max(1460),
  autoLockMinutes: z.number().int().min(1).max(240),
  /** How much each health factor counts (only the ratios matter). */
  healthWeights: HealthWeights,
  /** How many backups are kept (older ones are pruned, with care: see src/store/backups/prune.ts). */
  backupGenerations: z.number().int().min(1).max(100),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  agencyName: null,
  defaultCadenceIdealDays: 30,
  defaultCadenceMaxDays: 60,
  autoLockMinutes: 5,
  healthWeights: DEFAULT_HEALTH_WEIGHTS,
  backupGenerations: 10,
};

export const SettingsUpdateInput = z
  .strictObject({
    agencyName: patchText(LIMITS.name),
    defaultCadenceIdealDays: Settings.shape.defaultCadenceIdealDays.optional(),
    defaultCadenceMaxDays: Settings.shape.defaultCadenceMaxDays.optional(),
    autoLockMinutes: Settings.shape.autoLockMinutes.optional(),
    healthWeights: HealthWeights.optional(),
    backupGenerations: Settings.shape.backupGenerations.optional(),
  })
  .partial();
