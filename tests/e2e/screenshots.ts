// Screenshots of the renderer for review: `npx tsx tests/e2e/screenshots.ts` (after `npx electron-vite build`).
// Writes PNGs to screenshots/ (git-ignored): the create and unlock screens and the frame with a seeded
// demo agency, in German and English, light and dark; the client page and its timeline on the demo agency
// that `rapport demo` builds (client-page, client-timeline, client-filters, spotlight, client-search-hit, shortcuts);
// with `--all` also the main screens at 1024×680 (portfolio-1024, clients-1024, …).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, seedDemo, seedLedger, tempLedger, DEMO_CLIENTS } from './fixtures.ts';
import { launchRapport, ROOT, type ColorScheme, type Locale } from './harness.ts';
import { buildDemoAgency, planDemoAgency } from '../../src/services/demo/index.ts';
import { SCREENS } from './overflow.ts';

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

/** The event editor (a crisis, an appreciation), the resolve dialog and the people of a client. */
async function shootWriting(app: Awaited<ReturnType<typeof launchRapport>>, shot: (app: Awaited<ReturnType<typeof launchRapport>>, name: string) => Promise<void>) {
  const { page, dispatcher } = app;
  const name = DEMO_CLIENTS[2]?.name ?? '';
  // The demo fixture has no people: add two once (the ledger is shared by every language and scheme).
  const clients = await dispatcher.call('clients:list', {});
  const client = clients.ok ? clients.value.find((c) => c.name === name) : undefined;
  if (!client) throw new Error(`No demo client ${name}.`);
  const people = await dispatcher.call('contacts:list', { clientId: client.id });
  if (people.ok && people.value.length === 0) {
    const soon = new Date(Date.now() + 9 * 86_400_000);
    const birthday = `1974-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(Math.min(soon.getDate(), 28)).padStart(2, '0')}`;
    await dispatcher.call('contacts:create', {
      clientId: client.id, name: 'Dr. Petra Albers', role: 'CFO', email: 'p.albers@klinikverbund-rm.de', phone: '+49 69 4471 200',
      personalNotes: 'Runs the Frankfurt half marathon every spring. Prefers numbers on one page, then a conversation.',
      importantDates: [{ label: 'Birthday', date: birthday, yearly: true }, { label: 'Joined the board', date: '2019-04-01', yearly: true }],
      motivators: ['secure', 'confidence_future', 'succeed'],
    });
    await dispatcher.call('contacts:create', {
      clientId: client.id, name: 'Henrik Sommer', role: 'Head of Communications', email: 'h.sommer@klinikverbund-rm.de',
      personalNotes: 'Two daughters; coaches their hockey team on Saturdays.',
      motivators: ['belonging', 'be_who_i_want'],
    });
  }

  await page.getByTestId('nav-clients').click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByTestId('client-name-heading').waitFor();

  // A crisis, filled in: stage with its level, root causes with a note, emotions with intensities.
  await page.getByTestId('new-event').click();
  await page.getByTestId('new-event-crisis').click();
  await page.getByTestId('editor-form').waitFor();
  const de = (await page.locator('html').getAttribute('lang')) === 'de';
  await page.getByTestId('editor-title').fill(de ? 'Lenkungskreis ohne uns entschieden' : 'Steering committee decided without us');
  await page.getByTestId('editor-glasl').click();
  await page.getByRole('option').nth(4).click();
  await page.getByTestId('root-cause-price_pretext').check();
  await page.getByTestId('root-cause-too_little_attention').check();
  await page.getByTestId('root-cause-note-too_little_attention').fill(de ? 'Seit dem Sommer kein Termin mit der CFO.' : 'No meeting with the CFO since the summer.');
  await shot(app, 'editor-crisis');
  for (const key of ['frustrated', 'disappointed', 'neglected']) await page.getByTestId(`emotion-${key}`).dispatchEvent('click');
  await page.getByTestId('intensity-frustrated').getByText('4', { exact: true }).click();
  await page.getByTestId('emotion-picker').scrollIntoViewIfNeeded();
  await shot(app, 'editor-crisis-emotions');
  await page.getByTestId('editor-cancel').click();
  await page.getByTestId('discard-dialog').waitFor();
  await shot(app, 'editor-discard');
  await page.getByTestId('discard-confirm').click();
  await page.getByTestId('editor-form').waitFor({ state: 'detached' });

  // An appreciation: personal, so "what made it personal?" is asked.
  await page.getByTestId('new-event').click();
  await page.getByTestId('new-event-appreciation').click();
  await page.getByTestId('editor-form').waitFor();
  await page.getByTestId('editor-title').fill(de ? 'Glückwunsch zum Halbmarathon' : 'Congratulations on the half marathon');
  await page.getByTestId('editor-gesture').fill(de ? 'Handgeschriebene Karte' : 'Handwritten card');
  await page.getByTestId('editor-personal').check();
  await page.getByTestId('editor-personal-note').fill(de ? 'Sie hatte im Mai davon erzählt; ihre Zeit stand in der Karte.' : 'She mentioned it in May; the card named her finishing time.');
  await page.getByTestId('editor-unscheduled').check();
  await page.getByTestId('editor-ladder').click();
  await page.getByRole('option').nth(4).click();
  await shot(app, 'editor-appreciation');
  await page.getByTestId('editor-cancel').click();
  await page.getByTestId('discard-confirm').click();
  await page.getByTestId('editor-form').waitFor({ state: 'detached' });

  // Resolving the open crisis asks how.
  await page.getByTestId('timeline-event').filter({ hasText: 'Budget cut announced without notice' }).getByTestId('event-actions').click();
  await page.getByTestId('event-action-resolve').click();
  await page.getByTestId('resolve-dialog').waitFor();
  await page.getByTestId('resolve-resolution').fill(de ? 'Gemeinsamer Workshop mit der CFO; Umfang neu priorisiert.' : 'Joint workshop with the CFO; scope reprioritised.');
  await shot(app, 'resolve-dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('discard-confirm').click();
  await page.getByTestId('resolve-dialog').waitFor({ state: 'detached' });

  // The people at the client.
  await page.getByTestId('tab-contacts').click();
  await page.getByTestId('contact-card').first().waitFor();
  await page.getByTestId('client-contacts').scrollIntoViewIfNeeded();
  await shot(app, 'contacts');
  await page.getByTestId('contact-actions').first().click();
  await page.getByTestId('contact-edit').click();
  await page.getByTestId('contact-form').waitFor();
  await shot(app, 'contact-form');
  await page.keyboard.press('Escape');
  await page.getByTestId('contact-form').waitFor({ state: 'detached' });
}

type App = Awaited<ReturnType<typeof launchRapport>>;

/**
 * The reading half: the client page of a demo client with a rich story (made by the demo agency in the same
 * language), the story scrolled with its sticky toolbar and year rail, the filter panel open, the global search
 * with results, a search hit opened in context, and the shortcuts overlay.
 */
async function shootTimeline(ledgerPath: string, locale: Locale, colorScheme: ColorScheme, shot: (app: App, name: string) => Promise<void>): Promise<string[]> {
  const app = await launchRapport({ ledgerPath, passphrase: PASSPHRASE, locale, colorScheme });
  try {
    const { page, dispatcher } = app;
    await app.unlock();
    const plan = planDemoAgency({ lang: locale });
    const name = plan.clients.find((c) => c.key === 'nordlicht')?.client.name ?? plan.clients[0]?.client.name ?? '';
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name, exact: true }).click();
    await page.getByTestId('timeline-event').first().waitFor();
    await shot(app, 'client-page');

    // The story filling the window: the toolbar and the year rail stick under the header.
    await page.evaluate(`window.scrollTo(0, document.querySelector('[data-testid="timeline-toolbar"]').getBoundingClientRect().top + window.scrollY + 240)`);
    await page.waitForTimeout(200);
    await shot(app, 'client-timeline');
    await page.evaluate('window.scrollTo(0, 0)');

    // The filter panel open, two kinds and the open status chosen; the chips below the toolbar.
    await page.getByTestId('timeline-filter-button').click();
    await page.getByTestId('filter-kind-crisis').click();
    await page.getByTestId('filter-kind-misunderstanding').click();
    await page.getByTestId('timeline-filter-panel').getByText(locale === 'de' ? 'Offen' : 'Open', { exact: true }).click();
    await page.evaluate(`window.scrollTo(0, document.querySelector('[data-testid="timeline-toolbar"]').getBoundingClientRect().top + window.scrollY - 120)`);
    await page.waitForTimeout(300);
    await shot(app, 'client-filters');
    await page.keyboard.press('Escape');
    await page.getByTestId('filter-reset').click();

    // The global search: of a few words about this client (its people's names, its own), the one that finds the
    // most kinds of things: people, events, the client.
    const clients = await dispatcher.call('clients:list', {});
    const client = clients.ok ? clients.value.find((c) => c.name === name) : undefined;
    const people = client ? await dispatcher.call('contacts:list', { clientId: client.id }) : undefined;
    const words = [...(people?.ok ? people.value.flatMap((p) => p.name.split(' ')) : []), ...name.split(' ')].filter((w) => w.length > 3);
    let query = words[0] ?? name;
    let best = -1;
    for (const word of words) {
      const found = await dispatcher.call('search:query', { query: word, limit: 30 });
      const hits = found.ok ? found.value.hits : [];
      const score = new Set(hits.map((h) => h.entity)).size * 100 + Math.min(hits.length, 8);
      if (score > best) {
        best = score;
        query = word;
      }
    }
    await page.keyboard.press('Control+k');
    await page.getByTestId('global-search-input').fill(query);
    await page.getByTestId('search-hit').first().waitFor();
    await page.waitForTimeout(300);
    await shot(app, 'spotlight');

    // A hit a few years back, opened in its place: scrolled to, highlighted.
    const eventHits = page.locator('[data-testid="search-hit"][data-entity="event"]');
    const count = await eventHits.count();
    if (count > 0) {
      await eventHits.nth(count - 1).click();
      await page.locator('[data-testid="timeline-event"][data-highlighted]').waitFor();
      await page.waitForTimeout(400);
      await shot(app, 'client-search-hit');
    } else {
      await page.keyboard.press('Escape');
    }

    await page.locator('h1').click();
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-list').waitFor();
    await shot(app, 'shortcuts');
    await page.keyboard.press('Escape');
    return app.errors;
  } finally {
    await app.close();
  }
}

// ---- the portfolio and relationship health (screens/Portfolio, components/Health) ----
/**
 * The health board on the demo agency: the portfolio with its bands, trends and countdowns, "This week",
 * and the explanation drawer of the weakest relationship (its factors, then its NEV trend and ladder).
 */
async function shootHealth(ledgerPath: string, locale: Locale, colorScheme: ColorScheme, shot: (app: App, name: string) => Promise<void>): Promise<string[]> {
  const app = await launchRapport({ ledgerPath, passphrase: PASSPHRASE, locale, colorScheme, viewport: { width: 1280, height: 800 } });
  try {
    const { page } = app;
    await app.unlock();
    await page.getByTestId('client-row').first().waitFor();
    await shot(app, 'portfolio-health');
    await page.getByTestId('portfolio-tab-week').click();
    await page.getByTestId('week').waitFor();
    await shot(app, 'portfolio-week');
    await page.getByTestId('portfolio-tab-relationships').click();
    const weakest = page.locator('[data-testid="client-row"][data-band="at_risk"], [data-testid="client-row"][data-band="in_crisis"]').first();
    await ((await weakest.count()) > 0 ? weakest : page.getByTestId('client-row').first()).getByTestId('health-badge').click();
    await page.getByTestId('health-factor').first().waitFor();
    await page.waitForTimeout(300);
    await shot(app, 'health-drawer');
    await page.evaluate(`document.querySelector('[data-testid="health-factor"][data-key="responsiveness"]').scrollIntoView({ block: 'start' })`);
    await page.waitForTimeout(400);
    await shot(app, 'health-drawer-trend');
    await page.keyboard.press('Escape');
    return app.errors;
  } finally {
    await app.close();
  }
}

/**
 * The talk preparation (MediationPrep) on the demo agency's most escalated crisis: the diagnosis with its result,
 * statements read by the phrasing coach, and the after-the-talk form. The prep is deleted again at the end, so
 * every language and scheme starts from the same ledger (the answers keep the crisis at its stage).
 */
async function shootMediation(ledgerPath: string, locale: Locale, colorScheme: ColorScheme, shot: (app: App, name: string) => Promise<void>): Promise<string[]> {
  const app = await launchRapport({ ledgerPath, passphrase: PASSPHRASE, locale, colorScheme });
  const de = locale === 'de';
  try {
    const { page, dispatcher } = app;
    await app.unlock();
    const savedState = () => page.waitForSelector('[data-testid="prep-save-state"][data-status="saved"]');
    await page.getByTestId('nav-mediation').click();
    const crisis = page.getByTestId('open-crisis').first();
    await crisis.waitFor();
    // What was agreed (with dates, picked in a calendar otherwise) is already in the prep when it opens.
    const eventId = Number(await crisis.getAttribute('data-event-id'));
    const created = await dispatcher.call('mediation:create', { eventId });
    if (!created.ok) throw new Error(created.error.message);
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    await dispatcher.call('mediation:update', {
      id: created.value.id,
      sections: {
        rootCauses: created.value.body.rootCauses,
        after: {
          outcome: de
            ? 'Wir haben eine kleinere Kampagne mit Erfolgsbonus vereinbart; die Kündigung ist vom Tisch.'
            : 'We agreed on a smaller campaign with a performance bonus; the notice is off the table.',
          emotions: [{ key: 'trusting', intensity: 3 }, { key: 'stressed', intensity: 2 }],
          agreements: de
            ? [{ what: 'Überarbeiteten Mediaplan schicken', who: 'Miriam Okafor', byWhen: inDays(10), done: false },
              { what: 'Statusgespräch alle zwei Wochen', who: 'Jonas Weidner', byWhen: inDays(21), done: false }]
            : [{ what: 'Send the revised media plan', who: 'Priya Natarajan', byWhen: inDays(10), done: false },
              { what: 'Fortnightly status call with the CMO', who: 'Tom Ashby', byWhen: inDays(21), done: false }],
        },
      },
    });
    await crisis.getByTestId('prepare-talk').click();
    await page.getByTestId('prep-workspace').waitFor();
    const answers = de ? ['Ja', 'Ja', 'Ja', 'Ja', 'Teilweise', 'Ja', 'Nein', 'Nein'] : ['Yes', 'Yes', 'Yes', 'Yes', 'Partly', 'Yes', 'No', 'No'];
    const keys = ['positions_harden', 'polemic_debate', 'actions_replace_talk', 'images_and_coalitions', 'public_loss_of_face', 'threats_ultimatums', 'deliberate_damage', 'attacks_on_core'];
    await page.getByTestId('prep-nav-diagnosis').click();
    for (const [i, key] of keys.entries()) await page.getByTestId(`glasl-${key}`).getByText(answers[i] ?? '', { exact: true }).click();
    await savedState();
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(app, 'prep-diagnosis');

    await page.getByTestId('prep-nav-speaking').click();
    await page.getByTestId('statement-add').click();
    const st = page.getByTestId('statement').first();
    await st.getByTestId('statement-observation').fill(de
      ? 'Sie haben uns nie rechtzeitig informiert. Seit dem Vorstandswechsel beantworten Sie unsere Mails nicht mehr.'
      : 'You never informed us in time. Since the board change you keep ignoring our mails.');
    await st.getByTestId('statement-feeling').fill(de ? 'Ich bin besorgt,' : 'I am worried,');
    await st.getByTestId('statement-observation-coach').waitFor();
    await savedState();
    await st.scrollIntoViewIfNeeded();
    await page.evaluate(`window.scrollBy(0, document.querySelector('[data-testid="statement"]').getBoundingClientRect().top - 70)`);
    await shot(app, 'prep-coach');

    await page.getByTestId('prep-nav-after').click();
    await page.getByTestId('after-resolve').check();
    await page.getByTestId('after-resolution').fill(de ? 'Kleinere Kampagne mit Erfolgsbonus; Kündigung zurückgezogen.' : 'Smaller campaign with a performance bonus; notice withdrawn.');
    await page.evaluate(`window.scrollBy(0, document.querySelector('[data-testid="agreements"]').getBoundingClientRect().top - 90)`);
    await page.getByTestId('after-resolution').blur();
    await shot(app, 'prep-after');

    // The talk in preparation on the mediation screen; then back to how the demo was (the crisis kept its stage).
    await page.getByTestId('prep-back').click();
    await page.getByTestId('open-preps').waitFor();
    await shot(app, 'mediation-overview');
    const preps = await dispatcher.call('mediation:list', {});
    if (preps.ok) for (const p of preps.value) await dispatcher.call('mediation:delete', { id: p.id });
    return app.errors;
  } finally {
    await app.close();
  }
}

// ---- the smallest window (issue #16): the main screens at 1024×680, as overflow.test.ts checks them ----
async function shootNarrow(ledgerPath: string, locale: Locale, colorScheme: ColorScheme, shot: (app: App, name: string) => Promise<void>): Promise<string[]> {
  const app = await launchRapport({ ledgerPath, passphrase: PASSPHRASE, locale, colorScheme, viewport: { width: 1024, height: 680 } });
  try {
    await app.unlock();
    for (const screen of SCREENS) {
      await screen.open(app.page);
      await shot(app, `${screen.name}-1024`);
    }
    return app.errors;
  } finally {
    await app.close();
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const seeded = tempLedger();
  const fresh = tempLedger();
  await seedLedger(seeded.ledgerPath, PASSPHRASE, seedDemo);
  const written: string[] = [];
  const problems: string[] = [];
  // The demo agency, in each language, for the client page and its timeline.
  const demo = { de: tempLedger(), en: tempLedger() };
  for (const locale of LOCALES) {
    await seedLedger(demo[locale].ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: locale });
    });
  }
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
            await app.page.getByRole('button', { name: crisisClient, exact: true }).click();
            await app.page.getByTestId('timeline-event').first().waitFor();
            await shot(app, 'client');

            await app.page.getByTestId('nav-mediation').click();
            await app.page.getByTestId('open-crisis').first().waitFor();
            await shot(app, 'mediation');

            await app.page.getByTestId('nav-reports').click();
            await app.page.getByTestId('report-client').click();
            await app.page.getByRole('option', { name: DEMO_CLIENTS[0]?.name ?? '' }).click();
            await app.page.getByTestId('preview-cover').waitFor();
            await shot(app, 'reports');

            await app.page.getByTestId('nav-settings').click();
            await app.page.getByTestId('settings-form').waitFor();
            await shot(app, 'settings');
          }

          // ---- the writing half (EventEditor, Contacts): crisis and appreciation editor, resolve dialog, people ----
          await shootWriting(app, shot);
          problems.push(...app.errors.map((e) => `${tag}: ${e}`));
        } finally {
          await app.close();
        }

        problems.push(...(await shootTimeline(demo[locale].ledgerPath, locale, colorScheme, shot)).map((e) => `${tag} timeline: ${e}`));
        problems.push(...(await shootMediation(demo[locale].ledgerPath, locale, colorScheme, shot)).map((e) => `${tag} mediation prep: ${e}`));
        problems.push(...(await shootHealth(demo[locale].ledgerPath, locale, colorScheme, shot)).map((e) => `${tag} health: ${e}`));
        if (ALL) problems.push(...(await shootNarrow(demo[locale].ledgerPath, locale, colorScheme, shot)).map((e) => `${tag} 1024: ${e}`));
      }
    }
  } finally {
    seeded.cleanup();
    fresh.cleanup();
    demo.de.cleanup();
    demo.en.cleanup();
  }
  for (const file of written) console.log(file);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

await main();
