/** Timestamps are stored as ISO-8601 UTC strings. */
export const stamp = (now: Date) => now.toISOString();
