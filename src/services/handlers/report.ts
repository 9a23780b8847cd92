// The renewal report: rendered in the engine from the same channels every other path uses, written
// where the caller's save target says (a dialog in the app, --out in the CLI). The page never names a path.
import { RapportError } from '../../contract/errors.ts';
import type { ReportStage } from '../../contract/report.ts';
import { assembleReport, buildReportData, gatherReportInputs, reportFileName, type ReportDispatcher } from '../../report/index.ts';
import { renderReportPdfOffThread } from '../../report/render-offthread.ts';
import { previewReport } from '../../report/preview.ts';
import { writeFileAtomic } from '../../store/files.ts';
import { clientContributors } from '../../store/repositories/contributors.ts';
import { requireLedger, type Handlers, type Session } from '../context.ts';
import { chooseTarget } from '../save-target.ts';

/** Pages in a PDF that react-pdf wrote (one `/Type /Page` object each). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/**
 * Where each stage starts on the progress bar. Laying out the pages is most of the work; the save dialog
 * waits for the user, so it gets a sliver only.
 */
const STAGE_START: Record<ReportStage, number> = { gathering: 0, layout: 0.15, choosing: 0.85, writing: 0.92, done: 1 };

/** Tell the window how far the export is. A window that cannot be told must not stop the export. */
function progress(s: Session, stage: ReportStage): void {
  try {
    s.options.emit?.('report:progress', { stage, fraction: STAGE_START[stage] });
  } catch {
    // The progress bar is a courtesy; the export's result still arrives as the call's answer.
  }
}

/**
 * What a report is gathered from inside a handler: the session's channels, and on the agency's shared ledger
 * the client's authors, read from the store as the connected login (row-level security decides, as for every
 * read). A ledger file has one writer, so its report has no contributors part, even when its rows came from a
 * server export that named authors.
 */
export function reportSource(s: Session): ReportDispatcher {
  return {
    call: s.call,
    session: s,
    contributors: async (clientId, asOf) => {
      const ledger = requireLedger(s);
      return ledger.kind === 'server' ? clientContributors(ledger.db, clientId, asOf) : [];
    },
  };
}

export const reportHandlers: Pick<Handlers, 'report:exportPdf' | 'report:preview'> = {
  'report:exportPdf': async (s, request) => {
    if (!s.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the report.');
    progress(s, 'gathering');
    const data = await buildReportData(reportSource(s), request);
    progress(s, 'layout');
    // Off the calling thread: the Electron main process keeps serving IPC and pushing progress meanwhile.
    const { pdf } = await renderReportPdfOffThread(data);
    const fileName = reportFileName(data);
    progress(s, 'choosing');
    const target = await chooseTarget(s, fileName, 'There is no place to save the report.');
    const result = { fileName, pages: pdfPageCount(pdf), bytes: pdf.length };
    if (target === null) {
      progress(s, 'done');
      return { saved: false, ...result };
    }
    progress(s, 'writing');
    writeFileAtomic(target.path, pdf, { replace: target.replace });
    progress(s, 'done');
    return { saved: true, ...result };
  },

  'report:preview': async (s, request) => {
    const inputs = await gatherReportInputs(reportSource(s), request);
    const data = assembleReport(inputs);
    return previewReport(data, inputs, reportFileName(data));
  },
};
