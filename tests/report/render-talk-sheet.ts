// Render the talk sheet of a filled Nordlicht / Northgate prep in German and English into .tmp/ to look at:
//   npx tsx tests/report/render-talk-sheet.ts        then  pdftoppm -png -r 80 .tmp/talk-sheet-de.pdf .tmp/talk-sheet-de
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTalkSheet } from '../../src/report/talk-sheet/index.ts';
import { DEMO_TODAY, openDemoLedger } from './support.ts';
import { fillNordlichtPrep } from './talk-sheet-support.ts';

const out = process.env.OUT ?? join(import.meta.dirname, '..', '..', '.tmp');
mkdirSync(out, { recursive: true });
for (const lang of (process.env.LANGS?.split(',') ?? ['de', 'en']) as ('de' | 'en')[]) {
  const ledger = await openDemoLedger(lang);
  try {
    const prepId = await fillNordlichtPrep(ledger.dispatcher, lang);
    const { pdf } = await createTalkSheet(ledger.dispatcher, { prepId, lang, today: DEMO_TODAY });
    const file = join(out, `talk-sheet-${lang}.pdf`);
    writeFileSync(file, pdf);
    console.log(`${file}: ${pdf.length} bytes`);
  } finally {
    await ledger.cleanup();
  }
}
