// The unlocked frame over a seeded ledger: navigation, language, theme, clients, hostile text, settings.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/contract/schemas.ts';
import { day, must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

describe('the frame', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let steinbach: Client;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      steinbach = await must(d, 'clients:create', {
        name: 'Brauerei Steinbach', since: '2012-09-15', owner: 'Jonas Albrecht', renewalDate: day(40), contractValue: 52_000,
      });
      await must(d, 'events:create', {
        clientId: steinbach.id,
        event: { kind: 'crisis', title: 'Rebriefing ignored twice', occurredOn: day(-30), glaslStage: 3 },
      });
      await must(d, 'events:create', {
        clientId: steinbach.id,
        event: { kind: 'touchpoint', title: 'Tasting visit at the brewery', occurredOn: day(-10), channel: 'visit' },
      });
      await must(d, 'clients:create', { name: 'Atelier Lindqvist', since: '2021-06-01', owner: 'Sara Okafor' });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', colorScheme: 'light' });
    await app.unlock();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  const heading = () => app.page.locator('h1').first().innerText();

  it('opens on the portfolio with the clients from the ledger', async () => {
    const { page } = app;
    expect(await heading()).toBe('Portfolio');
    await page.getByRole('button', { name: 'Brauerei Steinbach' }).waitFor();
    expect(await page.getByTestId('client-row').count()).toBe(2);
    // The client with an open crisis comes first.
    expect(await page.getByTestId('client-row').first().innerText()).toContain('Brauerei Steinbach');
    expect(await page.getByTestId('stat-crises').innerText()).toContain('1');
  });

  it('navigates all five screens, by click and by shortcut', async () => {
    const { page } = app;
    const screens: [string, string][] = [
      ['clients', 'Kunden'],
      ['mediation', 'Mediation'],
      ['reports', 'Berichte'],
      ['settings', 'Einstellungen'],
      ['portfolio', 'Portfolio'],
    ];
    for (const [id, title] of screens) {
      await page.getByTestId(`nav-${id}`).click();
      await page.locator('h1', { hasText: title }).waitFor();
      expect(await page.getByTestId(`nav-${id}`).getAttribute('aria-current')).toBe('page');
    }
    await page.keyboard.press('Control+2');
    await page.locator('h1', { hasText: 'Kunden' }).waitFor();
    await page.keyboard.press('Control+1');
    await page.locator('h1', { hasText: 'Portfolio' }).waitFor();
  });

  it('mediation shows the open crises per client, reports what a report will contain', async () => {
    const { page } = app;
    await page.getByTestId('nav-mediation').click();
    await page.getByTestId('mediation-client').first().waitFor();
    expect(await page.getByTestId('mediation-client').count()).toBe(1);
    await page.getByText('Rebriefing ignored twice').waitFor();
    expect(await page.getByTestId('open-crises-count').innerText()).toBe('1 offene Krise');

    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-client').click();
    await page.getByRole('option', { name: 'Brauerei Steinbach' }).click();
    await page.getByTestId('preview-crises').waitFor();
    expect(await page.getByTestId('preview-crises').innerText()).toContain('0 gelöst, 1 offen');
    expect(await page.getByTestId('preview-appreciation').getAttribute('data-empty')).toBe('true');
    // The export itself is tested in reports.test.ts.
    expect(await page.getByTestId('report-export').isEnabled()).toBe(true);
  });

  it('switches the language and keeps the choice', async () => {
    const { page } = app;
    expect(await page.getByTestId('nav-clients').innerText()).toContain('Kunden');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByTestId('nav-clients').getByText('Clients').waitFor();
    expect(await page.getByTestId('lock-button').innerText()).toContain('Lock');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('rapport.locale'))).toBe('en');

    // The choice survives a reload (the ledger stays unlocked behind it).
    await page.reload();
    await page.getByTestId('nav-clients').getByText('Clients').waitFor();
    await page.locator('header').getByText('DE', { exact: true }).click();
    await page.getByTestId('nav-clients').getByText('Kunden').waitFor();
  });

  it('toggles light and dark, by button and by shortcut', async () => {
    const { page } = app;
    const scheme = () => page.locator('html').getAttribute('data-mantine-color-scheme');
    expect(await scheme()).toBe('light');
    await page.getByTestId('color-scheme-toggle').click();
    await expect.poll(scheme).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('rapport.colorScheme'))).toBe('dark');
    await page.keyboard.press('Control+J');
    await expect.poll(scheme).toBe('light');
  });

  it('creates a client through the form and lists it', async () => {
    const { page, dispatcher } = app;
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('new-client').click();
    const form = page.getByTestId('client-form');
    await form.waitFor();
    // The cadence starts from the settings.
    expect(await form.getByRole('textbox', { name: 'Idealerweise alle (Tage)' }).inputValue()).toBe('30');

    await page.getByTestId('client-submit').click();
    await form.getByText('Bitte einen Namen eingeben.').waitFor();

    await page.getByTestId('client-name').fill('Weber & Partner');
    await page.getByTestId('client-owner').fill('Miriam Vogt');
    await page.getByTestId('client-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Weber & Partner' }).waitFor();
    expect(await page.getByTestId('client-row').count()).toBe(3);

    const list = await must(dispatcher, 'clients:list', {});
    expect(list.map((c) => c.name)).toContain('Weber & Partner');
    expect(list.find((c) => c.name === 'Weber & Partner')?.owner).toBe('Miriam Vogt');

    // Search narrows the list, umlauts and case aside.
    await page.getByTestId('client-search').fill('weber');
    await expect.poll(() => page.getByTestId('client-row').count()).toBe(1);
    await page.getByTestId('client-search').fill('');
    await expect.poll(() => page.getByTestId('client-row').count()).toBe(3);
  });

  it('shows a client page with its facts and events', async () => {
    const { page } = app;
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Brauerei Steinbach' }).click();
    await page.getByTestId('client-name-heading').waitFor();
    expect(await page.getByTestId('client-name-heading').innerText()).toBe('Brauerei Steinbach');
    await page.getByText('Jonas Albrecht').waitFor();
    expect(await page.getByTestId('timeline-event').count()).toBe(2);
    // Newest first.
    expect(await page.getByTestId('event-title').first().innerText()).toBe('Tasting visit at the brewery');
  });

  it('renders hostile text from the ledger literally and runs nothing', async () => {
    const { page, dispatcher } = app;
    const client = await must(dispatcher, 'clients:create', { name: HOSTILE, since: '2019-01-01', owner: HOSTILE, notes: HOSTILE });
    await must(dispatcher, 'events:create', {
      clientId: client.id,
      event: { kind: 'touchpoint', title: HOSTILE, body: HOSTILE, occurredOn: day(-1), channel: 'call' },
    });
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: HOSTILE }).click();
    await page.getByTestId('event-title').first().waitFor();

    expect(await page.getByTestId('client-name-heading').innerText()).toBe(HOSTILE);
    expect(await page.getByTestId('event-title').first().textContent()).toBe(HOSTILE);
    // Give an injected onerror time to fire, then make sure nothing was parsed as markup.
    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate('[...document.scripts].filter((s) => !s.src).length')).toBe(0);
    expect(await page.evaluate(`document.body.innerHTML.includes('<img src=x')`)).toBe(false);
    expect(app.dialogs).toEqual([]);
  });

  it('saves settings into the ledger', async () => {
    const { page, dispatcher } = app;
    await page.getByTestId('nav-settings').click();
    const agency = page.getByTestId('settings-agency');
    await agency.waitFor();
    expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);
    await agency.fill('Nordlicht Beratung');
    await page.getByTestId('settings-autolock').fill('15');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-save').isDisabled()).toBe(true);
    await page.locator('header').getByText('Nordlicht Beratung').waitFor();
    const settings = await must(dispatcher, 'settings:get', {});
    expect(settings).toMatchObject({ agencyName: 'Nordlicht Beratung', autoLockMinutes: 15 });
  });

  it('locks from the frame and shows the unlock screen', async () => {
    const { page } = app;
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect(await page.getByTestId('client-row').count()).toBe(0);
    expect(await page.content()).not.toContain('Brauerei Steinbach');
  });
});
