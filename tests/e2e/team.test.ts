// The agency's shared ledger in two windows at once, on a real PostgreSQL server: the owner (English) and a
// consultant (German) each open it from the first-run screen; each sees what is theirs; what one writes
// appears for the other without a restart, with its author; the team settings show people and assignments;
// and when both edit one event, the second save is a conflict that loses nothing.
// RAPPORT_TEAM_SHOTS=DIR keeps the pictures (first-run choice, team settings, timeline with authors; de + en).
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/contract/schemas.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import type { ServerDatabase } from '../support/pg-database.ts';
import { agencyLedger, connectFromFirstRun, launchWindows, type Windows } from './agency.ts';
import { must } from './fixtures.ts';
import type { Rapport } from './harness.ts';

const OWNER_PW = 'olga owner password';
const ANNA_PW = 'anna consultant password';
const SHOTS = process.env.RAPPORT_TEAM_SHOTS;

describe("the agency's shared ledger, two people at once", () => {
  let server: ServerDatabase;
  let seed: Dispatcher;
  let owner: Rapport;
  let anna: Rapport;
  let annaLogin: string;
  let ownerLogin: string;
  let nordlicht: Client;
  let suedwind: Client;
  let windows: Windows;

  const shot = async (app: Rapport, name: string) => {
    if (SHOTS) await app.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };
  const card = (app: Rapport, title: string) => app.page.getByTestId('timeline-event').filter({ hasText: title });
  const form = (app: Rapport) => app.page.getByTestId('editor-form');

  const connect = (app: Rapport, choice: string, login: string, password: string, lang: 'de' | 'en') =>
    connectFromFirstRun(app, server, {
      choice, login, password, remember: true,
      shot: (stage) => shot(app, stage === 'first-run' ? `first-run-${lang}` : `first-run-agency-${lang}`),
    });

  async function openClient(app: Rapport, name: string) {
    await app.page.getByTestId('nav-clients').click();
    await app.page.getByRole('button', { name }).click();
    await app.page.getByTestId('client-name-heading').waitFor();
  }

  beforeAll(async () => {
    ({ server, ownerLogin, seed, nordlicht } = await agencyLedger(OWNER_PW));
    annaLogin = server.person('anna');
    await must(seed, 'settings:update', { agencyName: 'Nordlicht Beratung' });
    suedwind = await must(seed, 'clients:create', { name: 'Südwind AG', since: '2019-06-15', currency: 'EUR' });
    await must(seed, 'team:add', { name: 'Anna Berg', login: annaLogin, role: 'consultant', password: ANNA_PW });
    await must(seed, 'team:assign', { clientId: nordlicht.id, who: annaLogin });

    windows = await launchWindows([{ passphrase: OWNER_PW, locale: 'en' }, { passphrase: ANNA_PW, locale: 'de' }]);
    [owner, anna] = windows.apps as [Rapport, Rapport];
  });

  afterEach(() => windows.expectNoErrors());

  afterAll(async () => {
    await windows?.close();
    await seed?.close();
    await server?.drop();
  });

  it('each opens the agency ledger from the first-run screen and sees what is theirs', async () => {
    await connect(owner, "The agency's ledger", ownerLogin, OWNER_PW, 'en');
    await connect(anna, 'Bei der Agentur', annaLogin, ANNA_PW, 'de');
    expect(await owner.page.getByTestId('connected-person').innerText()).toBe('Olga Owner · Owner');
    expect(await anna.page.getByTestId('connected-person').innerText()).toBe('Anna Berg · Berater/in');

    await owner.page.getByTestId('nav-clients').click();
    await owner.page.getByRole('button', { name: 'Südwind AG' }).waitFor();
    await owner.page.getByRole('button', { name: 'Nordlicht GmbH' }).waitFor();
    await anna.page.getByTestId('nav-clients').click();
    await anna.page.getByRole('button', { name: 'Nordlicht GmbH' }).waitFor();
    expect(await anna.page.getByRole('button', { name: 'Südwind AG' }).count()).toBe(0);
    // A consultant does not add clients: the button is not there (and the database would refuse it).
    expect(await anna.page.getByTestId('new-client').count()).toBe(0);
    expect(await owner.page.getByTestId('new-client').count()).toBe(1);
  });

  it('what the consultant writes appears in the owner\'s open timeline, with who logged it', async () => {
    await openClient(owner, 'Nordlicht GmbH');
    await openClient(anna, 'Nordlicht GmbH');
    await card(anna, 'Rahmenvertrag verlängert').getByText('erfasst von Olga Owner').waitFor();

    await anna.page.getByTestId('new-event').click();
    await anna.page.getByTestId('new-event-touchpoint').click();
    await form(anna).waitFor();
    await anna.page.getByTestId('editor-title').fill('Jahresgespräch vorbereitet');
    await anna.page.getByTestId('editor-body').fill('Budgetplanung 2027 besprochen');
    await anna.page.getByTestId('editor-save').click();
    await form(anna).waitFor({ state: 'detached' });

    // No reload, no restart: the owner's window picks it up by itself.
    await card(owner, 'Jahresgespräch vorbereitet').getByText('logged by Anna Berg').waitFor({ timeout: 20_000 });
    await shot(owner, 'timeline-authors-en');
    await shot(anna, 'timeline-authors-de');
  });

  it('the team settings show the people and whose clients are whose; an assignment reaches the consultant', async () => {
    await owner.page.getByTestId('nav-settings').click();
    const row = owner.page.getByTestId('team-row').filter({ hasText: 'Anna Berg' });
    await row.waitFor();
    expect(await owner.page.getByTestId('team-row').count()).toBe(2);
    await owner.page.getByTestId(`assign-${annaLogin}`).click();
    await owner.page.getByRole('option', { name: 'Südwind AG' }).click();
    await owner.page.keyboard.press('Escape');
    await expect.poll(async () => (await must(seed, 'team:list', {})).people.find((p) => p.login === annaLogin)?.clientIds.sort())
      .toEqual([nordlicht.id, suedwind.id].sort());
    await owner.page.getByTestId('team-section').scrollIntoViewIfNeeded();
    await shot(owner, 'team-settings-en');

    // The consultant's client list grows without a restart; their team settings are read-only.
    await anna.page.getByTestId('nav-clients').click();
    await anna.page.getByRole('button', { name: 'Südwind AG' }).waitFor({ timeout: 20_000 });
    await anna.page.getByTestId('nav-settings').click();
    await anna.page.getByTestId('team-section').waitFor();
    expect(await anna.page.getByTestId('team-add').count()).toBe(0);
    expect(await anna.page.getByTestId('settings-save').isDisabled()).toBe(true);
    await anna.page.getByTestId('team-section').scrollIntoViewIfNeeded();
    await shot(anna, 'team-settings-de');
  });

  it('two people editing one event: the second save is a conflict naming the first, and nothing is lost', async () => {
    await openClient(owner, 'Nordlicht GmbH');
    await openClient(anna, 'Nordlicht GmbH');
    for (const app of [owner, anna]) {
      await card(app, 'Jahresgespräch vorbereitet').getByTestId('event-actions').click();
      await app.page.getByTestId('event-action-edit').click();
      await form(app).waitFor();
    }
    await anna.page.getByTestId('editor-body').fill('Budget 2027: Freigabe im Januar');
    await anna.page.getByTestId('editor-save').click();
    await form(anna).waitFor({ state: 'detached' });

    await owner.page.getByTestId('editor-body').fill('Budget 2027: with the CFO in January');
    await owner.page.getByTestId('editor-save').click();
    const notice = owner.page.getByTestId('editor-conflict');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Anna Berg');
    expect(await owner.page.getByTestId('editor-conflict-theirs').innerText()).toContain('Freigabe im Januar');
    expect(await owner.page.getByTestId('editor-body').inputValue()).toBe('Budget 2027: with the CFO in January');
    await shot(owner, 'conflict-en');
    await owner.page.getByTestId('editor-conflict-keep-mine').click();
    await form(owner).waitFor({ state: 'detached' });

    const events = (await must(seed, 'events:list', { clientId: nordlicht.id, limit: 50 })).items;
    const saved = events.find((e) => e.title === 'Jahresgespräch vorbereitet')!;
    expect(saved.body).toBe('Budget 2027: with the CFO in January');
    expect(saved.loggedBy?.name).toBe('Anna Berg');
    expect(saved.changedBy?.name).toBe('Olga Owner');
    // The consultant's window shows the owner's version by itself.
    await card(anna, 'Jahresgespräch vorbereitet').getByText('with the CFO in January').waitFor({ timeout: 20_000 });
    await card(anna, 'Jahresgespräch vorbereitet').getByText('geändert von Olga Owner').waitFor();
  });
});
