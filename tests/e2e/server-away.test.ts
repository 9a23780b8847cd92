// "The server is away" in the windows (issue #17, item 6), on a PostgreSQL cluster of this file's own that it
// stops and starts again: a window on the agency's ledger, an event half typed; the server goes; a calm
// banner says so (English and German) and counts down to the next attempt; saving says clearly that nothing
// was saved and keeps every word in the form (and as a draft when the editor is closed); the server comes
// back; the banner goes by itself, the save goes through, the event is on the timeline. No restart, no unlock.
// RAPPORT_AWAY_SHOTS=DIR keeps the pictures (the banner with the editor, en + de; the banner over the timeline).
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../src/contract/schemas.ts';
import { startCluster, type Cluster } from '../support/pg-cluster.ts';
import type { ServerDatabase } from '../support/pg-database.ts';
import { agencyLedger, connectFromFirstRun, launchWindows, type Windows } from './agency.ts';
import { must } from './fixtures.ts';
import type { Rapport } from './harness.ts';

const OWNER_PW = 'olga owner password';
const SHOTS = process.env.RAPPORT_AWAY_SHOTS;
/** The first look after the server went is at most one interval (4 s) away; the later ones back off to 30 s. */
const WITHIN_BACKOFF = 40_000;

describe("the agency's server goes away while someone is typing, and comes back", () => {
  let cluster: Cluster;
  let server: ServerDatabase;
  let login: string;
  let nordlicht: Client;
  let en: Rapport;
  let de: Rapport;
  let windows: Windows;

  const shot = async (app: Rapport, name: string) => {
    if (!SHOTS) return;
    await app.page.mouse.move(1, 1);
    await app.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
  };
  const form = (app: Rapport) => app.page.getByTestId('editor-form');
  const banner = (app: Rapport) => app.page.getByTestId('connection-lost');

  async function connect(app: Rapport, choice: string) {
    await connectFromFirstRun(app, server, { choice, login, password: OWNER_PW });
    const { page } = app;
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Nordlicht GmbH' }).click();
    await page.getByTestId('client-name-heading').waitFor();
  }

  async function openNewTouchpoint(app: Rapport) {
    await app.page.getByTestId('new-event').click();
    await app.page.getByTestId('new-event-touchpoint').click();
    await form(app).waitFor();
  }

  beforeAll(async () => {
    cluster = await startCluster();
    const agency = await agencyLedger(OWNER_PW, cluster.adminUrl);
    ({ server, ownerLogin: login, nordlicht } = agency);
    await agency.seed.close();
    windows = await launchWindows([{ passphrase: OWNER_PW, locale: 'en' }, { passphrase: OWNER_PW, locale: 'de' }]);
    [en, de] = windows.apps as [Rapport, Rapport];
  });

  afterEach(() => windows.expectNoErrors());

  afterAll(async () => {
    await windows?.close();
    cluster?.stop(); // its own cluster, with everything in it; the run's shared one is not touched
  });

  it('says calmly that the server is away, keeps what was typed, and goes on by itself when it is back', async () => {
    await connect(en, "The agency's ledger");
    await connect(de, 'Bei der Agentur');
    await openNewTouchpoint(en);
    await en.page.getByTestId('editor-title').fill('Quarterly review with the CFO');
    await en.page.getByTestId('editor-body').fill('Budget 2027 agreed in principle; the contract draft follows in May.');

    const wentAway = performance.now();
    cluster.halt();

    // The banner comes with the next look at the change stamp (every 4 s), and counts down to the one after.
    await banner(en).waitFor({ timeout: WITHIN_BACKOFF });
    await banner(de).waitFor({ timeout: WITHIN_BACKOFF });
    const bannerAfter = performance.now() - wentAway;
    expect(await banner(en).innerText()).toContain("The connection to the agency's ledger is lost.");
    expect(await banner(en).innerText()).toMatch(/Nothing you typed is lost\. Rapport tries again in \d+ seconds?\.|Trying to reconnect…/);
    expect(await banner(de).innerText()).toContain('Die Verbindung zum Beziehungsbuch der Agentur ist unterbrochen.');
    expect(await banner(de).innerText()).toMatch(/Nichts von dem, was Sie eingegeben haben, geht verloren\.|Verbindung wird wiederhergestellt …/);
    // It is a status, not an alarm: no dialog, the editor still open and usable. The editor's drawer covers
    // the banner, so its footer says the same, in each language.
    expect(await banner(en).getAttribute('role')).toBe('status');
    expect(en.dialogs).toEqual([]);
    expect(await en.page.getByTestId('editor-connection-lost').innerText()).toContain("The connection to the agency's ledger is lost.");
    await shot(en, 'away-editor-en');
    await shot(de, 'away-timeline-de');
    // An editor opened while away works as well (what is cached is shown), and says it too.
    await openNewTouchpoint(de);
    await de.page.getByTestId('editor-title').fill('Jahresgespräch vorbereitet');
    expect(await de.page.getByTestId('editor-connection-lost').innerText()).toContain('Die Verbindung zum Beziehungsbuch der Agentur ist unterbrochen.');
    // Its reads (the client, its people) failed by now, each in a few milliseconds, yet the page behind keeps
    // what it showed: no error in its place.
    expect(await de.page.getByTestId('client-name-heading').innerText()).toBe('Nordlicht GmbH');
    expect(await de.page.getByTestId('timeline-event').filter({ hasText: 'Rahmenvertrag verlängert' }).count()).toBe(1);
    await shot(de, 'away-editor-de');

    // Saving while away: a clear sentence, nothing saved, every word still in the form.
    await en.page.getByTestId('editor-save').click();
    const error = en.page.getByTestId('editor-form-error');
    await error.waitFor();
    expect(await error.innerText()).toBe("The agency's ledger server cannot be reached right now. Nothing was changed; Rapport keeps trying.");
    // In sight, below the last field of a long form, and not under the sticky footer.
    await expect.poll(() => en.page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="editor-form-error"]');
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('[data-testid="editor-form-error"]') === el;
    })()`)).toBe(true);
    expect(await en.page.getByTestId('editor-title').inputValue()).toBe('Quarterly review with the CFO');
    expect(await en.page.getByTestId('editor-body').inputValue()).toBe('Budget 2027 agreed in principle; the contract draft follows in May.');
    await shot(en, 'away-save-failed-en');

    // Closed while away, it comes back as a draft (drafts live in memory only: docs/security.md 13, so a
    // reload or a lock drops them by design; the window needs neither to recover).
    await en.page.getByTestId('editor-cancel').click();
    await en.page.getByTestId('discard-keep-draft').click();
    await form(en).waitFor({ state: 'detached' });
    await shot(en, 'away-timeline-en');
    await openNewTouchpoint(en);
    await en.page.getByTestId('draft-restored').waitFor();
    expect(await en.page.getByTestId('editor-title').inputValue()).toBe('Quarterly review with the CFO');
    expect(await en.page.getByTestId('editor-body').inputValue()).toBe('Budget 2027 agreed in principle; the contract draft follows in May.');

    const cameBack = performance.now();
    cluster.start();
    // Nobody clicks anything: the next attempt finds the server, the banner goes, a short "connected again" shows.
    await banner(en).waitFor({ state: 'detached', timeout: WITHIN_BACKOFF });
    await banner(de).waitFor({ state: 'detached', timeout: WITHIN_BACKOFF });
    const clearedAfter = performance.now() - cameBack;
    expect(await en.page.getByTestId('editor-connection-lost').count()).toBe(0);
    await shot(en, 'back-editor-en');

    await en.page.getByTestId('editor-save').click();
    await form(en).waitFor({ state: 'detached' });
    const card = en.page.getByTestId('timeline-event').filter({ hasText: 'Quarterly review with the CFO' });
    await card.waitFor();
    expect(await card.innerText()).toContain('logged by Olga Owner');
    await de.page.getByTestId('editor-save').click();
    await form(de).waitFor({ state: 'detached' });
    // Each window picks up the other's event, as before the server went away.
    await de.page.getByTestId('timeline-event').filter({ hasText: 'Quarterly review with the CFO' }).waitFor({ timeout: 20_000 });
    await en.page.getByTestId('timeline-event').filter({ hasText: 'Jahresgespräch vorbereitet' }).waitFor({ timeout: 20_000 });

    const titles = (await must(en.dispatcher, 'events:list', { clientId: nordlicht.id, limit: 50 })).items.map((e) => e.title).sort();
    expect(titles).toEqual(['Jahresgespräch vorbereitet', 'Quarterly review with the CFO', 'Rahmenvertrag verlängert']);
    console.info(`server away: banner after ${Math.round(bannerAfter)} ms, cleared ${Math.round(clearedAfter)} ms after the server was back`);
  });
});
