// Export: render in the engine, then write where the caller's save target says (a dialog in the app,
// --out in the CLI; null = cancelled). The page never names a path.
import { RapportError } from '../../contract/errors.ts';
import type { ExportResult } from '../../contract/export.ts';
import { writeFileAtomic } from '../../store/files.ts';
import { clientName } from '../../store/repositories/transfer.ts';
import type { Session } from '../context.ts';
import { requireLedger, type Handlers } from '../context.ts';
import { chooseTarget } from '../save-target.ts';
import { renderCalendar } from '../transfer/calendar-ics.ts';
import { renderEventsCsv } from '../transfer/events-csv.ts';
import { exportFileName } from '../transfer/file-names.ts';
import { buildLedgerJson, ledgerJsonFileName, renderLedgerJson, tableCounts } from '../transfer/json-export.ts';

async function save(s: Session, fileName: string, content: string | Buffer, counts: Record<string, number>): Promise<ExportResult> {
  if (!s.options.saveTarget) throw new RapportError('INVALID', 'There is no place to save the export.');
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const target = await chooseTarget(s, fileName, 'There is no place to save the export.');
  if (target === null) return { saved: false, fileName, bytes: data.length, counts };
  writeFileAtomic(target.path, data, { replace: target.replace });
  return { saved: true, fileName, bytes: data.length, counts };
}

export const exportHandlers: Pick<Handlers, 'export:json' | 'export:eventsCsv' | 'export:ics'> = {
  'export:json': async (s) => {
    const doc = await buildLedgerJson(s);
    return save(s, ledgerJsonFileName(s.now()), renderLedgerJson(doc), tableCounts(doc));
  },
  'export:eventsCsv': async (s, input) => {
    const ledger = requireLedger(s);
    let part: string | undefined;
    if (input.clientId !== undefined) {
      const name = await clientName(ledger.db, input.clientId);
      if (name === null) throw new RapportError('NOT_FOUND', 'This client does not exist.');
      part = name;
    }
    const { text, events } = await renderEventsCsv(s, input);
    return save(s, exportFileName('events', s.now(), 'csv', part), text, { events });
  },
  'export:ics': async (s, input) => {
    requireLedger(s);
    const { text, reminders, renewals } = await renderCalendar(s, input);
    return save(s, exportFileName('reminders', s.now(), 'ics'), text, { reminders, renewals });
  },
};
