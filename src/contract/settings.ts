import { z } from 'zod';
import { LIMITS, patchText } from './primitives.ts';

export const Settings = z.strictObject({
  agencyName: z.string().nullable(),
  defaultCadenceIdealDays: z.number().int().min(1).max(730),
  defaultCadenceMaxDays: z.number().int().min(1).max(1460),
  autoLockMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  agencyName: null,
  defaultCadenceIdealDays: 30,
  defaultCadenceMaxDays: 60,
  autoLockMinutes: 5,
};

export const SettingsUpdateInput = z
  .strictObject({
    agencyName: patchText(LIMITS.name),
    defaultCadenceIdealDays: Settings.shape.defaultCadenceIdealDays.optional(),
    defaultCadenceMaxDays: Settings.shape.defaultCadenceMaxDays.optional(),
    autoLockMinutes: Settings.shape.autoLockMinutes.optional(),
  })
  .partial();
