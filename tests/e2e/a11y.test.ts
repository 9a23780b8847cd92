// Accessible by construction (issue #16, item 9): axe-core over every main screen of the demo agency, in English
// and in German: the create and unlock screens, the portfolio and its health drawer, the clients, a client page
// with its timeline, people and health tabs, the event editor with a date picker's calendar open, the mediation
// overview and a prep, reports and settings. No violation of impact "serious" or "critical" may remain; a failure
// names each rule and the elements it found. One app per ledger state, reused across screens; the language is
// switched in the app, as a person would.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Locale, type Rapport } from './harness.ts';

const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations on the page right now, one line per rule with its targets. */
async function violations(page: Page, screen: string): Promise<string[]> {
  // Let transitions and data settle: axe reads the colours that are on screen.
  await page.waitForTimeout(150);
  // Legacy mode runs axe in the page itself (no helper page per run; the app has no frames), violations only:
  // a run takes 1–4 s instead of up to 12 s on a loaded machine.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n    ')}`);
}

async function switchLanguage(page: Page, locale: Locale) {
  // The language switch is a segmented control (radio inputs) in the header or on the auth screens.
  await page.locator('label.mantine-SegmentedControl-label', { hasText: locale.toUpperCase() }).first().click();
  await page.locator(`html[lang="${locale}"]`).waitFor();
}

describe('accessibility (axe-core) of every main screen, in English and German', () => {
  const demo = tempLedger();
  const fresh = tempLedger();
  let app: Rapport;
  /** A client with an open crisis: its timeline shows the crisis card's own action. */
  let crisisClient = '';

  beforeAll(async () => {
    await seedLedger(demo.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: 'en', today: new Date() });
      crisisClient = (await must(d, 'clients:list', {})).find((c) => c.openCrises > 0)?.name ?? '';
    });
    expect(crisisClient, 'the demo has a client in crisis').not.toBe('');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    demo.cleanup();
    fresh.cleanup();
  });

  it('the create screen has no serious or critical violation', async () => {
    const first = await launchRapport({ ledgerPath: fresh.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    try {
      const found: string[] = [];
      for (const locale of ['en', 'de'] as const) {
        await switchLanguage(first.page, locale);
        await first.page.getByTestId('create-passphrase').fill('lantern orchard');
        found.push(...(await violations(first.page, `create (${locale})`)));
      }
      expect(found, found.join('\n')).toEqual([]);
      expect(first.errors).toEqual([]);
    } finally {
      await first.close();
    }
  });

  it('every screen of the unlocked app has no serious or critical violation', async () => {
    app = await launchRapport({ ledgerPath: demo.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    const { page } = app;
    const found: string[] = [];
    const check = async (screen: string, locale: Locale) => found.push(...(await violations(page, `${screen} (${locale})`)));
    for (const locale of ['en', 'de'] as const) {
      if (locale === 'en') {
        await page.getByTestId('unlock-passphrase').waitFor();
        await check('unlock', locale);
        await app.unlock();
      }
      await switchLanguage(page, locale);

      await page.getByTestId('nav-portfolio').click();
      await page.getByTestId('client-row').first().waitFor();
      await check('portfolio', locale);
      await page.getByTestId('client-row').first().getByTestId('health-badge').click();
      await page.getByTestId('health-factor').first().waitFor();
      await check('health drawer', locale);
      await page.keyboard.press('Escape');
      await page.getByTestId('health-factor').first().waitFor({ state: 'hidden' });

      await page.getByTestId('nav-clients').click();
      await page.getByTestId('client-row').first().waitFor();
      await check('clients', locale);

      await page.getByTestId('nav-mediation').click();
      const crisis = page.getByTestId('open-crisis').first();
      await crisis.waitFor();
      await check('mediation', locale);
      // The first pass starts the prep; the second continues it.
      await crisis.locator('[data-testid="prepare-talk"], [data-testid="continue-talk"]').click();
      await page.getByTestId('prep-workspace').waitFor();
      await check('prep', locale);
      await page.getByTestId('prep-nav-diagnosis').click();
      await check('prep diagnosis', locale);
      await page.getByTestId('prep-back').click();
      await page.getByTestId('open-preps').waitFor();
      await check('mediation with a prep', locale);

      await page.getByTestId('nav-clients').click();
      await page.getByRole('button', { name: crisisClient, exact: true }).click();
      await page.getByTestId('timeline-event').first().waitFor();
      await check('client timeline', locale);
      // Each card is an article named by its title and date; an open crisis offers the talk as a visible action.
      const card = page.getByTestId('timeline-event').first();
      const title = await card.getByTestId('event-title').innerText();
      const date = await card.getByTestId('event-date').innerText();
      expect(await page.getByRole('article', { name: `${title} ${date}`, exact: true }).count()).toBeGreaterThan(0);
      const crisisCard = page.locator('[data-testid="timeline-event"][data-kind="crisis"][data-status="open"]').first();
      expect(await crisisCard.getByTestId('event-prepare-talk').innerText()).toBe(locale === 'de' ? 'Gespräch vorbereiten' : 'Prepare a talk');
      expect(await page.locator('[data-testid="timeline-event"]:not([data-kind="crisis"]) [data-testid="event-prepare-talk"]').count()).toBe(0);
      await page.getByTestId('tab-contacts').click();
      await page.getByTestId('client-contacts').waitFor();
      await check('client people', locale);
      await page.getByTestId('tab-health').click();
      await page.locator('[data-testid="health-band"]:visible').first().waitFor();
      await check('client health', locale);
      await page.getByTestId('tab-timeline').click();
      await page.getByTestId('timeline-event').first().waitFor();

      await page.getByTestId('new-event').click();
      await page.getByTestId('new-event-crisis').click();
      await page.getByTestId('editor-form').waitFor();
      await check('event editor', locale);
      // The date picker's calendar, with its month arrows.
      await page.locator('[data-testid="editor-form"] button[aria-haspopup="dialog"]').first().click();
      await page.getByRole('button', { name: locale === 'de' ? 'Nächster Monat' : 'Next month', exact: true }).waitFor();
      await page.getByRole('button', { name: locale === 'de' ? 'Vorheriger Monat' : 'Previous month', exact: true }).waitFor();
      await check('event editor calendar', locale);
      await page.keyboard.press('Escape');
      await page.getByTestId('editor-cancel').click();
      const discard = page.getByTestId('discard-confirm');
      if (await discard.isVisible().catch(() => false)) await discard.click();
      await page.getByTestId('editor-form').waitFor({ state: 'detached' });

      await page.getByTestId('nav-reports').click();
      await page.getByTestId('report-client').waitFor();
      await check('reports', locale);

      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-form').waitFor();
      await check('settings', locale);
    }
    // The unlock screen in German too.
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    await check('unlock', 'de');
    expect(found, found.join('\n')).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 360_000);
});
