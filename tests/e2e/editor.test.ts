// Writing the story: every kind of event through the editor, resolving, deleting with Undo, drafts that
// survive a mistaken close, field errors (client-side and mapped from the engine), and lock/unlock.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Contact, TimelineEvent } from '../../src/contract/schemas.ts';
import { LIMITS } from '../../src/contract/primitives.ts';
import { day, discardQuestionReady, must, toastsGone, PASSPHRASE, pickDate, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

/** The error message Mantine shows at a field (linked by aria-describedby). */
async function errorAt(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const id = ids.find((x) => x.endsWith('-error'));
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`).innerText();
}

async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('the event editor', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let client: Client;
  let anna: Contact;
  let tom: Contact;
  let crisisId: number;

  const events = async (): Promise<TimelineEvent[]> =>
    (await must(app.dispatcher, 'events:list', { clientId: client.id, limit: 500 })).items;
  const byTitle = async (title: string) => (await events()).find((e) => e.title === title);
  const card = (title: string) => app.page.getByTestId('timeline-event').filter({ hasText: title });
  const form = () => app.page.getByTestId('editor-form');

  async function openClient() {
    const { page } = app;
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Brauerei Steinbach' }).click();
    await page.getByTestId('client-name-heading').waitFor();
  }

  async function openNew(kind: string) {
    await app.page.getByTestId('new-event').click();
    await app.page.getByTestId(`new-event-${kind}`).click();
    await form().waitFor();
    expect(await form().getAttribute('data-kind')).toBe(kind);
  }

  async function save() {
    await app.page.getByTestId('editor-save').click();
    await form().waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      client = await must(d, 'clients:create', { name: 'Brauerei Steinbach', since: '2012-09-15', owner: 'Jonas Albrecht', currency: 'EUR' });
      anna = await must(d, 'contacts:create', { clientId: client.id, name: 'Anna Hansen', role: 'Head of Marketing' });
      tom = await must(d, 'contacts:create', { clientId: client.id, name: 'Tom Berger', role: 'CFO' });
      const crisis = await must(d, 'events:create', {
        clientId: client.id,
        event: { kind: 'crisis', title: 'Rebriefing ignored twice', occurredOn: day(-35), glaslStage: 3 },
      });
      crisisId = crisis.id;
      await must(d, 'events:create', {
        clientId: client.id,
        event: { kind: 'touchpoint', title: 'Tasting visit at the brewery', occurredOn: day(-74), channel: 'visit', participantIds: [anna.id] },
      });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
    await openClient();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('adds a project with its start, end, outcome, value, participants and emotions', async () => {
    const { page } = app;
    await openNew('project');
    await page.getByTestId('editor-title').fill('Brewery website relaunch');
    await pickDate(page, page.getByTestId('editor-date'), day(-60));
    await pickDate(page, page.getByTestId('editor-ends-on'), day(-15));
    await page.getByTestId('editor-outcome').fill('Live before the summer festival.');
    await page.getByTestId('editor-value').fill('12500');
    await choose(page, page.getByTestId('editor-participants'), /Anna Hansen/);
    await page.keyboard.press('Escape'); // closes the options, not the editor
    await page.getByTestId('emotion-picker').getByText('pleased', { exact: true }).click();
    await page.getByTestId('intensity-pleased').getByText('4', { exact: true }).click();
    await page.getByTestId('editor-body').fill('Kick-off in the brew house.');
    await save();
    await card('Brewery website relaunch').waitFor();

    expect(await byTitle('Brewery website relaunch')).toMatchObject({
      kind: 'project', occurredOn: day(-60), endsOn: day(-15), outcome: 'Live before the summer festival.', value: 12_500,
      participantIds: [anna.id], emotions: [{ key: 'pleased', intensity: 4 }], body: 'Kick-off in the brew house.',
    });
  });

  it('adds a crisis with its Glasl stage (label and level), root causes with notes, and status', async () => {
    const { page } = app;
    await openNew('crisis');
    await page.getByTestId('editor-title').fill('Invoice dispute');
    await pickDate(page, page.getByTestId('editor-date'), day(-9));
    await choose(page, page.getByTestId('editor-glasl'), '4 · Images and coalitions');
    // The stage's level and fitting intervention are shown with it.
    expect(await page.getByTestId('glasl-detail').innerText()).toContain('win–lose');
    expect(await page.getByTestId('glasl-detail').innerText()).toContain('process consultation');
    await page.getByTestId('root-cause-insufficient_care').check();
    await page.getByTestId('root-cause-note-insufficient_care').fill('No status call for six weeks.');
    await page.getByTestId('root-cause-price_pretext').check();
    await choose(page, page.getByTestId('editor-participants'), /Tom Berger/);
    await page.keyboard.press('Escape');
    await page.getByTestId('emotion-picker').getByText('irritated', { exact: true }).click();
    await page.getByTestId('intensity-irritated').getByText('5', { exact: true }).click();
    await page.getByTestId('emotion-picker').getByText('neglected', { exact: true }).click();
    await save();
    await card('Invoice dispute').waitFor();

    const stored = await byTitle('Invoice dispute');
    expect(stored).toMatchObject({
      kind: 'crisis', occurredOn: day(-9), glaslStage: 4, status: 'open', resolvedOn: null, resolution: null, participantIds: [tom.id],
    });
    expect(stored?.kind === 'crisis' && stored.rootCauses).toEqual(
      expect.arrayContaining([{ key: 'insufficient_care', note: 'No status call for six weeks.' }, { key: 'price_pretext', note: null }]),
    );
    expect(stored?.emotions).toEqual(
      expect.arrayContaining([{ key: 'irritated', intensity: 5 }, { key: 'neglected', intensity: 3 }]),
    );
  });

  it('adds a misunderstanding with both sides, already resolved', async () => {
    const { page } = app;
    await openNew('misunderstanding');
    await page.getByTestId('editor-title').fill('Scope of the label texts');
    await pickDate(page, page.getByTestId('editor-date'), day(-30));
    await page.getByTestId('editor-ours').fill('Copy only');
    await page.getByTestId('editor-theirs').fill('Copy and translation');
    await page.getByTestId('editor-status').getByText('Resolved', { exact: true }).click();
    // Resolving asks how, with today as the default day.
    await page.getByTestId('editor-resolution').fill('Agreed on a translation budget.');
    await save();
    await card('Scope of the label texts').waitFor();
    expect(await byTitle('Scope of the label texts')).toMatchObject({
      kind: 'misunderstanding', ourUnderstanding: 'Copy only', theirUnderstanding: 'Copy and translation',
      status: 'resolved', resolvedOn: day(0), resolution: 'Agreed on a translation budget.',
    });
  });

  it('adds an appreciation and asks "what made it personal?" as soon as personal is ticked', async () => {
    const { page } = app;
    await openNew('appreciation');
    await page.getByTestId('editor-title').fill('Card after the tasting');
    await page.getByTestId('editor-gesture').fill('Handwritten card');
    await page.getByTestId('editor-title').click();
    expect(await page.getByTestId('routine-hint').isVisible()).toBe(true);
    expect(await page.getByTestId('personal-prompt').count()).toBe(0);
    await page.getByTestId('editor-personal').check();
    // The question appears, prominently, and has the focus.
    await page.getByTestId('personal-prompt').waitFor();
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('editor-personal-note');
    await page.getByTestId('editor-personal-note').fill('Remembered her favourite hop variety.');
    await page.getByTestId('editor-unscheduled').check();
    await page.getByTestId('editor-direction').getByText('We received it', { exact: true }).click();
    await choose(page, page.getByTestId('editor-ladder'), '5 · Appreciation');
    await save();
    await card('Card after the tasting').waitFor();
    expect(await byTitle('Card after the tasting')).toMatchObject({
      kind: 'appreciation', gesture: 'Handwritten card', isPersonal: true, isUnscheduled: true, direction: 'received',
      personalNote: 'Remembered her favourite hop variety.', ladderStage: 5, occurredOn: day(0),
    });
  });

  it('adds a touchpoint with channel, initiator and response time', async () => {
    const { page } = app;
    await openNew('touchpoint');
    await page.getByTestId('editor-title').fill('Call about the autumn campaign');
    await choose(page, page.getByTestId('editor-channel'), 'Meeting');
    await page.getByTestId('editor-initiator').getByText('The client', { exact: true }).click();
    await page.getByTestId('editor-response-hours').fill('4.5');
    await save();
    await card('Call about the autumn campaign').waitFor();
    expect(await byTitle('Call about the autumn campaign')).toMatchObject({
      kind: 'touchpoint', channel: 'meeting', initiatedBy: 'client', responseHours: 4.5,
    });
  });

  it('adds a milestone with its type', async () => {
    const { page } = app;
    await openNew('milestone');
    await page.getByTestId('editor-title').fill('Contract renewed for two years');
    await choose(page, page.getByTestId('editor-milestone-type'), 'Renewal');
    // Ctrl+Enter saves from any field.
    await page.getByTestId('editor-title').press('Control+Enter');
    await form().waitFor({ state: 'detached' });
    await card('Contract renewed for two years').waitFor();
    expect(await byTitle('Contract renewed for two years')).toMatchObject({ kind: 'milestone', milestoneType: 'renewal' });
  });

  it('edits an event: the form holds its fields, saving replaces them', async () => {
    const { page } = app;
    await card('Call about the autumn campaign').getByTestId('event-actions').click();
    await page.getByTestId('event-action-edit').click();
    await form().waitFor();
    expect(await page.getByTestId('editor-heading').innerText()).toBe('Edit touchpoint');
    expect(await page.getByTestId('editor-kind').count()).toBe(0); // the kind of a stored event is fixed
    expect(await page.getByTestId('editor-title').inputValue()).toBe('Call about the autumn campaign');
    expect(await page.getByTestId('editor-response-hours').inputValue()).toBe('4.5');
    await page.getByTestId('editor-title').fill('Call about the autumn and winter campaign');
    await save();
    await card('Call about the autumn and winter campaign').waitFor();
    expect(await byTitle('Call about the autumn and winter campaign')).toMatchObject({
      kind: 'touchpoint', channel: 'meeting', initiatedBy: 'client', responseHours: 4.5,
    });
  });

  it('resolves a crisis through the dialog: the resolution is required, a day before the start is refused', async () => {
    const { page } = app;
    const before = (await events()).length;
    await card('Rebriefing ignored twice').getByTestId('event-actions').click();
    await page.getByTestId('event-action-resolve').click();
    const dialog = page.getByTestId('resolve-dialog');
    await dialog.waitFor();
    // Today is the default day.
    expect(await page.getByTestId('resolve-date').innerText()).toBe(await page.evaluate(`(() => {
      const d = new Date(); return d.getDate() + ' ' + d.toLocaleString('en-GB', { month: 'short' }) + ' ' + d.getFullYear();
    })()`));

    await page.getByTestId('resolve-submit').click();
    expect(await errorAt(page, page.getByTestId('resolve-resolution'))).toBe('How was it resolved? A sentence is enough.');

    await page.getByTestId('resolve-resolution').fill('Rewrote the briefing together in one workshop.');
    await pickDate(page, page.getByTestId('resolve-date'), day(-40));
    expect(await errorAt(page, page.getByTestId('resolve-date'))).toBe('It cannot be resolved before it began.');
    await page.getByTestId('resolve-submit').click();
    await page.waitForTimeout(300);
    expect(await dialog.isVisible()).toBe(true);
    expect(await must(app.dispatcher, 'events:get', { id: crisisId })).toMatchObject({ status: 'open', resolvedOn: null });

    await pickDate(page, page.getByTestId('resolve-date'), day(-5));
    await page.getByTestId('resolve-submit').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await must(app.dispatcher, 'events:get', { id: crisisId })).toMatchObject({
      status: 'resolved', resolvedOn: day(-5), resolution: 'Rewrote the briefing together in one workshop.', glaslStage: 3,
    });
    expect((await events()).length).toBe(before);
  });

  it('deletes an event after asking, and Undo brings it back with all its fields (under a new id)', async () => {
    const { page } = app;
    const original = await byTitle('Invoice dispute');
    expect(original).toBeDefined();
    await toastsGone(page);
    await card('Invoice dispute').getByTestId('event-actions').click();
    await page.getByTestId('event-action-delete').click();
    await page.getByTestId('delete-dialog').waitFor();
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('event-deleted-toast').waitFor();
    // Reach for Undo like a person does: the pointer on the toast holds it open (Mantine pauses its
    // auto-close on hover), so a slow machine cannot close it while the checks below run.
    await page.getByTestId('event-deleted-toast').hover();
    await card('Invoice dispute').waitFor({ state: 'detached' });
    expect(await byTitle('Invoice dispute')).toBeUndefined();

    await page.getByTestId('event-undo').click();
    // Move the pointer off, or the "restored" toast that takes the Undo toast's place stays paused open.
    await page.mouse.move(0, 0);
    await card('Invoice dispute').waitFor();
    const back = await byTitle('Invoice dispute');
    expect(back?.id).not.toBe(original?.id);
    const strip = (e: TimelineEvent | undefined) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = e as TimelineEvent;
      return rest;
    };
    expect(strip(back)).toEqual(strip(original));
  });

  it('asks before closing a dirty form, keeps a draft, and restores it on reopening', async () => {
    const { page } = app;
    const before = (await events()).length;
    await openNew('touchpoint');
    // A pristine form closes without a question.
    await page.keyboard.press('Escape');
    await form().waitFor({ state: 'detached' });

    await openNew('touchpoint');
    await page.getByTestId('editor-title').fill('Half-written note');
    await page.getByTestId('editor-body').fill('They mentioned a new CMO starting in spring.');
    await page.keyboard.press('Escape');
    await discardQuestionReady(page);
    // Escape in the question means "keep editing".
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-dialog').waitFor({ state: 'detached' });
    expect(await form().isVisible()).toBe(true);

    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('discard-dialog').waitFor();
    await page.getByTestId('discard-keep-draft').click();
    await form().waitFor({ state: 'detached' });
    expect((await events()).length).toBe(before);

    // Reopening the same kind for the same client brings the draft back.
    await openNew('touchpoint');
    await page.getByTestId('draft-restored').waitFor();
    expect(await page.getByTestId('editor-title').inputValue()).toBe('Half-written note');
    expect(await page.getByTestId('editor-body').inputValue()).toBe('They mentioned a new CMO starting in spring.');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-keep-draft').click();
    await form().waitFor({ state: 'detached' });

    // Another kind starts empty.
    await openNew('milestone');
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByTestId('editor-title').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await form().waitFor({ state: 'detached' });

    // Discarding the draft really drops it.
    await openNew('touchpoint');
    await page.getByTestId('draft-restored').waitFor();
    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('discard-confirm').click();
    await form().waitFor({ state: 'detached' });
    await openNew('touchpoint');
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByTestId('editor-title').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await form().waitFor({ state: 'detached' });
    // Never on disk: no draft in the page's storage.
    expect(await page.evaluate('JSON.stringify(localStorage) + JSON.stringify(sessionStorage)')).not.toContain('Half-written');
    expect((await events()).length).toBe(before);
  });

  it('shows bad input at the field and stores nothing', async () => {
    const { page } = app;
    const before = (await events()).length;

    // An empty title.
    await openNew('project');
    await page.getByTestId('editor-save').click();
    expect(await errorAt(page, page.getByTestId('editor-title'))).toBe('Please give the event a title.');

    // A project that ends before it starts: said at the end date, also when the start moves past it.
    await page.getByTestId('editor-title').fill('Packaging redesign');
    await pickDate(page, page.getByTestId('editor-date'), day(-20));
    await pickDate(page, page.getByTestId('editor-ends-on'), day(-25));
    expect(await errorAt(page, page.getByTestId('editor-ends-on'))).toBe('A project cannot end before it starts.');
    await page.getByTestId('editor-save').click();
    await page.waitForTimeout(200);
    expect(await form().isVisible()).toBe(true);
    await pickDate(page, page.getByTestId('editor-ends-on'), day(-10));
    await expect.poll(() => page.getByTestId('editor-ends-on').getAttribute('aria-invalid')).not.toBe('true');
    await pickDate(page, page.getByTestId('editor-date'), day(-5));
    expect(await errorAt(page, page.getByTestId('editor-ends-on'))).toBe('A project cannot end before it starts.');

    // Text beyond the limit: a counter near the limit, an error beyond it.
    await pickDate(page, page.getByTestId('editor-date'), day(-20));
    await page.getByTestId('editor-body').fill('x'.repeat(LIMITS.longText - 100));
    expect(await page.getByTestId('editor-body-counter').innerText()).toBe('19,900 / 20,000');
    await page.getByTestId('editor-body').fill('x'.repeat(LIMITS.longText + 1));
    expect(await page.getByTestId('editor-body-counter').innerText()).toBe('20,001 / 20,000');
    await page.getByTestId('editor-title').fill('T'.repeat(LIMITS.title + 1));
    await page.getByTestId('editor-save').click();
    expect(await errorAt(page, page.getByTestId('editor-body'))).toBe('Too long: at most 20,000 characters.');
    expect(await errorAt(page, page.getByTestId('editor-title'))).toBe('Too long: at most 200 characters.');
    expect(await page.getByTestId('editor-title-counter').innerText()).toBe('201 / 200');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').click();
    await form().waitFor({ state: 'detached' });

    // A resolution before the crisis began, in the editor.
    await openNew('crisis');
    await page.getByTestId('editor-title').fill('Late delivery');
    await pickDate(page, page.getByTestId('editor-date'), day(-10));
    await choose(page, page.getByTestId('editor-glasl'), /^2 · /);
    await page.getByTestId('editor-status').getByText('Resolved', { exact: true }).click();
    await page.getByTestId('editor-save').click();
    expect(await errorAt(page, page.getByTestId('editor-resolution'))).toBe('How was it resolved? A sentence is enough.');
    await page.getByTestId('editor-resolution').fill('Delivered by courier.');
    await pickDate(page, page.getByTestId('editor-resolved-on'), day(-12));
    expect(await errorAt(page, page.getByTestId('editor-resolved-on'))).toBe('It cannot be resolved before it began.');
    await page.getByTestId('editor-save').click();
    await page.waitForTimeout(200);
    expect(await form().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').click();
    await form().waitFor({ state: 'detached' });

    expect((await events()).length).toBe(before);
  });

  it('puts a refusal from the engine on the field it names (a participant deleted meanwhile)', async () => {
    const { page } = app;
    const before = (await events()).length;
    const temp = await must(app.dispatcher, 'contacts:create', { clientId: client.id, name: 'Lena Vogel' });
    await openNew('touchpoint');
    await page.getByTestId('editor-title').fill('Call with Lena');
    await choose(page, page.getByTestId('editor-participants'), /Lena Vogel/);
    await page.keyboard.press('Escape');
    // Someone else removes the contact while the form is open.
    await must(app.dispatcher, 'contacts:delete', { id: temp.id });
    await page.getByTestId('editor-save').click();
    expect(await errorAt(page, page.getByTestId('editor-participants'))).toBe('Participants must be people of this client.');
    expect(await page.getByTestId('editor-form-error').innerText()).toContain('Nothing was saved');
    expect((await events()).length).toBe(before);
    await page.getByTestId('editor-cancel').click();
    await page.getByTestId('discard-confirm').click();
    await form().waitFor({ state: 'detached' });
  });

  it('speaks German, with German dates, in the dark', async () => {
    const { page } = app;
    await page.locator('header').getByText('DE', { exact: true }).click();
    await page.getByTestId('color-scheme-toggle').click();
    await openNew('crisis');
    expect(await page.getByTestId('editor-heading').innerText()).toBe('Neue Krise');
    await pickDate(page, page.getByTestId('editor-date'), '2026-03-05');
    expect(await page.getByTestId('editor-date').innerText()).toBe('05.03.2026');
    await page.getByTestId('editor-save').click();
    expect(await errorAt(page, page.getByTestId('editor-title'))).toBe('Bitte geben Sie dem Ereignis einen Titel.');
    expect(await errorAt(page, page.getByTestId('editor-glasl'))).toBe('Welche Stufe ist erreicht?');
    await page.getByTestId('editor-glasl').click();
    expect(await page.getByRole('option', { name: '5 · Gesichtsverlust' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').click();
    await form().waitFor({ state: 'detached' });
    await page.locator('header').getByText('EN', { exact: true }).click();
    await page.getByTestId('color-scheme-toggle').click();
  });

  it('keeps what was stored across lock and unlock, and drops drafts with the lock', async () => {
    const { page } = app;
    await openNew('touchpoint');
    await page.getByTestId('editor-title').fill('Draft before the lock');
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-keep-draft').click();
    await form().waitFor({ state: 'detached' });

    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect(await page.content()).not.toContain('Draft before the lock');
    await app.unlock();
    await openClient();
    for (const title of ['Brewery website relaunch', 'Card after the tasting', 'Contract renewed for two years', 'Invoice dispute']) {
      await card(title).waitFor();
    }
    await openNew('touchpoint');
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.getByTestId('editor-title').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await form().waitFor({ state: 'detached' });
  });
  it('refuses a save over a change made meanwhile, shows both versions, and loses neither', async () => {
    const { page } = app;
    await openNew('touchpoint');
    await page.getByTestId('editor-title').fill('Budget call');
    await page.getByTestId('editor-body').fill('First notes');
    await save();
    await card('Budget call').waitFor();
    const stored = (await byTitle('Budget call'))!;
    await card('Budget call').getByTestId('event-actions').click();
    await page.getByTestId('event-action-edit').click();
    await form().waitFor();
    // While the form is open, someone else (the CLI, another window, a colleague) saves the same event.
    const { id: _id, clientId: _c, createdAt: _ca, updatedAt: _u, loggedBy: _l, changedBy: _cb, emotions, participantIds, ...fields } = stored;
    await must(app.dispatcher, 'events:update', {
      id: stored.id, event: { ...fields, emotions, participantIds, kind: 'touchpoint', title: 'Budget call (their notes)', body: 'Their notes' } as never,
    });
    await page.getByTestId('editor-body').fill('My notes from the call');
    await page.getByTestId('editor-save').click();
    const notice = page.getByTestId('editor-conflict');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/changed elsewhere .*Nothing was saved/s);
    expect(await page.getByTestId('editor-conflict-theirs').innerText()).toContain('Their notes');
    expect(await page.getByTestId('editor-body').inputValue()).toBe('My notes from the call'); // nothing typed is lost
    expect((await must(app.dispatcher, 'events:get', { id: stored.id })).body).toBe('Their notes'); // nothing overwritten
    await card('Budget call (their notes)').waitFor(); // the timeline behind the drawer now shows the saved version
    // RAPPORT_EDITOR_SHOTS=DIR keeps a picture of the conflict for review.
    if (process.env.RAPPORT_EDITOR_SHOTS) await page.screenshot({ path: `${process.env.RAPPORT_EDITOR_SHOTS}/editor-conflict-en.png` });
    // Choosing to save mine over it: now on the saved version, so it goes through.
    await page.getByTestId('editor-conflict-keep-mine').click();
    await form().waitFor({ state: 'detached' });
    expect((await must(app.dispatcher, 'events:get', { id: stored.id })).body).toBe('My notes from the call');
    await card('Budget call').filter({ hasText: 'My notes from the call' }).waitFor();
  });
});
