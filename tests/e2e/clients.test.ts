// The clients list: sorting by every sortable column, search, create with the settings' cadence, an edit that
// sends only what changed, archive (with Undo) and unarchive behind "show archived", and lock/unlock.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/contract/schemas.ts';
import { day, discardQuestionReady, must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

async function errorAt(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const id = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).find((x) => x.endsWith('-error'));
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`).innerText();
}

describe('the clients list', () => {
  const ledger = tempLedger();
  let app: Rapport;
  const ids: Record<string, number> = {};

  // Read in one go: the list re-renders while a search or a sort settles.
  const names = () =>
    app.page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="client-row"]')].map((r) => r.querySelector('td button')?.textContent ?? '')`,
    );
  const row = (name: string) => app.page.getByTestId('client-row').filter({ hasText: name });
  const get = (name: string) => must(app.dispatcher, 'clients:get', { id: ids[name] as number });

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      const add = async (input: Parameters<typeof must<'clients:create'>>[2]) => {
        const c: Client = await must(d, 'clients:create', input);
        ids[c.name] = c.id;
        return c;
      };
      const touch = (clientId: number, offset: number) =>
        must(d, 'events:create', { clientId, event: { kind: 'touchpoint', title: 'Call', occurredOn: day(offset), channel: 'call' } });
      const crisis = (clientId: number) =>
        must(d, 'events:create', { clientId, event: { kind: 'crisis', title: 'Strain', occurredOn: day(-20), glaslStage: 2 } });

      const atelier = await add({ name: 'Atelier Lindqvist', since: '2021-06-01', owner: 'Sara Okafor' });
      await touch(atelier.id, -3);
      const brauerei = await add({ name: 'Brauerei Steinbach', since: '2012-09-15', owner: 'Jonas Albrecht', renewalDate: day(160) });
      await touch(brauerei.id, -74);
      await crisis(brauerei.id);
      const klinik = await add({ name: 'Klinikverbund Rhein-Main', since: '2019-01-10', owner: 'Miriam Vogt', renewalDate: day(25) });
      await touch(klinik.id, -5);
      await crisis(klinik.id);
      await crisis(klinik.id);
      await add({
        name: 'Orbis Software AG', since: '2020-03-12', owner: 'Lena Hartmann', renewalDate: day(210),
        contractValue: 45_000, notes: 'Prefers written summaries.',
      });
      await add({ name: 'Müller & Töchter Bau', since: '2010-05-01', owner: 'Miriam Vogt', status: 'archived' });
      await must(d, 'settings:update', { defaultCadenceIdealDays: 21, defaultCadenceMaxDays: 45 });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
    await app.page.getByTestId('nav-clients').click();
    await app.page.getByTestId('client-row').first().waitFor();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('sorts by name, since, renewal, last contact and open crises, both ways', async () => {
    const { page } = app;
    const A = 'Atelier Lindqvist', B = 'Brauerei Steinbach', K = 'Klinikverbund Rhein-Main', O = 'Orbis Software AG';
    expect(await names()).toEqual([A, B, K, O]);
    expect(await page.getByRole('columnheader', { name: /Client/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByTestId('sort-name').click();
    expect(await names()).toEqual([O, K, B, A]);

    await page.getByTestId('sort-since').click();
    expect(await names()).toEqual([B, K, O, A]);
    await page.getByTestId('sort-since').click();
    expect(await names()).toEqual([A, O, K, B]);

    // Soonest renewal first; no renewal date last, whichever way.
    await page.getByTestId('sort-renewal').click();
    expect(await names()).toEqual([K, B, O, A]);
    await page.getByTestId('sort-renewal').click();
    expect(await names()).toEqual([O, B, K, A]);

    // Longest without contact first; never in touch last.
    await page.getByTestId('sort-lastContact').click();
    expect(await names()).toEqual([B, K, A, O]);

    // Most open crises first.
    await page.getByTestId('sort-openCrises').click();
    expect(await names()).toEqual([K, B, A, O]);
    expect(await page.getByRole('columnheader', { name: /Crises/ }).getAttribute('aria-sort')).toBe('descending');
    await page.getByTestId('sort-name').click();
  });

  it('searches by name and owner', async () => {
    const { page } = app;
    await page.getByTestId('client-search').fill('klinik');
    await expect.poll(() => names()).toEqual(['Klinikverbund Rhein-Main']);
    await page.getByTestId('client-search').fill('miriam');
    await expect.poll(() => names()).toEqual(['Klinikverbund Rhein-Main']);
    await page.getByTestId('client-search').fill('muller');
    await page.getByText('No client matches “muller”.').waitFor();
    await page.getByTestId('show-archived').check();
    await expect.poll(() => names()).toEqual(['Müller & Töchter Bau']);
    await page.getByTestId('show-archived').uncheck();
    await page.getByTestId('client-search').fill('');
    await expect.poll(() => names()).toHaveLength(4);
  });

  it('creates a client starting from the default cadence in the settings', async () => {
    const { page } = app;
    await page.getByTestId('new-client').click();
    await page.getByTestId('client-form').waitFor();
    expect(await page.getByTestId('client-cadence-ideal').inputValue()).toBe('21');
    expect(await page.getByTestId('client-cadence-max').inputValue()).toBe('45');
    await page.getByTestId('client-submit').click();
    expect(await errorAt(page, page.getByTestId('client-name'))).toBe('Please enter a name.');
    await page.getByTestId('client-name').fill('Weber & Partner');
    await page.getByTestId('client-value').fill('30000');
    await page.getByTestId('client-notes').fill('Met at the trade fair.');
    await page.getByTestId('client-submit').click();
    await page.getByTestId('client-form').waitFor({ state: 'detached' });
    await row('Weber & Partner').waitFor();
    const list = await must(app.dispatcher, 'clients:list', {});
    const weber = list.find((c) => c.name === 'Weber & Partner');
    expect(weber).toMatchObject({ cadenceIdealDays: 21, cadenceMaxDays: 45, contractValue: 30_000, currency: 'EUR', notes: 'Met at the trade fair.', status: 'active' });
    if (weber) ids[weber.name] = weber.id;
  });

  it('edits a client with a patch of the changed fields only', async () => {
    const { page } = app;
    await row('Orbis Software AG').getByTestId('client-actions').click();
    await page.getByTestId('client-edit').click();
    await page.getByTestId('client-form').waitFor();
    expect(await page.getByTestId('client-name').inputValue()).toBe('Orbis Software AG');
    expect(await page.getByTestId('client-value').inputValue()).toBe('45,000');

    // The maximum may not be shorter than the ideal: said at the field.
    await page.getByTestId('client-cadence-max').fill('10');
    await page.getByTestId('client-submit').click();
    expect(await errorAt(page, page.getByTestId('client-cadence-max'))).toBe('Must not be shorter than the ideal.');
    await page.getByTestId('client-cadence-max').fill('45');

    // Meanwhile the notes change elsewhere; this form changes only the owner.
    await must(app.dispatcher, 'clients:update', { id: ids['Orbis Software AG'] as number, patch: { notes: 'Changed in another window.' } });
    await page.getByTestId('client-owner').fill('Jonas Albrecht');
    await page.getByTestId('client-submit').click();
    await page.getByTestId('client-form').waitFor({ state: 'detached' });
    await expect.poll(() => row('Orbis Software AG').innerText()).toContain('Jonas Albrecht');
    expect(await get('Orbis Software AG')).toMatchObject({
      owner: 'Jonas Albrecht', notes: 'Changed in another window.', contractValue: 45_000, renewalDate: day(210),
    });
  });

  it('asks before closing a client form with unsaved input', async () => {
    const { page } = app;
    await row('Atelier Lindqvist').getByTestId('client-actions').click();
    await page.getByTestId('client-edit').click();
    await page.getByTestId('client-form').waitFor();
    await page.getByTestId('client-owner').fill('Someone else');
    await page.keyboard.press('Escape');
    await discardQuestionReady(page);
    await page.keyboard.press('Escape'); // "keep editing"
    await page.getByTestId('discard-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('client-owner').inputValue()).toBe('Someone else');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').click();
    await page.getByTestId('client-form').waitFor({ state: 'detached' });
    expect((await get('Atelier Lindqvist')).owner).toBe('Sara Okafor');
  });

  it('archives (with Undo) and unarchives behind "show archived"', async () => {
    const { page } = app;
    await row('Atelier Lindqvist').getByTestId('client-actions').click();
    await page.getByTestId('client-archive').click();
    // The pointer on the Undo toast holds it open while the checks below run (Mantine pauses on hover).
    await page.getByTestId('client-status-undo').hover();
    await row('Atelier Lindqvist').waitFor({ state: 'detached' });
    expect((await get('Atelier Lindqvist')).status).toBe('archived');
    await page.getByTestId('client-status-undo').click();
    await page.mouse.move(0, 0); // the pointer off the toasts, so none stays paused open
    await row('Atelier Lindqvist').waitFor();
    expect((await get('Atelier Lindqvist')).status).toBe('active');

    await row('Brauerei Steinbach').getByTestId('client-actions').click();
    await page.getByTestId('client-archive').click();
    await row('Brauerei Steinbach').waitFor({ state: 'detached' });
    await page.getByTestId('show-archived').check();
    // A list seen earlier shows at once and refreshes behind it: wait for the fresh status, not the first paint.
    await row('Brauerei Steinbach').getByText('Archived', { exact: true }).waitFor();
    await row('Müller & Töchter Bau').getByText('Archived', { exact: true }).waitFor();
    await row('Müller & Töchter Bau').getByTestId('client-actions').click();
    await page.getByTestId('client-unarchive').click();
    await expect.poll(async () => (await get('Müller & Töchter Bau')).status).toBe('active');
    await page.getByTestId('show-archived').uncheck();
    await row('Müller & Töchter Bau').waitFor();
    expect(await row('Brauerei Steinbach').count()).toBe(0);
  });

  it('keeps every change across lock and unlock', async () => {
    const { page } = app;
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    await app.unlock();
    await page.getByTestId('nav-clients').click();
    await row('Weber & Partner').waitFor();
    expect(await row('Orbis Software AG').innerText()).toContain('Jonas Albrecht');
    expect(await row('Brauerei Steinbach').count()).toBe(0);
    await row('Müller & Töchter Bau').waitFor();
    await page.getByTestId('show-archived').check();
    await row('Brauerei Steinbach').waitFor();
  });

  it('speaks German with German numbers and dates', async () => {
    const { page } = app;
    await page.locator('header').getByText('DE', { exact: true }).click();
    await page.getByRole('heading', { name: 'Kunden' }).waitFor();
    expect(await page.getByTestId('show-archived').locator('xpath=ancestor::div[contains(@class,"Switch-root")][1]').innerText()).toContain('Archivierte zeigen');
    await row('Orbis Software AG').getByTestId('client-actions').click();
    await page.getByTestId('client-edit').click();
    await page.getByTestId('client-form').waitFor();
    expect(await page.getByTestId('client-value').inputValue()).toBe('45.000');
    expect(await page.getByTestId('client-since').innerText()).toBe('12.03.2020');
    await page.keyboard.press('Escape');
    await page.getByTestId('client-form').waitFor({ state: 'detached' });
    await page.locator('header').getByText('EN', { exact: true }).click();
  });
});
