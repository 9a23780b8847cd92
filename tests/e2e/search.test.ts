// The global search (mod+K) over a ledger made by `rapport demo --lang en`: clients, contacts and events, grouped,
// debounced, and a hit opens in its place: the client page scrolled to the event, focused and highlighted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary, Contact, TimelineEvent } from '../../src/contract/schemas.ts';
import { must, PASSPHRASE, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';
import { demoLedgerByCli } from './timeline-fixtures.ts';

const enDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('the global search', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let clients: ClientSummary[];
  /** An event a few years back, of a client that is not the first in the list. */
  let old: TimelineEvent;
  let oldClient: ClientSummary;
  let person: Contact;
  let personClient: ClientSummary;
  const calls: string[] = [];

  beforeAll(async () => {
    demoLedgerByCli(ledger.ledgerPath, 'en');
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'dark' });
    // Count what the page asks the engine for (the debounce).
    const dispatch = app.dispatcher.dispatch;
    app.dispatcher.dispatch = (channel, input) => {
      calls.push(channel);
      return dispatch(channel, input);
    };
    await app.unlock();
    const d = app.dispatcher;
    clients = await must(d, 'clients:list', {});
    const year = new Date().getFullYear() - 2;
    // An event whose own title finds it first, from two years ago: far below the first page of its timeline.
    for (const c of [...clients].reverse()) {
      const page = await must(d, 'events:list', { clientId: c.id, to: `${year}-12-31`, kinds: ['project', 'crisis', 'appreciation'], limit: 20 });
      for (const e of page.items) {
        const { hits } = await must(d, 'search:query', { query: e.title, limit: 30 });
        if (hits[0]?.entity === 'event' && hits[0].id === e.id) {
          old = e;
          oldClient = c;
          break;
        }
      }
      if (old) break;
    }
    expect(old, 'an older event the search finds first').toBeDefined();
    for (const c of clients) {
      const people = await must(d, 'contacts:list', { clientId: c.id });
      const p = people.find((x) => x.name.split(' ').length >= 2);
      if (p && c.id !== oldClient.id) {
        person = p;
        personClient = c;
        break;
      }
    }
    expect(person).toBeDefined();
  }, 180_000);

  afterEach(async () => {
    // A failed test must not leave the search open over the next one.
    if (await app.page.getByTestId('global-search-input').isVisible()) {
      await app.page.keyboard.press('Escape');
      await app.page.getByTestId('global-search-input').waitFor({ state: 'detached' });
    }
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  const openSearch = async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').waitFor();
  };

  it('opens with mod+K, asks for two letters, and groups what it finds by clients, contacts and events', async () => {
    const { page } = app;
    await openSearch();
    expect(await page.getByTestId('search-empty').innerText()).toContain('Type at least two letters');
    await page.getByTestId('global-search-input').fill(oldClient.name.split(' ')[0] ?? oldClient.name);
    await page.getByTestId('search-hit').first().waitFor();
    // The client itself comes first, in its group.
    const groups: string[] = await page.evaluate(`[...document.querySelectorAll('[data-testid^="search-group-"]')].map((el) => el.getAttribute('data-testid'))`);
    expect(groups[0]).toBe('search-group-client');
    expect(await page.getByTestId('search-group-client').getAttribute('aria-label')).toBe('Clients');
    expect(await page.getByTestId('search-group-client').getByTestId('search-hit-title').first().innerText()).toBe(oldClient.name);
    await page.keyboard.press('Escape');
    await page.getByTestId('global-search-input').waitFor({ state: 'detached' });
  });

  it('debounces: typing a word asks the engine a few times, not once per letter', async () => {
    const { page } = app;
    await openSearch();
    const before = calls.filter((c) => c === 'search:query').length;
    await page.getByTestId('global-search-input').pressSequentially(old.title, { delay: 25 });
    await page.locator(`[data-testid="search-hit"][data-entity="event"][data-id="${old.id}"]`).waitFor();
    const asked = calls.filter((c) => c === 'search:query').length - before;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(3);
    expect(old.title.length).toBeGreaterThan(asked * 3);
    await page.keyboard.press('Escape');
  });

  it('finds an event years back and opens it in context: the client page, scrolled to it, highlighted', async () => {
    const { page } = app;
    await page.getByTestId('nav-portfolio').click();
    await openSearch();
    await page.getByTestId('global-search-input').fill(old.title);
    const hit = page.locator(`[data-testid="search-hit"][data-entity="event"][data-id="${old.id}"]`);
    await hit.waitFor();
    // The hit says where it belongs: client, kind, date.
    const text = await hit.innerText();
    expect(text).toContain(old.title);
    expect(text).toContain(oldClient.name);
    expect(text).toContain(enDate(old.occurredOn));
    expect(text).toContain({ project: 'Project', crisis: 'Crisis', appreciation: 'Appreciation' }[old.kind as 'project']);
    expect(await page.getByTestId('search-group-event').getAttribute('aria-label')).toBe('Events');
    await hit.click();

    await page.getByTestId('client-name-heading').filter({ hasText: oldClient.name }).waitFor();
    const card = page.locator(`[data-testid="timeline-event"][data-event-id="${old.id}"]`);
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-highlighted')).toBe('true');
    expect(await card.getAttribute('data-focused')).toBe('true');
    // On screen, below the sticky toolbar.
    await expect.poll(async () => {
      const box = await card.boundingBox();
      return box !== null && box.y > 100 && box.y < 760;
    }).toBe(true);
    expect(await page.getByTestId('timeline-jump-banner').innerText()).toContain(`Showing events up to ${enDate(old.occurredOn)}`);
    // Back to the newest: the story from the top again.
    await page.getByTestId('timeline-back-to-newest').click();
    await page.getByTestId('timeline-jump-banner').waitFor({ state: 'detached' });
  });

  it('opens a contact as the timeline of that person, and a client as its page', async () => {
    const { page } = app;
    await openSearch();
    await page.getByTestId('global-search-input').fill(person.name);
    const hit = page.locator(`[data-testid="search-hit"][data-entity="contact"][data-id="${person.id}"]`);
    await hit.waitFor();
    expect(await hit.innerText()).toContain(`Contact at ${personClient.name}`);
    await hit.click();
    await page.getByTestId('client-name-heading').filter({ hasText: personClient.name }).waitFor();
    const chip = page.locator('[data-testid="filter-chip"][data-filter="contact"]');
    await chip.waitFor();
    expect(await chip.innerText()).toBe(`With ${person.name}`);

    // mod+K also works while typing in the timeline search.
    await page.getByTestId('timeline-search').click();
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').waitFor();
    await page.getByTestId('global-search-input').fill(oldClient.name);
    const clientHit = page.locator(`[data-testid="search-hit"][data-entity="client"][data-id="${oldClient.id}"]`);
    await clientHit.waitFor();
    // Keyboard: arrow down to the client's hit (the list may still settle while the answer lands), Enter opens it.
    for (let i = 0; (await clientHit.getAttribute('data-selected')) !== 'true'; i++) {
      expect(i).toBeLessThan(20);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('client-name-heading').filter({ hasText: oldClient.name }).waitFor();
    // The person filter belonged to the other client's timeline: it is gone here (polled: the new page may
    // paint its heading a frame before its filters reset).
    await expect.poll(() => page.getByTestId('filter-chips').count()).toBe(0);
  });

  it('opens from the header button, and says when nothing is found', async () => {
    const { page } = app;
    await page.getByTestId('global-search-button').click();
    await page.getByTestId('global-search-input').fill('qqxxzzyy');
    await expect.poll(() => page.getByTestId('search-empty').innerText()).toBe('Nothing found for “qqxxzzyy”.');
    await page.keyboard.press('Escape');
    await page.getByTestId('global-search-input').waitFor({ state: 'detached' });
  });
  it('is a command palette: actions by their words, "new event for …" on a client found, and the clients opened recently', async () => {
    const { page } = app;
    const input = page.getByTestId('global-search-input');
    const command = (id: string) => page.locator(`[data-testid="search-command"][data-id="${id}"]`);
    // A section by its name.
    await openSearch();
    await input.fill('settings');
    await command('go-settings').click();
    await input.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('h1').first().innerText()).toBe('Settings');

    // The theme, by its words; the search closes and the window is light.
    await openSearch();
    await input.fill('light dark');
    expect(await page.getByTestId('search-command').count()).toBe(1);
    await command('theme').click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('light');

    // A client found offers a new event for it: the client page opens with the editor for that client.
    await openSearch();
    await input.fill(oldClient.name);
    await command(`new-${oldClient.id}`).waitFor();
    expect(await command(`new-${oldClient.id}`).innerText()).toBe(`New event for ${oldClient.name}`);
    // The client's own hit still comes first.
    const groups: string[] = await page.evaluate(`[...document.querySelectorAll('[data-testid^="search-group-"]')].map((el) => el.getAttribute('data-testid'))`);
    expect(groups[0]).toBe('search-group-client');
    await command(`new-${oldClient.id}`).click();
    await page.getByTestId('editor-form').waitFor();
    expect(await page.getByTestId('client-name-heading').innerText()).toBe(oldClient.name);
    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('editor-form').waitFor({ state: 'detached' });

    // With nothing typed, the clients opened in this session, the latest first.
    await page.getByTestId('nav-portfolio').click();
    await openSearch();
    const recent = page.getByTestId('search-recent');
    await recent.first().waitFor();
    expect(await recent.first().getAttribute('data-id')).toBe(String(oldClient.id));
    expect(await page.getByTestId('search-empty').count()).toBe(0);
    await recent.first().click();
    await expect.poll(() => page.getByTestId('client-name-heading').innerText()).toBe(oldClient.name);
  });
});
