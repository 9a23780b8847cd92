// The renewal report: rendered in the engine from the same channels every other path uses, written
// where the caller's save target says (a dialog in the app, --out in the CLI). The page never names a path.
import { RapportError } from '../../contract/errors.ts';
import { createReport, reportFileName } from '../../report/index.ts';
import { writeFileAtomic } from '../../store/files.ts';
import type { Handlers } from '../dispatcher.ts';

/** Pages in a PDF that react-pdf wrote (one `/Type /Page` object each). */
export const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

export const reportHandlers: Pick<Handlers, 'report:exportPdf'> = {
  'report:exportPdf': async (s, request) => {
    if (!s.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the report.');
    const { data, pdf } = await createReport({ call: s.call, session: s }, request);
    const fileName = reportFileName(data);
    const target = await s.options.saveTarget(fileName);
    const result = { fileName, pages: pdfPageCount(pdf), bytes: pdf.length };
    if (target === null) return { saved: false, ...result };
    writeFileAtomic(target, pdf);
    return { saved: true, ...result };
  },
};
