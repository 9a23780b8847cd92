// The mediation talk sheet: rendered in the engine from the prep and what belongs to it, written where
// the caller's save target says (a dialog in the app, --out in the CLI), like the renewal report.
import { RapportError } from '../../contract/errors.ts';
import { createTalkSheet, talkSheetFileName } from '../../report/talk-sheet/index.ts';
import { writeFileAtomic } from '../../store/files.ts';
import { requireLedger, type Handlers } from '../context.ts';
import { chooseTarget } from '../save-target.ts';
import { pdfPageCount } from './report.ts';

export const talkSheetHandlers: Pick<Handlers, 'mediation:exportTalkSheet'> = {
  'mediation:exportTalkSheet': async (s, request) => {
    requireLedger(s);
    if (!s.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the talk sheet.');
    const { data, pdf } = await createTalkSheet({ call: s.call, session: s }, request);
    const fileName = talkSheetFileName(data);
    const target = await chooseTarget(s, fileName, 'There is no place to save the talk sheet.');
    const result = { fileName, pages: pdfPageCount(pdf), bytes: pdf.length };
    if (target === null) return { saved: false, ...result };
    writeFileAtomic(target.path, pdf, { replace: target.replace });
    return { saved: true, ...result };
  },
};
