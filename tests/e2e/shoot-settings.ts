// Screenshots for review of Settings → Backups ("Restore from a file…") and of an import's progress while a
// 100,000-row CSV is checked: `npx tsx tests/e2e/shoot-settings.ts` (after `npx electron-vite build`).
// Writes PNGs to screenshots/ (git-ignored), in German and English.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsCsv } from '../support/big-import.ts';
import { PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, ROOT, type Locale } from './harness.ts';

const OUT = join(ROOT, 'screenshots');
mkdirSync(OUT, { recursive: true });

for (const locale of ['de', 'en'] as Locale[]) {
  const t = tempLedger();
  const csv = join(t.dir, 'events.csv');
  writeFileSync(csv, eventsCsv(100_000, 500));
  await seedLedger(t.ledgerPath, PASSPHRASE);
  const app = await launchRapport({ ledgerPath: t.ledgerPath, passphrase: PASSPHRASE, locale, openSource: async () => csv });
  try {
    await app.unlock();
    await app.page.getByTestId('nav-settings').click();
    await app.page.getByTestId('settings-form').waitFor();
    const backups = app.page.getByTestId('backups-section');
    await backups.scrollIntoViewIfNeeded();
    await backups.screenshot({ path: join(OUT, `backups-restore-file-${locale}.png`) });
    await app.page.getByTestId('import-choose').click();
    await app.page.getByTestId('import-check').click();
    const progress = app.page.getByTestId('import-progress');
    await progress.waitFor();
    await app.page.getByTestId('import-section').screenshot({ path: join(OUT, `import-progress-${locale}.png`) });
    await app.page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    if (app.errors.length) console.error(app.errors);
  } finally {
    await app.close();
    t.cleanup();
  }
}
