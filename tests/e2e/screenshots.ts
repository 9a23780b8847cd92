// Screenshots of the renderer for review: `npx tsx tests/e2e/screenshots.ts` (after `npx electron-vite build`).
// Writes PNGs to screenshots/ (git-ignored): the create and unlock screens and the frame with a seeded
// demo agency, in German and English, light and dark.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, seedDemo, seedLedger, tempLedger, DEMO_CLIENTS } from './fixtures.ts';
import { launchRapport, ROOT, type ColorScheme, type Locale } from './harness.ts';

const OUT = join(ROOT, 'screenshots');
const LOCALES: Locale[] = ['de', 'en'];
const SCHEMES: ColorScheme[] = ['light', 'dark'];
/** Only the main pair by default; `--all` also shoots every screen in every combination. */
const ALL = process.argv.includes('--all');

async function settle(page: Page) {
  // No hover effects in the picture: the pointer rests outside the window's content.
  await page.mouse.move(1279, 799);
  await page.waitForLoadState('networkidle');
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.waitForTimeout(250);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const seeded = tempLedger();
  const fresh = tempLedger();
  await seedLedger(seeded.ledgerPath, PASSPHRASE, seedDemo);
  const written: string[] = [];
  const problems: string[] = [];
  try {
    for (const locale of LOCALES) {
      for (const colorScheme of SCHEMES) {
        const tag = `${locale}-${colorScheme}`;
        const shot = async (app: Awaited<ReturnType<typeof launchRapport>>, name: string) => {
          await settle(app.page);
          const file = join(OUT, `${name}-${tag}.png`);
          await app.page.screenshot({ path: file });
          written.push(file);
        };

        // The create screen on a ledger that does not exist yet.
        if (ALL || tag === 'en-light' || tag === 'de-dark') {
          const first = await launchRapport({ ledgerPath: fresh.ledgerPath, passphrase: PASSPHRASE, locale, colorScheme });
          try {
            await first.page.getByTestId('create-passphrase').fill('lantern orchard');
            await shot(first, 'create');
            problems.push(...first.errors.map((e) => `${tag} create: ${e}`));
          } finally {
            await first.close();
          }
        }

        const app = await launchRapport({ ledgerPath: seeded.ledgerPath, passphrase: PASSPHRASE, locale, colorScheme });
        try {
          await app.page.getByTestId('unlock-passphrase').waitFor();
          await shot(app, 'unlock');
          await app.page.getByTestId('unlock-passphrase').fill('not the passphrase');
          await app.page.getByTestId('unlock-passphrase').press('Enter');
          await app.page.getByText(locale === 'de' ? 'Falsche Passphrase oder beschädigte Datei' : 'Wrong passphrase or damaged file').waitFor();
          if (ALL || tag === 'en-light' || tag === 'de-dark') await shot(app, 'unlock-wrong');
          await app.unlock();
          await app.page.getByTestId('client-row').first().waitFor();
          await shot(app, 'portfolio');

          if (ALL || tag === 'en-light' || tag === 'de-dark') {
            await app.page.getByTestId('nav-clients').click();
            await app.page.getByTestId('client-row').first().waitFor();
            await shot(app, 'clients');
            await app.page.getByTestId('new-client').click();
            await app.page.getByTestId('client-form').waitFor();
            await shot(app, 'client-form');
            await app.page.keyboard.press('Escape');
            await app.page.getByTestId('client-form').waitFor({ state: 'detached' });

            const crisisClient = DEMO_CLIENTS[2]?.name ?? '';
            await app.page.getByRole('button', { name: crisisClient }).click();
            await app.page.getByTestId('timeline-event').first().waitFor();
            await shot(app, 'client');

            await app.page.getByTestId('nav-mediation').click();
            await app.page.getByTestId('open-crisis').first().waitFor();
            await shot(app, 'mediation');

            await app.page.getByTestId('nav-reports').click();
            await app.page.getByTestId('report-client').click();
            await app.page.getByRole('option', { name: DEMO_CLIENTS[0]?.name ?? '' }).click();
            await app.page.getByTestId('report-section-story').waitFor();
            await shot(app, 'reports');

            await app.page.getByTestId('nav-settings').click();
            await app.page.getByTestId('settings-form').waitFor();
            await shot(app, 'settings');
          }
          problems.push(...app.errors.map((e) => `${tag}: ${e}`));
        } finally {
          await app.close();
        }
      }
    }
  } finally {
    seeded.cleanup();
    fresh.cleanup();
  }
  for (const file of written) console.log(file);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

await main();
