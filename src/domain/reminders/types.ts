// Reminders the rules raise for one client on one day. Each names the date it is about (`on`, for
// sorting) and says itself in English and German. Follow-ups (after a crisis talk, a promise) are a
// later issue and will join this union as one more kind.
import { z } from 'zod';
import { DEFAULT_APPRECIATION_RULES } from '../appreciation/rules.ts';
import type { KeepInTouchState } from '../keep-in-touch.ts';
import type { Bilingual } from '../text.ts';

export const ReminderParams = z.strictObject({
  /** Announce an anniversary this many days ahead (0: on the day only). */
  anniversaryLeadDays: z.number().int().min(0).max(365),
  /** The renewal countdown steps, in days before the renewal date. */
  renewalSteps: z.array(z.number().int().min(0).max(1460)).min(1).max(12),
  /** Appreciation is due after this many days without a personal gesture. */
  appreciationDueDays: z.number().int().min(1).max(1460),
});
export type ReminderParams = z.infer<typeof ReminderParams>;

export const DEFAULT_REMINDER_PARAMS: ReminderParams = {
  anniversaryLeadDays: 14,
  renewalSteps: [180, 90, 60, 30],
  appreciationDueDays: DEFAULT_APPRECIATION_RULES.dueDays,
};

interface Base {
  /** The day the reminder is about (`YYYY-MM-DD`). */
  on: string;
  sentence: Bilingual;
}

export interface KeepInTouchReminder extends Base {
  kind: 'keep-in-touch';
  state: Exclude<KeepInTouchState, 'ok'>;
  days: number;
  idealDays: number;
  maxDays: number;
  /** The last personal contact, or null when there has been none. */
  lastContact: string | null;
  /** The day the maximum runs out. */
  overdueOn: string;
}

export interface AnniversaryReminder extends Base {
  kind: 'anniversary';
  /** Days until the anniversary (0: today). */
  inDays: number;
  years: number;
}

export interface RenewalReminder extends Base {
  kind: 'renewal';
  /** Days until the renewal date (negative once it has passed). */
  inDays: number;
  /** The countdown step reached (180, 90, 60, 30), or null once the date has passed. */
  step: number | null;
  passed: boolean;
  /** The last day to give notice, when the contract has a notice period. */
  noticeBy: string | null;
}

export interface AppreciationDueReminder extends Base {
  kind: 'appreciation-due';
  days: number;
  dueDays: number;
  /** The last personal gesture, or null when there has been none. */
  lastGesture: string | null;
}

export type Reminder = KeepInTouchReminder | AnniversaryReminder | RenewalReminder | AppreciationDueReminder;
export type ReminderKind = Reminder['kind'];
