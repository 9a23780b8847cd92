// Calendar days as the ledger stores them: `YYYY-MM-DD` strings, compared in UTC so no time zone shifts a day.
const DAY_MS = 86_400_000;

const toUtc = (iso: string): number => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** Today on this computer's calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** Completed years from `since` to `today` (anniversaries passed). */
export function fullYears(since: string, today: string): number {
  const [sy, sm, sd] = since.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const years = ty - sy - (tm < sm || (tm === sm && td < sd) ? 1 : 0);
  return Math.max(0, years);
}

/** A `Date` at UTC midnight of the day, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export const utcDate = (iso: string): Date => new Date(toUtc(iso));
