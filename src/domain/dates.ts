// Calendar days as the ledger stores them: `YYYY-MM-DD` strings. All arithmetic is plain UTC math on
// midnight timestamps, so no time zone or daylight-saving change can shift a day. This is the canonical
// version of the renderer's helpers (same names, same semantics) plus what the rules need on top.
const DAY_MS = 86_400_000;

const parts = (iso: string): [number, number, number] =>
  iso.slice(0, 10).split('-').map(Number) as [number, number, number];

const toUtc = (iso: string): number => {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d);
};

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today on this computer's calendar (the only impure default here: pass `now` in tests). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** Completed years from `since` to `today` (anniversaries passed), never negative. */
export function fullYears(since: string, today: string): number {
  const [sy, sm, sd] = parts(since);
  const [ty, tm, td] = parts(today);
  const years = ty - sy - (tm < sm || (tm === sm && td < sd) ? 1 : 0);
  return Math.max(0, years);
}

/** A `Date` at UTC midnight of the day, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export const utcDate = (iso: string): Date => new Date(toUtc(iso));

/** The day `n` days after `iso` (before, when `n` is negative). */
export const addDays = (iso: string, n: number): string => fromUtc(toUtc(iso) + n * DAY_MS);

/** The calendar month of a day, `YYYY-MM`. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** The month `n` months after a `YYYY-MM` month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * The ISO-8601 week of a day, `YYYY-Www`: weeks start on Monday and week 1 holds the year's first
 * Thursday, so 2026-12-31 and 2027-01-01 can share a week, and the week's year is its Thursday's year.
 */
export function isoWeek(iso: string): string {
  const t = toUtc(iso);
  const mondayBased = (new Date(t).getUTCDay() + 6) % 7;
  const thursday = t + (3 - mondayBased) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${pad(week)}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The day on which `years` completed years since `since` are reached: the day `fullYears` turns to
 * `years`. A 29 February start therefore has its anniversary on 1 March in common years.
 */
export function anniversaryOn(since: string, years: number): string {
  const [sy, sm, sd] = parts(since);
  const y = sy + years;
  if (sm === 2 && sd === 29 && !isLeap(y)) return `${pad(y, 4)}-03-01`;
  return `${pad(y, 4)}-${pad(sm)}-${pad(sd)}`;
}
