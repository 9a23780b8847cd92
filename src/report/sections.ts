// The sections a renewal report can hold, in the order they appear. A caller picks a subset; the order
// is always this one, so every report reads the same way.
export const REPORT_SECTIONS = [
  'cover',
  'glance',
  'health',
  'nev',
  'highlights',
  'crises',
  'appreciation',
  'openPoints',
  'talkingPoints',
] as const;

export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What a report holds when the caller does not choose: everything. */
export const DEFAULT_SECTIONS: readonly ReportSection[] = REPORT_SECTIONS;

/**
 * Sections meant for the agency's own preparation rather than for the client's eyes. The report marks
 * them as internal; a caller who hands the PDF over may leave them out.
 */
export const INTERNAL_SECTIONS: readonly ReportSection[] = ['talkingPoints'];

export const isReportSection = (value: unknown): value is ReportSection =>
  typeof value === 'string' && (REPORT_SECTIONS as readonly string[]).includes(value);

/** The chosen sections in canonical order, each once; an empty or missing choice means the default. */
export function normaliseSections(chosen: readonly ReportSection[] | undefined): ReportSection[] {
  if (!chosen || chosen.length === 0) return [...DEFAULT_SECTIONS];
  const set = new Set(chosen);
  return REPORT_SECTIONS.filter((s) => set.has(s));
}
