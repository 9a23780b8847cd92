// The renewal report engine. Entry points for the app (IPC), the CLI and the tests:
//
//   const data = await buildReportData(dispatcher, { clientId, lang: 'de' });   // through the dispatcher
//   const pdf  = await renderReportPdf(data);                                     // Buffer (application/pdf)
//   // or both at once: const { data, pdf } = await createReport(dispatcher, request)
//
// Data and rendering are separate: `buildReportData` collects and computes (the only step that touches
// the ledger), `renderReportPdf` only lays the data out.
import { buildReportData, type ReportDispatcher, type ReportOptions } from './data.ts';
import type { ReportData } from './model.ts';
import { renderReportPdf, type RenderOptions } from './render.ts';

export { assembleReport, defaultPeriodStart, eventsAsOf, type ReportInputs } from './assemble.ts';
export { buildReportData, fetchAllEvents, gatherReportInputs, type ReportDispatcher, type ReportOptions } from './data.ts';
export { DICTIONARIES, dict, formatter, type Dict, type Fmt } from './i18n.ts';
export * from './model.ts';
export { renderReportPdf, type RenderOptions } from './render.ts';
export { ReportRequest } from '../contract/report.ts';
export {
  DEFAULT_SECTIONS, INTERNAL_SECTIONS, PRESET_SECTIONS, REPORT_PRESETS, REPORT_SECTIONS, isInternalSection, isReportSection, normaliseSections,
  type ReportPreset, type ReportSection,
} from './sections.ts';
export { deriveTalkingPoints, MAX_TALKING_POINTS } from './talking-points.ts';

/** Build and render in one go. */
export async function createReport(
  dispatcher: ReportDispatcher,
  request: ReportOptions,
  render: RenderOptions = {},
): Promise<{ data: ReportData; pdf: Buffer }> {
  const data = await buildReportData(dispatcher, request);
  return { data, pdf: await renderReportPdf(data, render) };
}

/** A file name for the PDF: `Beziehungsbericht_Nordlicht-Versicherung-AG_2026-11-22.pdf`. */
export function reportFileName(data: Pick<ReportData, 'lang' | 'client' | 'today'>): string {
  const title = data.lang === 'de' ? 'Beziehungsbericht' : 'Relationship-report';
  const name = data.client.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${title}_${name || 'client'}_${data.today}.pdf`;
}
