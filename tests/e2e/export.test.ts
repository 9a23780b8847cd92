// Export in the real renderer: the JSON export asks first (the file is not encrypted) and then saves where
// the save dialog says; CSV of one client and the calendar save too; a cancelled dialog says so.
// RAPPORT_EXPORT_SHOTS=DIR also writes screenshots of the section (en/de, light/dark) for review.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENTS, PASSPHRASE, seedDemo, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type ColorScheme, type Locale, type Rapport } from './harness.ts';

const SHOTS = process.env.RAPPORT_EXPORT_SHOTS;

describe('export in Settings', () => {
  const ledger = tempLedger();
  let answer: string | null = null;
  const asked: string[] = [];

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, seedDemo);
  });
  afterAll(() => ledger.cleanup());

  async function open(locale: Locale, colorScheme: ColorScheme): Promise<Rapport> {
    const app = await launchRapport({
      ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale, colorScheme,
      saveTarget: async (name) => {
        asked.push(name);
        return answer;
      },
    });
    await app.unlock();
    await app.page.getByTestId('nav-settings').click();
    await app.page.getByTestId('export-section').scrollIntoViewIfNeeded();
    return app;
  }

  it('JSON: warns, asks for confirmation, then saves the whole ledger; cancelled says so', async () => {
    const app = await open('en', 'light');
    try {
      const { page } = app;
      expect(await page.getByTestId('export-json-warning').innerText()).toMatch(/not encrypted/);
      await page.getByTestId('export-json').click();
      await page.getByTestId('export-json-dialog').waitFor();
      expect(await page.getByTestId('export-json-dialog').innerText()).toMatch(/plain text/);
      // Cancel in the confirmation: nothing is asked, nothing written.
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByTestId('export-json-dialog').waitFor({ state: 'detached' });
      expect(asked).toEqual([]);

      answer = join(ledger.dir, 'mine.json');
      await page.getByTestId('export-json').click();
      await page.getByTestId('export-json-confirm').click();
      await page.getByText(/^Saved rapport-ledger-\d{4}-\d{2}-\d{2}\.json \(\d+ KB\)\.$/).waitFor();
      expect(asked).toEqual([expect.stringMatching(/^rapport-ledger-.*\.json$/)]);
      const doc = JSON.parse(readFileSync(answer, 'utf8')) as { format: string; data: { clients: unknown[] } };
      expect(doc.format).toBe('rapport-ledger');
      expect(doc.data.clients).toHaveLength(DEMO_CLIENTS.length);

      answer = null;
      await page.getByTestId('export-ics').click();
      await page.getByText('Export cancelled; nothing was saved.').waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('CSV of one client and the calendar, in German', async () => {
    const app = await open('de', 'dark');
    try {
      const { page } = app;
      const client = DEMO_CLIENTS[0]!.name;
      await page.getByTestId('export-csv-client').click();
      await page.getByRole('option', { name: client }).click();
      answer = join(ledger.dir, 'one.csv');
      await page.getByTestId('export-csv').click();
      await page.getByText(/^rapport-events-.*\.csv gespeichert/).waitFor();
      expect(asked.at(-1)).toMatch(/^rapport-events-.+-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(answer, 'utf8');
      expect(csv.startsWith('\uFEFFDatum;Kunde;Art;Titel')).toBe(true);
      const rows = csv.split('\r\n').slice(1).filter(Boolean);
      expect(rows.length).toBe(DEMO_CLIENTS[0]!.events.length);

      answer = join(ledger.dir, 'cal.ics');
      await page.getByTestId('export-ics').click();
      await page.getByText(/^rapport-reminders-.*\.ics gespeichert/).waitFor();
      expect(existsSync(answer)).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it.runIf(SHOTS)('screenshots for review', async () => {
    mkdirSync(SHOTS!, { recursive: true });
    for (const locale of ['en', 'de'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const app = await open(locale, scheme);
        try {
          const { page } = app;
          await page.mouse.move(1279, 799);
          await page.evaluate('document.fonts.ready.then(() => undefined)');
          await page.waitForTimeout(300);
          await page.getByTestId('export-section').screenshot({ path: join(SHOTS!, `export-${locale}-${scheme}.png`) });
          await page.getByTestId('export-json').click();
          await page.getByTestId('export-json-dialog').waitFor();
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(SHOTS!, `export-confirm-${locale}-${scheme}.png`) });
        } finally {
          await app.close();
        }
      }
    }
  });
});
