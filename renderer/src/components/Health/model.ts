// Presentation rules for relationship health: band colours and order, the NEV trend direction, when a
// reminder falls due, snooze dates, and engine sentences with their dates in the reader's format.
// Pure functions: the portfolio, the explanation drawer and the client page agree on them.
import type { ChannelOutput } from '../../../../src/contract/index.ts';
import { addDays, utcDate } from '../../../../src/domain/dates.ts';

export type ClientHealth = ChannelOutput<'health:get'>;
export type PortfolioRow = ChannelOutput<'portfolio:get'>['clients'][number];
export type HealthBand = ClientHealth['band'];
export type HealthFactor = ClientHealth['factors'][number];
export type FactorKey = HealthFactor['key'];
export type Reminder = ClientHealth['reminders'][number];
export type ReminderKind = Reminder['kind'];
export type NevPoint = ClientHealth['nevTrend'][number];
/** A severe signal that holds (src/domain/health/rules.ts): a code and its numbers, worded by useRuleText. */
export type HealthRule = ClientHealth['rules'][number];
export type Bilingual = { en: string; de: string };

/** Best first. */
export const BAND_ORDER: readonly HealthBand[] = ['thriving', 'steady', 'cooling', 'at_risk', 'in_crisis'];

export const BAND_COLORS: Record<HealthBand, string> = {
  thriving: 'teal',
  steady: 'petrol',
  cooling: 'yellow',
  at_risk: 'orange',
  in_crisis: 'red',
};

/** At risk or in crisis: what the owner must look at. */
export const isWeak = (band: HealthBand): boolean => band === 'at_risk' || band === 'in_crisis';

/** A factor value 0 … 1 as a colour: the same steps as the bands (0.8, 0.6, 0.4, 0.2). */
export function valueColor(value: number): string {
  if (value >= 0.8) return 'teal';
  if (value >= 0.6) return 'petrol';
  if (value >= 0.4) return 'yellow';
  if (value >= 0.2) return 'orange';
  return 'red';
}

export const REMINDER_COLORS: Record<ReminderKind, string> = {
  'keep-in-touch': 'orange',
  anniversary: 'grape',
  renewal: 'indigo',
  'appreciation-due': 'pink',
  'follow-up': 'cyan',
};

export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

/** The trend's colour follows its direction, never the band. */
export const TREND_COLORS: Record<TrendDirection, string> = { up: 'green', down: 'red', flat: 'gray', none: 'gray' };

/**
 * Where the emotional balance is heading: the latest 3-month rolling NEV against the one six months
 * before it (or the earliest known one), so the arrow tells the same story as the 12-month line beside it.
 * A change of less than 0.15 on the −1 … +1 scale counts as flat.
 */
export function nevDirection(trend: readonly NevPoint[]): { direction: TrendDirection; last: number | null } {
  const known = trend.map((p, i) => ({ i, v: p.rolling })).filter((p): p is { i: number; v: number } => p.v !== null);
  const last = known.at(-1);
  if (!last) return { direction: 'none', last: null };
  const before = [...known].reverse().find((p) => p.i <= last.i - 6) ?? known[0];
  if (!before || before.i === last.i) return { direction: 'flat', last: last.v };
  const diff = last.v - before.v;
  return { direction: diff >= 0.15 ? 'up' : diff <= -0.15 ? 'down' : 'flat', last: last.v };
}

/**
 * The day by which a reminder asks for action: its own day, or for a renewal the last day to give notice
 * when that is still ahead (and earlier).
 */
export function actBy(reminder: Pick<Reminder, 'kind' | 'on'>, client: { noticeDays: number | null }, today: string): string {
  if (reminder.kind === 'renewal' && client.noticeDays && client.noticeDays > 0) {
    const noticeBy = addDays(reminder.on, -client.noticeDays);
    if (noticeBy >= today && noticeBy < reminder.on) return noticeBy;
  }
  return reminder.on;
}

export type SnoozeLength = 'week' | 'twoWeeks' | 'month';
export const SNOOZE_LENGTHS: readonly SnoozeLength[] = ['week', 'twoWeeks', 'month'];

/** The day a snoozed reminder comes back: a week, two weeks, or a calendar month from today. */
export function snoozeUntil(today: string, length: SnoozeLength): string {
  if (length === 'week') return addDays(today, 7);
  if (length === 'twoWeeks') return addDays(today, 14);
  const d = utcDate(today);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), last);
  return new Date(Date.UTC(y, m, day)).toISOString().slice(0, 10);
}

/** The rules capped the score: the factors add up to more than the score shows. */
export const isCapped = (health: Pick<ClientHealth, 'score' | 'weightedScore' | 'rules'>): boolean =>
  health.rules.length > 0 && health.weightedScore > health.score;

const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** An engine sentence in the reader's language, its ISO days written the reader's way. */
export function localSentence(sentence: Bilingual, locale: 'en' | 'de', formatDate: (iso: string) => string): string {
  return sentence[locale].replace(ISO_DAY, (iso) => {
    try {
      return Number.isNaN(utcDate(iso).getTime()) ? iso : formatDate(iso);
    } catch {
      return iso;
    }
  });
}

/** The largest points a factor can give with these weights (its share of 100). */
export function maxPoints(factor: HealthFactor, factors: readonly HealthFactor[]): number {
  const total = factors.reduce((s, f) => s + f.weight, 0);
  return total > 0 ? (factor.weight / total) * 100 : 0;
}
