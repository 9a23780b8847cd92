// Calendar days for the demo, all relative to one "today". Arithmetic runs on UTC midnights so that
// time zones and daylight saving never shift a day; `today` is read as the local calendar day.
const DAY_MS = 86_400_000;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const parse = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

export interface Calendar {
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** The day `days` before today (negative: after). */
  ago(days: number): string;
  /** The day `days` after today. */
  ahead(days: number): string;
  addDays(day: string, days: number): string;
  /** Same month and day, `years` later (29 February becomes the 28th). */
  addYears(day: string, years: number): string;
  /** Whole days from `a` to `b` (positive when b is later). */
  between(a: string, b: string): number;
  /** 0 Sunday … 6 Saturday. */
  weekday(day: string): number;
  /** The nearest working day: Saturday moves to Friday, Sunday to Monday unless that is after `limit`. */
  workday(day: string, limit?: string): string;
}

export function calendarFor(today: Date): Calendar {
  const base = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const todayIso = iso(base);
  const addDays = (day: string, days: number) => iso(parse(day) + days * DAY_MS);
  const weekday = (day: string) => new Date(parse(day)).getUTCDay();
  return {
    today: todayIso,
    ago: (days) => iso(base - days * DAY_MS),
    ahead: (days) => iso(base + days * DAY_MS),
    addDays,
    addYears(day, years) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
      return iso(Date.UTC(y + years, m - 1, Math.min(d, last)));
    },
    between: (a, b) => Math.round((parse(b) - parse(a)) / DAY_MS),
    weekday,
    workday(day, limit = todayIso) {
      const wd = weekday(day);
      if (wd === 6) return addDays(day, -1);
      if (wd === 0) {
        const monday = addDays(day, 1);
        return monday <= limit ? monday : addDays(day, -2);
      }
      return day;
    },
  };
}
