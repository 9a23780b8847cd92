// The Reports screen in Chromium against the real engine: pick a client, change sections, period and
// language and watch the preview follow; export with progress to a temp file (then read the PDF back
// with pdftotext), a cancelled export, Ctrl+E, the client page's "Report" button, and the empty state.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, must, PASSPHRASE, pickDate, seedDemo, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

const CLIENT = 'Hansen Logistik GmbH';
const RENEWED_ON = day(-200);

/** A save dialog the test answers: each request waits until the test says where (or null: cancelled). */
function controlledSaveTarget() {
  const asked: string[] = [];
  let answer: ((path: string | null) => void) | null = null;
  let onAsk: (() => void) | null = null;
  return {
    asked,
    saveTarget: (name: string) =>
      new Promise<string | null>((resolve) => {
        asked.push(name);
        answer = resolve;
        onAsk?.();
      }),
    /** Resolves once the engine asks (the PDF is rendered by then). */
    whenAsked: () => new Promise<void>((resolve) => (answer ? resolve() : (onAsk = resolve))),
    answer(path: string | null) {
      const a = answer;
      answer = null;
      onAsk = null;
      a?.(path);
    },
  };
}

describe('the Reports screen', () => {
  const ledger = tempLedger();
  const dialog = controlledSaveTarget();
  let app: Rapport;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await seedDemo(d);
      const hansen = (await must(d, 'clients:list', {})).find((c) => c.name === CLIENT);
      if (!hansen) throw new Error('no Hansen in the demo');
      await must(d, 'events:create', {
        clientId: hansen.id,
        event: { kind: 'milestone', title: 'Contract renewed for two years', occurredOn: RENEWED_ON, milestoneType: 'renewal' },
      });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', saveTarget: dialog.saveTarget });
    await app.unlock();
  }, 60_000);

  afterAll(async () => {
    dialog.answer(null); // an export a failed test left waiting would hold the dispatcher
    await app?.close();
    ledger.cleanup();
  });

  /** The section cards of the preview, in order. */
  const cards = () =>
    app.page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="report-preview"] > [data-testid^="preview-"]')].map((e) => e.getAttribute('data-testid'))`,
    );

  const INTERNAL = ['motivators', 'emotions', 'talkingPoints'] as const;
  const CLIENT_CARDS = [
    'preview-cover', 'preview-glance', 'preview-health', 'preview-nev', 'preview-highlights', 'preview-crises',
    'preview-appreciation', 'preview-openPoints',
  ];
  /** The section switches that are on, in order. */
  const checked = () =>
    app.page.evaluate<string[]>(
      `[...document.querySelectorAll('input[data-testid^="report-section-"]:not([data-testid="report-sections-all"])')].filter((e) => e.checked).map((e) => e.value)`,
    );

  it('picks a client and previews the client preset of the default period: since the last renewal', async () => {
    const { page } = app;
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-pick').waitFor();
    await page.getByTestId('report-client').click();
    await page.getByRole('option', { name: CLIENT }).click();
    await page.getByTestId('preview-cover').waitFor();
    // A report that leaves the house is safe by default: the client preset, no internal section.
    expect(await cards()).toEqual(CLIENT_CARDS);
    expect(await page.getByTestId('report-preset').getAttribute('data-preset')).toBe('client');
    expect(await page.getByTestId('report-preset-client').isChecked()).toBe(true);
    for (const s of INTERNAL) expect(await page.getByTestId(`report-section-${s}`).isChecked()).toBe(false);
    const basis = page.getByTestId('report-period-basis');
    expect(await basis.getAttribute('data-basis')).toBe('lastRenewal');
    expect(await basis.innerText()).toMatch(/^Since the last renewal on /);
    // The preview tells the engine's figures: the health score is the engine's own.
    const id = (await must(app.dispatcher, 'clients:list', {})).find((c) => c.name === CLIENT)!.id;
    const engine = await must(app.dispatcher, 'report:preview', { clientId: id, lang: 'en' });
    const health = engine.sections.find((s) => s.section === 'health');
    expect(await page.getByTestId('preview-health').innerText()).toContain(`Score ${health && 'score' in health ? health.score : -1} of 100`);
    expect(await page.getByTestId('report-file-name').innerText()).toContain('Relationship-report_Hansen-Logistik-GmbH_');
  });

  it('chooses who the report is for: each preset sets the switches, a hand-picked choice is custom', async () => {
    const { page } = app;
    const preset = page.getByTestId('report-preset');
    await page.getByTestId('report-preset-internal').click();
    await page.getByTestId('preview-talkingPoints').waitFor();
    expect(await preset.getAttribute('data-preset')).toBe('internal');
    expect(await checked()).toEqual([
      'cover', 'glance', 'health', 'nev', 'highlights', 'crises', 'appreciation', 'openPoints', 'motivators', 'emotions', 'talkingPoints',
    ]);
    expect(await cards()).toEqual([...CLIENT_CARDS, 'preview-motivators', 'preview-emotions', 'preview-talkingPoints']);
    // The internal sections say so, in the switches and in the preview.
    for (const s of INTERNAL) {
      expect(await page.getByTestId(`report-section-${s}`).locator('xpath=ancestor::*[contains(@class,"Checkbox-root")][1]').innerText()).toContain('internal');
      expect(await page.getByTestId(`preview-${s}`).innerText()).toContain('internal');
    }
    // Hansen's emotions since the renewal: as many counted one by one as the NEV card names.
    const nevText = await page.getByTestId('preview-nev').innerText();
    const observed = /(\d+) observed emotions?/.exec(nevText)?.[1];
    expect(await page.getByTestId('preview-emotions').innerText()).toMatch(
      observed ? new RegExp(`${observed} emotions? counted one by one, \\d+ of them negative`) : /Nothing recorded in this period/,
    );
    // The motivators card tells the engine's count (none: the seeded Hansen has no contacts).
    const id = (await must(app.dispatcher, 'clients:list', {})).find((c) => c.name === CLIENT)!.id;
    const engine = await must(app.dispatcher, 'report:preview', { clientId: id, lang: 'en', preset: 'internal' });
    const motivators = engine.sections.find((x) => x.section === 'motivators');
    if (motivators?.section !== 'motivators') throw new Error('no motivators section in the internal preset');
    expect(await page.getByTestId('preview-motivators').innerText()).toContain(
      motivators.contacts > 0 ? `Motivators recorded for ${motivators.withMotivators} of ${motivators.contacts} contact` : 'Nothing recorded in this period',
    );

    await page.getByTestId('report-preset-client').click();
    await page.getByTestId('preview-talkingPoints').waitFor({ state: 'detached' });
    expect(await preset.getAttribute('data-preset')).toBe('client');
    expect(await checked()).toEqual(['cover', 'glance', 'health', 'nev', 'highlights', 'crises', 'appreciation', 'openPoints']);
    expect(await cards()).toEqual(CLIENT_CARDS);

    // By hand: one internal section more is neither preset, and the screen says the choice has internal pages.
    await page.getByTestId('report-section-motivators').click();
    await page.getByTestId('preview-motivators').waitFor();
    expect(await preset.getAttribute('data-preset')).toBe('custom');
    expect(await page.getByTestId('report-preset-client').isChecked()).toBe(false);
    expect(await page.getByTestId('report-preset-internal').isChecked()).toBe(false);
    expect(await page.getByTestId('report-preset-custom').innerText()).toContain('with internal ones');
    await page.getByTestId('report-section-motivators').click();
    await page.getByTestId('preview-motivators').waitFor({ state: 'detached' });
    expect(await preset.getAttribute('data-preset')).toBe('client');
    expect(await page.getByTestId('report-preset-custom').count()).toBe(0);
  });

  it('follows the sections, the language and the period', async () => {
    const { page } = app;
    await page.getByTestId('report-section-cover').click();
    await page.getByTestId('preview-cover').waitFor({ state: 'detached' });
    expect(await page.getByTestId('report-preset').getAttribute('data-preset')).toBe('custom');
    expect(await page.getByTestId('report-preset-custom').innerText()).toBe('Your own choice of sections');
    expect(await cards()).toEqual([
      'preview-glance', 'preview-health', 'preview-nev', 'preview-highlights', 'preview-crises', 'preview-appreciation', 'preview-openPoints',
    ]);

    await page.getByTestId('report-lang').getByText('Deutsch').click();
    await page.getByTestId('report-file-name').getByText(/Beziehungsbericht_Hansen-Logistik-GmbH_/).waitFor();
    // The screen stays in the reader's language; only the report changes.
    expect(await page.getByTestId('report-export').innerText()).toContain('Export PDF');

    await pickDate(page, page.getByTestId('report-from'), day(-400));
    await page.getByTestId('report-period-reset').waitFor();
    expect(await page.getByTestId('report-period-basis').getAttribute('data-basis')).toBe('custom');
    await page.getByTestId('report-period-basis').getByText(/^A period of your choice\. Default: since the last renewal/).waitFor();
    await page.getByTestId('report-period-reset').click();
    await page.getByTestId('report-period-reset').waitFor({ state: 'detached' });
    expect(await page.getByTestId('report-period-basis').getAttribute('data-basis')).toBe('lastRenewal');

    // No section at all: nothing to export.
    await page.getByTestId('report-sections-all').click();
    await page.getByTestId('report-sections-all').click();
    await page.getByText('Choose at least one section.').first().waitFor();
    expect(await page.getByTestId('report-export').isDisabled()).toBe(true);
    await page.getByTestId('report-preset-client').click();
    await page.getByTestId('preview-cover').waitFor();
    expect(await page.getByTestId('report-export').isEnabled()).toBe(true);
  });

  it('exports with progress, stays usable meanwhile, and says where it saved', async () => {
    const { page } = app;
    const target = join(ledger.dir, 'hansen.pdf');
    await page.getByTestId('report-export').click();
    await dialog.whenAsked();
    // The engine has rendered and waits for the save dialog: the screen shows the stage and stays usable.
    const progress = page.getByTestId('report-progress');
    await progress.waitFor();
    await page.locator('[data-testid="report-progress"][data-stage="choosing"]').waitFor();
    expect(await page.getByTestId('report-stage').innerText()).toBe('Choose where to save the report…');
    expect(await page.getByTestId('report-export').isDisabled()).toBe(true);
    await page.getByTestId('report-section-nev').click();
    expect(await page.getByTestId('report-section-nev').isChecked()).toBe(false);
    await page.getByTestId('report-section-nev').click();
    expect(dialog.asked.at(-1)).toMatch(/^Beziehungsbericht_Hansen-Logistik-GmbH_\d{4}-\d{2}-\d{2}\.pdf$/);

    dialog.answer(target);
    await page.getByTestId('report-saved').waitFor();
    await progress.waitFor({ state: 'detached' });
    const saved = await page.getByTestId('report-saved').innerText();
    expect(saved).toContain('Report saved');
    expect(saved).toMatch(/Beziehungsbericht_Hansen-Logistik-GmbH_.*\.pdf · \d+ pages/);
    expect(existsSync(target)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(CLIENT);
    expect(text).toContain('Die Beziehung auf einen Blick'); // the report's language, not the screen's
    // The client preset: none of the internal sections, no page marked internal.
    for (const heading of ['Gesprächspunkte für die Verlängerung', 'Was die Ansprechpartner bewegt', 'Emotionen im Einzelnen', 'INTERN']) {
      expect(text).not.toContain(heading);
    }
  });

  it('a cancelled export (Ctrl+E) says so and writes nothing', async () => {
    const { page } = app;
    const before = dialog.asked.length;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    await dialog.whenAsked();
    expect(dialog.asked.length).toBe(before + 1);
    dialog.answer(null);
    await page.getByTestId('report-cancelled').waitFor();
    expect(await page.getByTestId('report-cancelled').innerText()).toContain('Export cancelled. Nothing was saved.');
    expect(await page.getByTestId('report-saved').count()).toBe(0);
  });

  it('the shortcuts overlay lists Ctrl+E; the client page opens the screen with its client chosen', async () => {
    const { page } = app;
    await page.keyboard.press('?');
    await page.getByTestId('shortcuts-overlay').getByText('Export the report').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts-overlay').waitFor({ state: 'hidden' });

    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Brauerei Steinbach', exact: true }).click();
    await page.getByTestId('client-report').click();
    await page.getByTestId('preview-crises').waitFor();
    expect(await page.getByTestId('report-client').inputValue()).toBe('Brauerei Steinbach');
    expect(await page.getByTestId('preview-crises').innerText()).toContain('0 resolved, 1 open');
    expect(await page.getByTestId('report-period-basis').innerText()).toMatch(/^The whole relationship, since /);
    expect(app.errors).toEqual([]);
  });
});

describe('the Reports screen without clients', () => {
  const ledger = tempLedger();
  let app: Rapport;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE);
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de' });
    await app.unlock();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('invites to create the first client', async () => {
    await app.page.getByTestId('nav-reports').click();
    await app.page.getByTestId('reports-no-clients').getByText('Noch keine Kunden').waitFor();
    expect(await app.page.getByTestId('report-client').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
