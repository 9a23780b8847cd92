// How appreciation counts (seeds 001, 003): loyalty cannot be bought. A personal, unscheduled thank-you
// counts fully; a personal but expected one (the birthday call) half; a routine gesture (the Christmas
// card everyone gets, the bonus programme) little, and routine gestures together never count for more
// than `routineCap`, so twelve routine gifts do not add up to real appreciation. A gesture logged for
// many clients in the same week is a mass gesture and counts for nothing.
import { z } from 'zod';

export const AppreciationRules = z.strictObject({
  /** Credit of a personal, unscheduled gesture. */
  personalUnscheduled: z.number().min(0).max(1),
  /** Credit of a personal gesture that was expected (a birthday, a fixed occasion). */
  personalScheduled: z.number().min(0).max(1),
  /** Credit of a gesture that was not personal (routine). */
  routine: z.number().min(0).max(1),
  /** The most that all routine gestures in the window can add together. */
  routineCap: z.number().min(0).max(10),
  /** "Recent" appreciation: the window in days. */
  windowDays: z.number().int().min(1).max(1460),
  /** The credit in the window that counts as fully appreciated. */
  target: z.number().positive().max(20),
  /** Appreciation is due after this many days without a personal gesture. */
  dueDays: z.number().int().min(1).max(1460),
});
export type AppreciationRules = z.infer<typeof AppreciationRules>;

export const DEFAULT_APPRECIATION_RULES: AppreciationRules = {
  personalUnscheduled: 1,
  personalScheduled: 0.5,
  routine: 0.2,
  routineCap: 0.4,
  windowDays: 180,
  target: 2,
  dueDays: 90,
};
