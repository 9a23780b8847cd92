// The talk preparation in German, for a misunderstanding (no Glasl stage of its own): German questionnaire and
// result, the phrasing coach on German drafts (and on an English one when the draft language is switched), no
// third party pushed at a low stage, recording a talk without resolving the issue, and deleting a preparation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary, TimelineEvent } from '../../src/contract/schemas.ts';
import { buildDemoAgency, planDemoAgency } from '../../src/services/demo/index.ts';
import { must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

describe('eine Gesprächsvorbereitung auf Deutsch', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let client: ClientSummary;
  let issue: Extract<TimelineEvent, { kind: 'misunderstanding' }>;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: 'de' });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', colorScheme: 'dark' });
    await app.unlock();
    const name = planDemoAgency({ lang: 'de' }).clients.find((c) => c.key === 'nordlicht')?.client.name;
    client = (await must(app.dispatcher, 'clients:list', {})).find((c) => c.name === name) as ClientSummary;
    const open = await must(app.dispatcher, 'events:list', { clientId: client.id, kinds: ['misunderstanding'], status: 'open', limit: 10 });
    issue = open.items[0] as typeof issue;
    expect(issue?.kind).toBe('misunderstanding');
  }, 180_000);

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  const page = () => app.page;
  const section = async (key: string) => {
    await page().getByTestId(`prep-nav-${key}`).click();
    await page().getByTestId(`prep-section-${key}`).waitFor();
  };

  it('bereitet ein Missverständnis vor: deutsche Fragen, Ergebnis ohne Stufe an der Krise', async () => {
    await page().getByTestId('nav-mediation').click();
    await page().getByTestId('open-misunderstanding').filter({ hasText: issue.title }).getByTestId('prepare-talk').click();
    await page().getByTestId('prep-workspace').waitFor();
    expect(await page().getByTestId('prep-nav-situation').innerText()).toContain('Lage');
    await section('diagnosis');
    await page().getByTestId('glasl-positions_harden').getByText('Ja', { exact: true }).click();
    await page().getByTestId('glasl-polemic_debate').getByText('Teilweise', { exact: true }).click();
    await expect.poll(() => page().getByTestId('diagnosis-result').getAttribute('data-stage')).toBe('1');
    expect(await page().getByTestId('diagnosis-stage').innerText()).toBe('Stufe 1: Verhärtung');
    expect(await page().getByTestId('diagnosis-intervention').innerText()).toBe('Direkt miteinander sprechen');
    expect(await page().getByTestId('diagnosis-reason').innerText()).toContain('an der Schwelle zu Stufe 2');
    expect(await page().getByTestId('diagnosis-recorded').innerText()).toContain('Ein Missverständnis hat keine Stufe');
    // Low stage: the third party is an ordinary, optional field.
    await section('logistics');
    await page().getByTestId('logistics-third-party').waitFor();
    expect(await page().getByTestId('third-party-recommended').count()).toBe(0);
  });

  it('der Formulierungscoach liest deutsche Entwürfe und, umgestellt, englische', async () => {
    await section('speaking');
    await page().getByTestId('statement-add').click();
    const st = page().getByTestId('statement').first();
    await st.getByTestId('statement-observation').fill('Sie hören uns nie zu.');
    const coach = st.getByTestId('statement-observation-coach');
    await expect.poll(() => coach.getAttribute('data-flags')).toBe('2');
    expect(await coach.innerText()).toContain('2 Stellen können als Vorwurf ankommen');
    expect(await coach.getByTestId('coach-flag').filter({ hasText: 'Verallgemeinerung' }).count()).toBe(1);
    expect(await coach.getByTestId('coach-tip').first().innerText()).toContain('Sagen Sie');
    await st.getByTestId('statement-feeling').fill('war ich besorgt,');
    await expect.poll(() => st.getByTestId('statement-feeling-coach').getAttribute('data-flags')).toBe('0');
    expect(await st.getByTestId('statement-feeling-coach').innerText()).toBe('Kein Vorwurf gefunden.');

    // The tester's sentence: the blaming you-statement is marked inline (not only "nie"), with its reason,
    // its own tip and an I-statement; "Meine behalten" folds the absolute away, "übernehmen" replaces the words.
    const observation = st.getByTestId('statement-observation');
    await observation.fill('Sie haben uns nie rechtzeitig informiert.');
    await expect.poll(() => coach.getAttribute('data-flags')).toBe('2');
    const marks = st.getByTestId('statement-observation-marks').getByTestId('coach-mark');
    expect((await marks.allInnerTexts()).join('')).toBe('Sie haben uns nie rechtzeitig informiert');
    expect(await marks.filter({ hasText: /^nie$/ }).getAttribute('data-kind')).toBe('absolute');
    expect(await marks.first().getAttribute('data-kind')).toBe('blaming_you');
    const blame = coach.locator('[data-testid="coach-flag"][data-kind="blaming_you"]');
    expect(await blame.getByTestId('coach-explanation').innerText()).toContain('verbindet Schuldzuweisung und Verallgemeinerung');
    expect(await blame.getByTestId('coach-quote').innerText()).toBe('„Sie haben uns … informiert“');
    expect(await blame.getByTestId('coach-rewrite-text').innerText()).toBe('Ich hätte mir gewünscht, rechtzeitig informiert zu werden');
    const tips = await coach.getByTestId('coach-tip').allInnerTexts();
    expect(new Set(tips).size).toBe(2);
    await coach.locator('[data-testid="coach-flag"][data-kind="absolute"]').getByTestId('coach-keep').click();
    await expect.poll(() => coach.getAttribute('data-open')).toBe('1');
    expect(await coach.getByTestId('coach-kept').innerText()).toContain('1 Markierung bewusst so belassen');
    // "nie" is now marked only as part of the blame, which is still open.
    await expect.poll(() => marks.filter({ hasText: /^nie$/ }).getAttribute('data-kind')).toBe('blaming_you');
    await blame.getByTestId('coach-take').click();
    expect(await observation.inputValue()).toBe('Ich hätte mir gewünscht, rechtzeitig informiert zu werden.');
    await expect.poll(() => coach.getAttribute('data-flags')).toBe('0');
    expect(await coach.innerText()).toBe('Kein Vorwurf gefunden.');

    // An English draft is read by the English rules; the explanation stays German.
    await page().getByTestId('coach-language').getByText('English', { exact: true }).click();
    await page().getByTestId('speaking-opening').fill('You must fix this immediately!');
    const opening = page().getByTestId('speaking-opening-coach');
    await expect.poll(() => opening.getAttribute('data-flags')).toBe('2');
    expect(await opening.getByTestId('coach-flag').first().innerText()).toContain('Forderung');
    expect(await opening.getByTestId('coach-explanation').first().innerText()).toContain('ist eine Forderung');
  });

  it('hält ein Gespräch fest, ohne das Missverständnis zu lösen; eine Vereinbarung ohne Datum ist keine Wiedervorlage', async () => {
    await section('after');
    expect(await page().getByTestId('after-title').inputValue()).toBe(`Gespräch über „${issue.title}“`);
    await page().getByTestId('after-outcome').fill('Beide Seiten haben ihre Sicht erklärt; die Rechtsabteilung prüft.');
    await page().getByTestId('agreement-add').click();
    await page().getByTestId('agreement-what').fill('Vertragsentwurf zu den Nutzungsrechten teilen');
    await page().getByTestId('after-record').click();
    const confirm = page().getByTestId('after-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('keine hat ein Datum, daher entsteht keine Wiedervorlage');
    expect(await confirm.innerText()).toContain('Das Missverständnis bleibt offen.');
    await page().getByTestId('after-confirm-record').click();
    await page().getByTestId('held-summary').waitFor();
    expect(await page().getByTestId('held-issue').innerText()).toBe('Das Missverständnis ist noch offen.');
    const still = await must(app.dispatcher, 'events:get', { id: issue.id });
    expect(still.kind === 'misunderstanding' && still.status).toBe('open');
    const health = await must(app.dispatcher, 'health:get', { clientId: client.id });
    expect(health.reminders.filter((r) => r.kind === 'follow-up')).toHaveLength(0);
  });

  it('löscht eine Vorbereitung; das Thema bleibt', async () => {
    await page().getByTestId('prep-menu').click();
    await page().getByTestId('prep-delete').click();
    await page().getByTestId('prep-delete-confirm').click();
    await page().locator('h1', { hasText: 'Mediation' }).waitFor();
    expect(await must(app.dispatcher, 'mediation:list', {})).toEqual([]);
    expect((await must(app.dispatcher, 'events:get', { id: issue.id })).title).toBe(issue.title);
  });
});
