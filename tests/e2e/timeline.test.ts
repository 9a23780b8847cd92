// The relationship timeline over a ledger made by `rapport demo`: the client page at a glance, the story by year
// and month, each kind with its details, the jump to a year, filters, the timeline search, the keyboard, hostile
// text, and lock/unlock. The global search has its own file (search.test.ts); 20,000 events timeline-scale.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary, Contact, TimelineEvent } from '../../src/contract/schemas.ts';
import { anniversaryOn, daysBetween, fullYears, todayIso } from '../../src/domain/dates.ts';
import { must, PASSPHRASE, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';
import { demoLedgerByCli } from './timeline-fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const deDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

interface Row {
  id: number;
  kind: string;
  status: string | null;
  on: string;
  title: string;
  text: string;
}

/** The event rows in the DOM right now (the virtual list renders only what is near the screen). */
const rowsInDom = (page: Page): Promise<Row[]> =>
  page.evaluate(`[...document.querySelectorAll('[data-testid="timeline-event"]')].map((el) => ({
    id: Number(el.getAttribute('data-event-id')),
    kind: el.getAttribute('data-kind'),
    status: el.getAttribute('data-status'),
    on: el.getAttribute('data-occurred-on'),
    title: el.querySelector('[data-testid="event-title"]')?.textContent ?? '',
    text: el.textContent ?? '',
  }))`);

/** Rows sorted by their place on screen (the DOM order of a virtual list follows the data, but be exact). */
const rowsOnScreen = (page: Page): Promise<Row[]> =>
  page.evaluate(`[...document.querySelectorAll('[data-testid="timeline-event"]')]
    .map((el) => ({ el, top: el.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top)
    .map(({ el }) => ({
      id: Number(el.getAttribute('data-event-id')),
      kind: el.getAttribute('data-kind'),
      status: el.getAttribute('data-status'),
      on: el.getAttribute('data-occurred-on'),
      title: el.querySelector('[data-testid="event-title"]')?.textContent ?? '',
      text: el.textContent ?? '',
    }))`);

const loadedEvents = async (page: Page) => Number(await page.getByTestId('timeline-list').getAttribute('data-loaded-events'));

describe('the timeline of a client', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let clients: ClientSummary[];
  /** The client whose story holds a resolved crisis (the demo's Stadtwerke or the like). */
  let rich: ClientSummary;
  let resolvedCrisis: Extract<TimelineEvent, { kind: 'crisis' }>;
  let contacts: Contact[];
  const today = todayIso();

  beforeAll(async () => {
    demoLedgerByCli(ledger.ledgerPath, 'de');
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', colorScheme: 'light' });
    await app.unlock();
    const d = app.dispatcher;
    clients = await must(d, 'clients:list', {});
    for (const c of clients) {
      const page = await must(d, 'events:list', { clientId: c.id, kinds: ['crisis'], status: 'resolved', limit: 50 });
      const crisis = page.items.find((e) => e.kind === 'crisis' && e.resolution && e.resolvedOn);
      if (crisis && crisis.kind === 'crisis') {
        rich = c;
        resolvedCrisis = crisis;
        break;
      }
    }
    expect(rich, 'the demo has a client with a resolved crisis').toBeDefined();
    contacts = await must(d, 'contacts:list', { clientId: rich.id });
  }, 180_000);

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  const openClient = async (name: string) => {
    const { page } = app;
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByTestId('client-name-heading').filter({ hasText: name }).waitFor();
    await page.getByTestId('timeline-event').first().waitFor();
  };

  const openFilters = async () => {
    const { page } = app;
    if (!(await page.getByTestId('timeline-filter-panel').isVisible())) await page.getByTestId('timeline-filter-button').click();
    await page.getByTestId('timeline-filter-panel').waitFor();
  };
  const closeFilters = async () => {
    const { page } = app;
    await page.getByTestId('timeline-filter-panel').getByRole('button', { name: 'Fertig' }).click();
    await page.getByTestId('timeline-filter-panel').waitFor({ state: 'hidden' });
  };
  /** Wait until the list shows the answer to the current filters (not the previous one kept on screen). */
  const settled = async () => {
    const { page } = app;
    await expect.poll(() => page.evaluate(`document.querySelector('[data-testid="timeline"]')?.getAttribute('data-busy') ?? null`)).toBeNull();
    await page.waitForTimeout(50);
  };

  it('shows the relationship at a glance: together since, next anniversary, owner, contract, cadence, last contact', async () => {
    const { page } = app;
    await openClient(rich.name);
    const years = fullYears(rich.since, today);
    const next = anniversaryOn(rich.since, years + 1);
    expect(await page.getByTestId('glance-since').innerText()).toContain(deDate(rich.since));
    expect(await page.getByTestId('glance-since').innerText()).toContain(`${years} Jahre gemeinsam`);
    const anniversary = await page.getByTestId('glance-anniversary').innerText();
    expect(anniversary).toContain(deDate(next));
    expect(anniversary).toContain(`${years + 1} Jahre`);
    expect(await page.getByTestId('glance-owner').innerText()).toContain(rich.owner ?? '');
    expect(await page.getByTestId('glance-cadence').innerText()).toContain(`alle ${rich.cadenceIdealDays} Tage`);
    if (rich.renewalDate) expect(await page.getByTestId('glance-renewal').innerText()).toContain(deDate(rich.renewalDate));
    if (rich.contractValue !== null) expect(await page.getByTestId('glance-contract').innerText()).toContain('pro Jahr');
    const state = await page.getByTestId('glance-contact-state').getAttribute('data-state');
    expect(['ok', 'due', 'overdue']).toContain(state);
    expect(await page.getByTestId('glance-contact-state').innerText()).toBe({ ok: 'im Rhythmus', due: 'fällig', overdue: 'überfällig' }[state as 'ok']);
  });

  it('tells the story grouped by year and month, newest first, with the count of each year', async () => {
    const { page } = app;
    await openClient(rich.name);
    const yearsData = await must(app.dispatcher, 'events:years', { clientId: rich.id });
    const firstYear = page.getByTestId('timeline-year').first();
    expect(Number(await firstYear.getAttribute('data-year'))).toBe(yearsData[0]?.year);
    expect(await firstYear.innerText()).toContain(`${yearsData[0]?.count} Ereignis`);
    const month = await page.getByTestId('timeline-month').first().getAttribute('data-month');
    expect(month?.startsWith(String(yearsData[0]?.year))).toBe(true);
    const rows = await rowsOnScreen(page);
    expect(rows.length).toBeGreaterThan(3);
    const dates = rows.map((r) => r.on);
    expect([...dates].sort().reverse()).toEqual(dates);
    // The summary counts the whole story.
    const total = yearsData.reduce((s, y) => s + y.count, 0);
    expect(await page.getByTestId('timeline-summary').innerText()).toBe(`${new Intl.NumberFormat('de-DE').format(total)} Ereignisse`);
    // Years on the rail, newest first, with counts.
    const rail = await page.getByTestId('year-rail').getByRole('button').allInnerTexts();
    expect(rail.map((r) => Number(r.split('\n')[0]))).toEqual(yearsData.map((y) => y.year));
  });

  it('shows each kind with its own details', async () => {
    const { page } = app;
    await openClient(rich.name);
    const only = async (kind: string) => {
      await openFilters();
      await page.getByTestId(`filter-kind-${kind}`).click();
      await closeFilters();
      await settled();
      const rows = await rowsInDom(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.kind))).toEqual(new Set([kind]));
      return rows;
    };
    const clear = async () => {
      await page.getByTestId('filter-reset').click();
      await settled();
    };

    await only('touchpoint');
    const touch = page.getByTestId('timeline-event').first();
    expect(await touch.getByTestId('event-channel').innerText()).toMatch(/Anruf|Treffen|Videogespräch|E-Mail|Nachricht|Besuch|Sonstiges/);
    expect(await touch.getByTestId('event-initiator').innerText()).toMatch(/von uns angestoßen|vom Kunden angestoßen/);
    await clear();

    const appreciations = await only('appreciation');
    const personal = await page.getByTestId('badge-personal').count();
    expect(personal + (await page.getByText('Routine', { exact: true }).count())).toBeGreaterThan(0);
    expect(appreciations.every((r) => r.text.length > 0)).toBe(true);
    expect(await page.getByTestId('event-gesture').count()).toBe(appreciations.length);
    await clear();

    await only('project');
    expect(await page.getByTestId('event-span').first().innerText()).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await clear();

    await only('crisis');
    const glasl = await page.getByTestId('event-glasl').first().innerText();
    const reference = await must(app.dispatcher, 'reference:get', {});
    expect(reference.glaslStages.some((s) => glasl === `Glasl ${s.stage} · ${s.labelDe}`)).toBe(true);
    await clear();

    // Emotions are chips coloured by cluster: positive ones apart from destroying ones.
    const valences: string[] = await page.evaluate(`[...document.querySelectorAll('[data-testid="event-emotion"]')].map((el) => el.getAttribute('data-valence'))`);
    expect(valences.length).toBeGreaterThan(0);
  });

  it('a resolved crisis shows how it was resolved and how long it took', async () => {
    const { page } = app;
    await openClient(rich.name);
    await page.getByTestId('timeline-search').fill(resolvedCrisis.title);
    const card = page.locator(`[data-testid="timeline-event"][data-event-id="${resolvedCrisis.id}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('resolved');
    expect(await card.getByTestId('event-status').innerText()).toBe('Gelöst');
    expect(await card.getByTestId('event-resolution').innerText()).toContain(resolvedCrisis.resolution ?? '');
    expect(await card.getByTestId('event-resolution').innerText()).toContain('So wurde es gelöst');
    const days = daysBetween(resolvedCrisis.occurredOn, resolvedCrisis.resolvedOn ?? '');
    expect(await card.getByTestId('event-resolved-in').innerText()).toBe(days === 0 ? 'am selben Tag gelöst' : `nach ${days} ${days === 1 ? 'Tag' : 'Tagen'} gelöst`);
    // The search is a chip too, and removable.
    await page.locator('[data-testid="filter-chip"][data-filter="query"]').waitFor();
    await page.locator('[data-testid="filter-chip"][data-filter="query"] button').click();
    await page.getByTestId('filter-chips').waitFor({ state: 'detached' });
    expect(await page.getByTestId('timeline-search').inputValue()).toBe('');
  });

  it('jumps to any year and back to the newest', async () => {
    const { page } = app;
    await openClient(rich.name);
    await settled();
    const yearsData = await must(app.dispatcher, 'events:years', { clientId: rich.id });
    const oldest = yearsData.at(-1)?.year ?? 0;
    await page.getByTestId(`year-jump-${oldest}`).click();
    await page.getByTestId('timeline-jump-banner').waitFor();
    expect(await page.getByTestId('timeline-jump-banner').innerText()).toContain(`Ereignisse bis zum ${deDate(`${oldest}-12-31`)}`);
    await expect.poll(async () => page.getByTestId('timeline-year').first().getAttribute('data-year')).toBe(String(oldest));
    const rows = await rowsInDom(page);
    expect(rows.every((r) => r.on <= `${oldest}-12-31`)).toBe(true);
    // The year in view is marked on the rail.
    await expect.poll(() => page.getByTestId(`year-jump-${oldest}`).getAttribute('data-active')).toBe('true');
    // The story ends where the relationship began.
    await page.getByTestId('timeline-end').waitFor();
    expect(await page.getByTestId('timeline-end').innerText()).toContain(`Die Beziehung begann am ${deDate(rich.since)}`);

    await page.getByTestId('timeline-back-to-newest').click();
    await page.getByTestId('timeline-jump-banner').waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('timeline-year').first().getAttribute('data-year')).toBe(String(yearsData[0]?.year));
  });

  it('filters by kind and status, each filter a removable chip', async () => {
    const { page } = app;
    await openClient(rich.name);
    await openFilters();
    await page.getByTestId('filter-kind-crisis').click();
    await page.getByTestId('filter-kind-misunderstanding').click();
    await closeFilters();
    await settled();
    let rows = await rowsInDom(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'crisis' || r.kind === 'misunderstanding')).toBe(true);
    expect(await page.getByTestId('filter-chip').count()).toBe(2);
    expect(await page.getByTestId('timeline-filter-button').innerText()).toContain('2');

    await openFilters();
    await page.getByTestId('filter-status').getByText('Offen', { exact: true }).click();
    await closeFilters();
    await settled();
    rows = await rowsInDom(page);
    const open = await must(app.dispatcher, 'events:list', { clientId: rich.id, kinds: ['crisis', 'misunderstanding'], status: 'open' });
    if (open.items.length === 0) {
      await page.getByTestId('timeline-no-match').waitFor();
    } else {
      expect(rows.map((r) => r.id).sort()).toEqual(open.items.map((e) => e.id).sort());
      expect(rows.every((r) => r.status === 'open')).toBe(true);
    }
    expect(await page.locator('[data-testid="filter-chip"][data-filter="status"]').innerText()).toBe('Status: Offen');

    // Remove the status chip: resolved ones come back.
    await page.locator('[data-testid="filter-chip"][data-filter="status"] button').click();
    await settled();
    rows = await rowsInDom(page);
    expect(rows.some((r) => r.status === 'resolved')).toBe(true);
    await page.getByTestId('filter-reset').click();
    await page.getByTestId('filter-chips').waitFor({ state: 'detached' });
  });

  it('filters by contact and by period', async () => {
    const { page } = app;
    await openClient(rich.name);
    const person = contacts[0] as Contact;
    const withPerson = await must(app.dispatcher, 'events:list', { clientId: rich.id, contactId: person.id, limit: 500 });
    expect(withPerson.items.length).toBeGreaterThan(0);

    await openFilters();
    await page.getByTestId('filter-contact').click();
    await page.getByRole('option', { name: new RegExp(`^${person.name}`) }).click();
    await closeFilters();
    await settled();
    const rows = await rowsInDom(page);
    expect(rows.length).toBeGreaterThan(0);
    const ids = new Set(withPerson.items.map((e) => e.id));
    expect(rows.every((r) => ids.has(r.id))).toBe(true);
    expect(rows.every((r) => r.text.includes(person.name))).toBe(true);
    expect(await page.locator('[data-testid="filter-chip"][data-filter="contact"]').innerText()).toBe(`Mit ${person.name}`);
    await page.locator('[data-testid="filter-chip"][data-filter="contact"] button').click();
    await page.getByTestId('filter-chips').waitFor({ state: 'detached' });

    // From the first of this month (the date picker opens on the current month).
    const first = `${today.slice(0, 7)}-01`;
    const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }).format(new Date(`${first}T00:00:00Z`));
    await openFilters();
    await page.getByTestId('filter-from').click();
    await page.getByRole('button', { name: `1 ${monthName} ${today.slice(0, 4)}`, exact: true }).click();
    await closeFilters();
    await settled();
    const chip = page.locator('[data-testid="filter-chip"][data-filter="from"]');
    expect(await chip.innerText()).toBe(`Ab ${deDate(first)}`);
    const recent = await must(app.dispatcher, 'events:list', { clientId: rich.id, from: first, limit: 500 });
    if (recent.items.length === 0) {
      await page.getByTestId('timeline-no-match').waitFor();
    } else {
      const inPeriod = await rowsInDom(page);
      expect(inPeriod.every((r) => r.on >= first)).toBe(true);
      expect(inPeriod.length).toBe(Math.min(recent.items.length, inPeriod.length));
    }
    await page.getByTestId('filter-reset').click();
    await page.getByTestId('filter-chips').waitFor({ state: 'detached' });
  });

  it('searches the timeline as you type, and says so when nothing matches', async () => {
    const { page } = app;
    await openClient(rich.name);
    // A word from an event's title, found by the engine's own full-text search.
    const word = resolvedCrisis.title.split(/\s+/).find((w) => w.length >= 5) ?? resolvedCrisis.title;
    const expected = await must(app.dispatcher, 'events:list', { clientId: rich.id, query: word, limit: 500 });
    await page.getByTestId('timeline-search').fill(word);
    await page.locator('[data-testid="filter-chip"][data-filter="query"]').waitFor();
    await settled();
    await expect.poll(async () => (await rowsInDom(page)).map((r) => r.id).sort()).toEqual(
      expected.items.map((e) => e.id).slice(0, 40).sort(),
    );

    await page.getByTestId('timeline-search').fill('zzqxjvw');
    await page.getByTestId('timeline-no-match').waitFor();
    expect(await page.getByTestId('timeline-no-match').innerText()).toContain('Keine passenden Ereignisse');
    await page.getByTestId('timeline-no-match-reset').click();
    await page.getByTestId('timeline-event').first().waitFor();
    expect(await page.getByTestId('timeline-search').inputValue()).toBe('');
  });

  it('works from the keyboard: / search, j and k, Enter to open, n new event, ? for the shortcuts', async () => {
    const { page } = app;
    await openClient(rich.name);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('timeline-search');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).not.toBe('timeline-search');

    const focused = () => page.evaluate(`document.querySelector('[data-testid="timeline-event"][data-focused]')?.getAttribute('data-event-id') ?? null`);
    const order = (await rowsOnScreen(page)).map((r) => String(r.id));
    await page.keyboard.press('j');
    await expect.poll(focused).toBe(order[0]);
    await page.keyboard.press('j');
    await expect.poll(focused).toBe(order[1]);
    await page.keyboard.press('j');
    await expect.poll(focused).toBe(order[2]);
    await page.keyboard.press('k');
    await expect.poll(focused).toBe(order[1]);
    // The focused event holds the DOM focus too.
    // (The focus follows the marked event in an effect after the render: wait for it, do not read it at once.)
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('data-event-id')`)).toBe(order[1]);

    // Many j's move down the story and keep the focused event on screen.
    for (let i = 0; i < 15; i++) await page.keyboard.press('j');
    const id = await focused();
    const box = await page.locator(`[data-testid="timeline-event"][data-event-id="${id}"]`).boundingBox();
    expect(box && box.y > 0 && box.y + Math.min(box.height, 100) < 800).toBe(true);

    // Enter opens it in the editor.
    const title = await page.locator(`[data-testid="timeline-event"][data-event-id="${id}"] [data-testid="event-title"]`).textContent();
    await page.keyboard.press('Enter');
    await page.getByTestId('editor-form').waitFor();
    expect(await page.getByTestId('editor-title').inputValue()).toBe(title);
    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('editor-form').waitFor({ state: 'detached' });

    // n: a new event for this client.
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await page.getByTestId('editor-form').waitFor();
    expect(await page.getByTestId('editor-title').inputValue()).toBe('');
    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('editor-form').waitFor({ state: 'detached' });

    // ? lists every shortcut; also from the header button.
    await page.locator('h1').click();
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-list').waitFor();
    const list = await page.getByTestId('shortcuts-list').innerText();
    for (const text of ['Kunden, Personen und Ereignisse suchen', 'Beziehungsbuch sperren', 'Nächstes Ereignis', 'Vorheriges Ereignis',
      'Zeitleiste durchsuchen', 'Neues Ereignis erfassen', 'Gewähltes Ereignis öffnen', 'Diese Tastenkürzel anzeigen',
      'Kunden anlegen', 'Zur Zeile darüber oder darunter', 'Ereignis speichern', 'Editor schließen']) {
      expect(list).toContain(text);
    }
    // While the overlay is open, j does nothing to the timeline behind it.
    const before = await focused();
    await page.keyboard.press('j');
    expect(await focused()).toBe(before);
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-list').waitFor({ state: 'detached' });
    await page.getByTestId('shortcuts-button').click();
    await page.getByTestId('shortcuts-list').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-list').waitFor({ state: 'detached' });

    // The frame's own shortcuts still work on the client page.
    await page.keyboard.press('Control+1');
    await page.locator('h1', { hasText: 'Portfolio' }).waitFor();
  });

  it('renders hostile text from the ledger literally and runs nothing', async () => {
    const { page, dispatcher } = app;
    const client = await must(dispatcher, 'clients:create', { name: `Hostile ${HOSTILE}`, since: '2019-01-01', owner: HOSTILE, notes: HOSTILE });
    const contact = await must(dispatcher, 'contacts:create', { clientId: client.id, name: HOSTILE });
    await must(dispatcher, 'events:create', {
      clientId: client.id,
      event: {
        kind: 'misunderstanding', title: HOSTILE, body: HOSTILE, occurredOn: '2024-03-01', ourUnderstanding: HOSTILE,
        theirUnderstanding: HOSTILE, status: 'resolved', resolvedOn: '2024-03-24', resolution: HOSTILE, participantIds: [contact.id],
      },
    });
    await must(dispatcher, 'events:create', {
      clientId: client.id,
      event: { kind: 'appreciation', title: HOSTILE, occurredOn: '2025-05-01', gesture: HOSTILE, isPersonal: true, isUnscheduled: true, personalNote: HOSTILE },
    });
    await openClient(`Hostile ${HOSTILE}`);
    const titles = await page.getByTestId('event-title').allTextContents();
    expect(titles).toEqual([HOSTILE, HOSTILE]);
    expect(await page.getByTestId('event-resolution').innerText()).toContain(HOSTILE);
    expect(await page.getByTestId('event-resolved-in').innerText()).toBe('nach 23 Tagen gelöst');
    expect(await page.getByTestId('event-gesture').innerText()).toBe(HOSTILE);
    // Searching for it (timeline and global) shows it as text as well.
    await page.getByTestId('timeline-search').fill('onerror');
    await page.locator('[data-testid="filter-chip"][data-filter="query"]').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').fill('onerror alert');
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.getByTestId('search-hit-title').allTextContents()).toContain(HOSTILE);
    await page.keyboard.press('Escape');

    await page.waitForTimeout(500);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate('[...document.scripts].filter((s) => !s.src).length')).toBe(0);
    expect(await page.evaluate(`document.body.innerHTML.includes('<img src=x')`)).toBe(false);
    expect(app.dialogs).toEqual([]);
  });

  it('keeps the story across locking and unlocking the ledger, and shows nothing while locked', async () => {
    const { page, dispatcher } = app;
    await openClient(rich.name);
    const before = (await rowsOnScreen(page)).map((r) => r.title);
    const yearsBefore = await page.getByTestId('year-rail').innerText();
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect(await page.getByTestId('timeline-event').count()).toBe(0);
    const html = await page.content();
    for (const title of before.slice(0, 5)) expect(html).not.toContain(title);
    expect(html).not.toContain(rich.name);

    await app.unlock();
    expect(await must(dispatcher, 'ledger:status', {})).toMatchObject({ state: 'unlocked' });
    await openClient(rich.name);
    await expect.poll(async () => (await rowsOnScreen(page)).map((r) => r.title)).toEqual(before);
    expect(await page.getByTestId('year-rail').innerText()).toBe(yearsBefore);
    expect(await loadedEvents(page)).toBeLessThanOrEqual(500);
  });
});
