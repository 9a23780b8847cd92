// The sections a renewal report can hold (the list is part of the contract). A caller picks a subset; the
// order is always the contract's, so every report reads the same way.
import { REPORT_SECTIONS, type ReportSection } from '../contract/report.ts';

export { REPORT_SECTIONS, type ReportSection };

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
