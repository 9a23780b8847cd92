// Render the demo agency's report in German and English into .tmp/ for looking at:
//   npx tsx tests/report/render-demo.ts [client-name-pattern]     (LANGS=de or LANGS=en for one language)
//   pdftoppm -png -r 60 .tmp/report-de.pdf .tmp/report-de
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportData, renderReportPdf } from '../../src/report/index.ts';
import { clientId, DEMO_TODAY, openDemoLedger } from './support.ts';

const pattern = new RegExp(process.argv[2] ?? 'Nordlicht|Northgate', 'i');
const out = join(import.meta.dirname, '..', '..', '.tmp');
mkdirSync(out, { recursive: true });

for (const lang of (process.env.LANGS?.split(',') ?? ['de', 'en']) as ('de' | 'en')[]) {
  const ledger = await openDemoLedger(lang);
  try {
    const id = await clientId(ledger.dispatcher, pattern);
    const client = await ledger.dispatcher.call('clients:get', { id });
    if (!client.ok) throw new Error(client.error.code);
    const started = performance.now();
    const data = await buildReportData(ledger.dispatcher, { clientId: id, lang, today: DEMO_TODAY, from: client.value.since });
    const pdf = await renderReportPdf(data);
    const file = join(out, `report-${lang}.pdf`);
    writeFileSync(file, pdf);
    writeFileSync(join(out, `report-${lang}.json`), JSON.stringify(data, null, 2));
    console.log(`${file}: ${pdf.length} bytes in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await ledger.cleanup();
  }
}
