// The sections a renewal report can hold (the list is part of the contract). A caller picks a subset; the
// order is always the contract's, so every report reads the same way.
import {
  INTERNAL_SECTIONS, isInternalSection, PRESET_SECTIONS, REPORT_PRESETS, REPORT_SECTIONS, type ReportPreset, type ReportSection,
} from '../contract/report.ts';

export { INTERNAL_SECTIONS, isInternalSection, PRESET_SECTIONS, REPORT_PRESETS, REPORT_SECTIONS, type ReportPreset, type ReportSection };

/** What a report holds when the caller does not choose: the client preset, safe to hand over. */
export const DEFAULT_SECTIONS: readonly ReportSection[] = PRESET_SECTIONS.client;

export const isReportSection = (value: unknown): value is ReportSection =>
  typeof value === 'string' && (REPORT_SECTIONS as readonly string[]).includes(value);

/**
 * The chosen sections in canonical order, each once; an empty or missing choice means the preset's
 * (default: the client preset).
 */
export function normaliseSections(chosen: readonly ReportSection[] | undefined, preset?: ReportPreset): ReportSection[] {
  if (!chosen || chosen.length === 0) return [...(preset ? PRESET_SECTIONS[preset] : DEFAULT_SECTIONS)];
  const set = new Set(chosen);
  return REPORT_SECTIONS.filter((s) => set.has(s));
}
