import { z } from 'zod';
import { Id, IsoDate } from './primitives.ts';
import { ClientSummary } from './clients.ts';

const Bilingual = z.strictObject({ en: z.string(), de: z.string() });
export const HEALTH_BANDS = ['thriving', 'steady', 'cooling', 'at_risk', 'in_crisis'] as const;
export const HealthBand = z.enum(HEALTH_BANDS);

export const HealthFactor = z.strictObject({
  key: z.enum(['attention', 'emotionalBalance', 'friction', 'appreciation', 'responsiveness']),
  value: z.number().min(0).max(1),
  weight: z.number().nonnegative(),
  points: z.number(),
  noData: z.boolean(),
  measure: z.strictObject({ amount: z.number().nullable(), unit: z.string() }),
  sentence: Bilingual,
  forcesBand: HealthBand.nullable(),
});

const GlaslStage = z.number().int().min(1).max(9);
const Cap = {
  /** The band the rule holds the relationship in (at best). */
  cap: HealthBand,
  /** The highest score that band allows (19 for "in crisis", 39 for "at risk"). */
  maxScore: z.number().int().min(0).max(100),
};

/**
 * A severe signal that caps the weighted score (src/domain/health/rules.ts): a code and its numbers, no
 * sentence. Each edge (the renderer, the CLI, the report) words it in its own language.
 */
export const HealthRule = z.discriminatedUnion('code', [
  /** An open crisis at a high Glasl stage: from stage 5 "in crisis", at stage 3–4 "at risk" (at best). */
  z.strictObject({ code: z.literal('openCrisisGlasl'), stage: GlaslStage, ...Cap }),
  /** The renewal is near (`days` away) while a crisis is open (the highest open `stage`). */
  z.strictObject({
    code: z.literal('renewalWithCrisis'),
    days: z.number().int().min(0),
    /** The client's notice period, or null without one. */
    noticeDays: z.number().int().min(0).nullable(),
    /** How near a renewal counts: the notice period plus the lead the rule allows for. */
    windowDays: z.number().int().min(0),
    stage: GlaslStage,
    ...Cap,
  }),
]);
export type HealthRule = z.infer<typeof HealthRule>;
export type HealthRuleCode = HealthRule['code'];

export const HealthSummary = z.strictObject({
  score: z.number().int().min(0).max(100),
  band: HealthBand,
  bandLabel: Bilingual,
  forcedBy: z.string().nullable(),
  /** What the factors add up to before the rules: above `score` when a rule capped it. */
  weightedScore: z.number().int().min(0).max(100),
  /** The severe signals that hold, the strongest cap first: the first is the primary driver. */
  rules: z.array(HealthRule),
});

export const REMINDER_KINDS = ['keep-in-touch', 'anniversary', 'renewal', 'appreciation-due', 'follow-up'] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);

export const ReminderItem = z.strictObject({
  kind: ReminderKind,
  /** The day the reminder is about. */
  on: z.string(),
  sentence: Bilingual,
});

export const NevPoint = z.strictObject({ month: z.string(), nev: z.number().nullable(), rolling: z.number().nullable() });

export const LadderPosition = z.strictObject({
  stage: z.number().int().min(1).max(7),
  label: Bilingual,
  reason: Bilingual,
  next: z.strictObject({ stage: z.number().int(), label: Bilingual, needs: Bilingual }).nullable(),
  recorded: z.strictObject({ stage: z.number().int(), on: z.string() }).nullable(),
});

export const ClientHealth = z.strictObject({
  clientId: Id,
  today: z.string(),
  ...HealthSummary.shape,
  factors: z.array(HealthFactor),
  reminders: z.array(ReminderItem),
  nevTrend: z.array(NevPoint),
  /** Where the relationship stands on the appreciation ladder, and why. */
  ladder: LadderPosition,
});
export type ClientHealth = z.infer<typeof ClientHealth>;

export const HealthInput = z.strictObject({ clientId: Id });

export const PortfolioRow = ClientSummary.extend({
  health: HealthSummary,
  reminders: z.array(ReminderItem),
  /** The last 12 months' NEV (as health:get has it), so the portfolio needs no call per client. */
  nevTrend: z.array(NevPoint),
  /** The highest Glasl stage among the open crises, or null without one. */
  openCrisisStage: z.number().int().min(1).max(9).nullable(),
});
export type PortfolioRow = z.infer<typeof PortfolioRow>;
export const Portfolio = z.strictObject({ today: z.string(), clients: z.array(PortfolioRow) });
export type Portfolio = z.infer<typeof Portfolio>;

export const PortfolioInput = z.strictObject({ includeArchived: z.boolean().default(false) });

/** A reminder is identified by its client, its kind and the day it is about. */
const ReminderRef = { clientId: Id, kind: ReminderKind, on: IsoDate };
export const ReminderSnoozeInput = z.strictObject({ ...ReminderRef, until: IsoDate });
export const ReminderDoneInput = z.strictObject(ReminderRef);
export const ReminderAck = z.strictObject({ ...ReminderRef, state: z.enum(['snoozed', 'done']), until: z.string().nullable() });
