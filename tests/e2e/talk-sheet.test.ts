// The "Export talk sheet" button in the prep workspace, in Chromium over the demo agency: the sheet is
// rendered by the real engine in the UI's language and written where the save dialog says; a cancelled
// dialog writes nothing. Both end in a notification. Set TALK_SHEET_SHOTS=DIR to keep screenshots.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { fillNordlichtPrep } from '../report/talk-sheet-support.ts';
import { PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport } from './harness.ts';

const SHOTS = process.env.TALK_SHEET_SHOTS;

describe.each([
  { locale: 'en', colorScheme: 'light', saved: /Talk sheet saved: Talk-sheet_Northgate-Mutual-Insurance_2026-11-30\.pdf \(\d pages?\)/, cancelled: 'The talk sheet was not saved.', button: 'Export talk sheet' },
  { locale: 'de', colorScheme: 'dark', saved: /Gesprächsleitfaden gespeichert: Gespraechsleitfaden_Nordlicht-Versicherung-AG_2026-11-30\.pdf \(\d Seiten?\)/, cancelled: 'Der Gesprächsleitfaden wurde nicht gespeichert.', button: 'Gesprächsleitfaden exportieren' },
] as const)('exporting the talk sheet ($locale, $colorScheme)', ({ locale, colorScheme, saved, cancelled, button }) => {
  const ledger = tempLedger();
  let prepId = 0;
  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: locale });
      prepId = await fillNordlichtPrep(d, locale);
    });
  }, 120_000);
  afterAll(() => ledger.cleanup());

  it('saves the sheet where the dialog says, and tells so; a cancelled dialog writes nothing', async () => {
    const target: { path: string | null; asked: string[] } = { path: join(ledger.dir, 'chosen.pdf'), asked: [] };
    const app = await launchRapport({
      ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale, colorScheme,
      saveTarget: async (name) => {
        target.asked.push(name);
        return target.path;
      },
    });
    try {
      await app.unlock();
      await app.page.getByTestId('nav-mediation').click();
      await app.page.locator(`[data-testid="prep-row"][data-prep-id="${prepId}"]`).getByTestId('prep-open').click();
      const action = app.page.getByTestId('prep-talk-sheet');
      await action.waitFor();
      expect(await action.textContent()).toBe(button);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await app.page.screenshot({ path: join(SHOTS, `workspace-${locale}-${colorScheme}.png`) });
      }

      await action.click();
      await app.page.getByText(saved).waitFor();
      const pdf = readFileSync(join(ledger.dir, 'chosen.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(target.asked).toHaveLength(1);
      if (SHOTS) await app.page.screenshot({ path: join(SHOTS, `saved-${locale}-${colorScheme}.png`) });

      target.path = null;
      await action.click();
      await app.page.getByText(cancelled).waitFor();
      expect(target.asked).toHaveLength(2);
      expect(existsSync(join(ledger.dir, target.asked[1] ?? 'none'))).toBe(false);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
