/** Timestamps are stored as ISO-8601 UTC strings. */
export const stamp = (now: Date) => now.toISOString();

/**
 * The stamp of a change to a row stamped `previous`: now, or a millisecond after `previous` when the clock
 * has not moved past it (two saves in one millisecond, a clock set back, a test's fixed clock). The stamp is
 * also the row's version (repositories/versions.ts), so every change must give a new one.
 */
export function nextStamp(now: Date, previous: string): string {
  const at = stamp(now);
  if (at > previous) return at;
  const after = Date.parse(previous) + 1;
  return Number.isNaN(after) ? at : new Date(after).toISOString();
}
