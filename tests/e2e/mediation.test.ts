// Preparing a crisis talk through the UI, over the demo agency (`rapport demo`, English): every section of the
// workspace, the live Glasl diagnosis recorded on the crisis, the phrasing coach (an accusation flagged, a
// clean I-statement not), saving as typed across lock/unlock and a restart, and after the talk: two
// agreements that become follow-ups, the crisis resolved, the talk on the timeline.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary, Contact, TimelineEvent } from '../../src/contract/schemas.ts';
import type { Prep } from '../../src/contract/mediation.ts';
import { todayIso } from '../../src/domain/dates.ts';
import { buildDemoAgency, planDemoAgency } from '../../src/services/demo/index.ts';
import { day, must, PASSPHRASE, pickDate, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

const ACCUSATION = 'You never listen to us.';
const HOSTILE = '<img src=x onerror=alert(1)> You always ignore our mails.';
const CLEAN = {
  observation: 'When the budget cut was presented in the steering committee on 23 June, we heard about it for the first time.',
  feeling: 'I was surprised and worried,',
  need: 'because we need to plan our team together with you.',
  request: 'Would you be willing to meet every two weeks until the renewal?',
};

/** Everything typed into the workspace, to be found again after lock/unlock and after a restart. */
const TYPED = {
  facts: ['On 23 June the CFO wrote that they would give notice.', 'Our last two status mails went unanswered.'],
  interpretations: ['They feel we no longer listen to them.'],
  causeNote: 'Since the board change nobody from us met the new CMO.',
  conversations: {
    myStory: 'We delivered what the brief said, on time.',
    theirStory: 'They expected us to adapt the campaign to the new board’s course.',
    thirdStory: 'The brief changed with the board; neither side said so out loud.',
    intent: 'We wanted to protect the agreed scope.',
    impact: 'It felt like we did not care about their new situation.',
    contribution: 'We did not ask how the board change affected them.',
    ourFeelings: 'Worried and a little hurt.',
    identityUs: 'Being seen as a partner who thinks ahead.',
    identityThem: 'Being taken seriously by the new board.',
  },
  interests: {
    ourPosition: 'Keep the contract as signed.',
    ourInterests: 'Planning security for our team.',
    theirPosition: 'Cut the budget by a third.',
    theirInterests: 'Show the new board they are in control of costs.',
    ourBatna: 'Replace the revenue with the Hargreaves extension.',
    theirBatna: 'Hand the campaign to their in-house team.',
  },
  option: 'A smaller campaign with a performance bonus',
  criterion: 'Market rates for comparable campaigns',
  opening: 'Thank you for taking the time today. We would like to understand how the last weeks looked from your side.',
  question: 'What would a good outcome look like for you?',
  offer: 'A weekly status call until the launch',
  success: 'We leave with a date for the next step and both sides feel heard.',
  ourPeople: 'Priya Natarajan (account lead)',
  thirdParty: 'Dr. Anna Weiss, mediator',
  place: 'At their office in Bristol',
};

describe('preparing a crisis talk', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let client: ClientSummary;
  let crisis: Extract<TimelineEvent, { kind: 'crisis' }>;
  let contact: Contact;
  let prepId: number;
  let cause: string;
  let causeCount = 0;
  const talkDate = day(7);

  const launch = async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
  };
  const page = () => app.page;
  const prep = async (): Promise<Prep> => must(app.dispatcher, 'mediation:get', { id: prepId });
  const section = async (key: string) => {
    await page().getByTestId(`prep-nav-${key}`).click();
    await page().getByTestId(`prep-section-${key}`).waitFor();
  };
  /** Wait until the quiet indicator says everything typed is saved. */
  const saved = async () => {
    await page().locator('body').click({ position: { x: 5, y: 300 } });
    await expect.poll(() => page().getByTestId('prep-save-state').getAttribute('data-status'), { timeout: 10_000 }).toMatch(/^(saved|idle)$/);
  };
  const values = (testId: string): Promise<string[]> =>
    page().evaluate(`[...document.querySelectorAll('[data-testid="${testId}"]')].map((e) => e.value)`);
  const openWorkspace = async () => {
    await page().getByTestId('nav-mediation').click();
    await page().getByTestId('open-preps').getByTestId('prep-open').first().click();
    await page().getByTestId('prep-workspace').waitFor();
  };

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: 'en' });
    });
    await launch();
    const name = planDemoAgency({ lang: 'en' }).clients.find((c) => c.key === 'nordlicht')?.client.name;
    client = (await must(app.dispatcher, 'clients:list', {})).find((c) => c.name === name) as ClientSummary;
    expect(client, 'the demo has the insurer in crisis').toBeDefined();
    const open = await must(app.dispatcher, 'events:list', { clientId: client.id, kinds: ['crisis'], status: 'open', limit: 10 });
    crisis = open.items[0] as typeof crisis;
    expect(crisis?.kind).toBe('crisis');
    contact = (await must(app.dispatcher, 'contacts:list', { clientId: client.id }))[0] as Contact;
  }, 180_000);

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('starts a preparation from the open crisis on the mediation screen', async () => {
    await page().getByTestId('nav-mediation').click();
    const row = page().getByTestId('open-crisis').filter({ hasText: crisis.title });
    await row.getByTestId('prepare-talk').click();
    await page().getByTestId('prep-workspace').waitFor();
    expect(await page().getByTestId('prep-title').innerText()).toBe(crisis.title);
    expect(await page().getByTestId('prep-rail').getByRole('button').count()).toBe(8);
    // It opens at the first section that is not ready yet: nothing is known about the situation.
    expect(await page().getByTestId('prep-workspace').getAttribute('data-section')).toBe('situation');
    const preps = await must(app.dispatcher, 'mediation:list', { status: 'open' });
    expect(preps.map((p) => p.eventId)).toEqual([crisis.id]);
    prepId = preps[0]?.id as number;
  });

  it('1 situation: picks events from the timeline, keeps facts apart from interpretations', async () => {
    await page().getByTestId('situation-search').fill('Proposed mediation');
    const hit = page().getByTestId('situation-event').filter({ hasText: 'Proposed mediation' });
    await hit.click();
    await page().getByTestId('situation-chosen').filter({ hasText: 'Proposed mediation' }).waitFor();
    await page().getByTestId('facts-add').click();
    await page().getByTestId('facts-item').nth(0).fill(TYPED.facts[0] as string);
    // Enter starts the next row.
    await page().getByTestId('facts-item').nth(0).press('Enter');
    await expect.poll(() => page().getByTestId('facts-item').count()).toBe(2);
    await page().keyboard.type(TYPED.facts[1] as string);
    await page().getByTestId('interpretations-add').click();
    await page().getByTestId('interpretations-item').nth(0).fill(TYPED.interpretations[0] as string);
    await saved();
    const body = (await prep()).body.situation;
    expect(body.facts).toEqual(TYPED.facts);
    expect(body.interpretations).toEqual(TYPED.interpretations);
    expect(body.eventIds).toContain(crisis.id);
    expect(body.eventIds).toHaveLength(2);
    expect(await page().getByTestId('prep-nav-situation').getAttribute('data-state')).toBe('done');
  });

  it('2 escalation: the questionnaire diagnoses live, recommends, and the stage is recorded on the crisis', async () => {
    await section('diagnosis');
    expect(await page().getByTestId('glasl-questions').locator('[data-testid^="glasl-"]').count()).toBe(9);
    const answer = (key: string, label: 'Yes' | 'Partly' | 'No') => page().getByTestId(`glasl-${key}`).getByText(label, { exact: true }).click();
    for (const key of ['positions_harden', 'polemic_debate', 'actions_replace_talk', 'images_and_coalitions', 'public_loss_of_face']) await answer(key, 'Yes');
    await answer('threats_ultimatums', 'Partly');
    for (const key of ['deliberate_damage', 'attacks_on_core', 'going_down_together']) await answer(key, 'No');
    const result = page().getByTestId('diagnosis-result');
    await expect.poll(() => result.getAttribute('data-stage')).toBe('5');
    expect(await page().getByTestId('diagnosis-stage').innerText()).toBe('Stage 5: Loss of face');
    expect(await page().getByTestId('glasl-step-current').innerText()).toBe('5');
    expect(await page().getByTestId('glasl-level-current').innerText()).toBe('win–lose');
    expect(await page().getByTestId('diagnosis-level').innerText()).toBe('win–lose');
    expect(await page().getByTestId('diagnosis-intervention').innerText()).toBe('A neutral mediator');
    const reason = await page().getByTestId('diagnosis-reason').innerText();
    expect(reason).toContain('threshold of stage 6');
    expect(reason).toContain('Recommended: A neutral mediator.');
    await saved();
    // The engine recomputed the diagnosis and recorded the stage on the crisis (it was at 6).
    expect((await prep()).diagnosis?.stage).toBe(5);
    const recorded = await must(app.dispatcher, 'events:get', { id: crisis.id });
    expect(recorded.kind === 'crisis' ? recorded.glaslStage : null).toBe(5);
    await expect.poll(() => page().getByTestId('prep-stage').innerText()).toContain('Glasl stage 5');
    expect(await page().getByTestId('prep-nav-diagnosis').getAttribute('data-state')).toBe('done');
  });

  it('3 under the pretext: root causes with a note each', async () => {
    await section('rootCauses');
    const reference = await must(app.dispatcher, 'reference:get', {});
    const already = new Set((await prep()).body.rootCauses.map((r) => r.key));
    cause = reference.rootCauses.find((r) => !already.has(r.key))?.key as string;
    expect(cause).toBeTruthy();
    await page().getByTestId(`prep-cause-${cause}`).check();
    await page().getByTestId(`prep-cause-note-${cause}`).fill(TYPED.causeNote);
    await saved();
    const causes = (await prep()).body.rootCauses;
    expect(causes.find((r) => r.key === cause)?.note).toBe(TYPED.causeNote);
    expect(causes).toHaveLength(already.size + 1);
    causeCount = causes.length;
  });

  it('4 the three conversations: stories, intent and impact, contribution, feelings, identity', async () => {
    await section('conversations');
    for (const [key, text] of Object.entries(TYPED.conversations)) await page().getByTestId(`conv-${key}`).fill(text);
    await page().getByTestId('conv-their-feelings').getByText('frustrated', { exact: true }).click();
    await page().getByTestId('conv-their-feelings').getByText('neglected', { exact: true }).click();
    await saved();
    const c = (await prep()).body.conversations;
    expect(c).toMatchObject(TYPED.conversations);
    expect(c.theirFeelings).toEqual(['frustrated', 'neglected']);
    expect(await page().getByTestId('prep-nav-conversations').getAttribute('data-state')).toBe('done');
  });

  it('5 interests and options: both sides, options, criteria, BATNAs, Thomas-Kilmann modes', async () => {
    await section('interests');
    for (const [key, text] of Object.entries(TYPED.interests)) await page().getByTestId(`int-${key}`).fill(text);
    await page().getByTestId('options-add').click();
    await page().getByTestId('options-item').nth(0).fill(TYPED.option);
    await page().getByTestId('criteria-add').click();
    await page().getByTestId('criteria-item').nth(0).fill(TYPED.criterion);
    await page().getByTestId('int-tkIntended').click();
    await page().getByRole('option', { name: /^Collaborating/ }).click();
    await page().getByTestId('int-tkExpected').click();
    await page().getByRole('option', { name: /^Competing/ }).click();
    await saved();
    const i = (await prep()).body.interests;
    expect(i).toMatchObject({ ...TYPED.interests, options: [TYPED.option], criteria: [TYPED.criterion], tkIntended: 'collaborating', tkExpected: 'competing' });
  });

  it('6 what we will say: the phrasing coach flags an accusation live and leaves a clean I-statement alone', async () => {
    await section('speaking');
    await page().getByTestId('statement-add').click();
    const first = page().getByTestId('statement').nth(0);
    await first.getByTestId('statement-observation').fill(ACCUSATION);
    const coach = first.getByTestId('statement-observation-coach');
    await expect.poll(() => coach.getAttribute('data-flags')).toBe('2');
    // Marked inline, in the field itself, not echoed below it.
    const inField = first.getByTestId('statement-observation-marks');
    await expect.poll(() => inField.getByTestId('coach-mark').count()).toBeGreaterThan(0);
    const marks = await inField.getByTestId('coach-mark').allInnerTexts();
    expect(marks.join('')).toBe('You never listen to us');
    expect(await inField.getByTestId('coach-mark').filter({ hasText: /^never$/ }).getAttribute('data-kind')).toBe('absolute');
    expect(await coach.getByTestId('coach-preview').count()).toBe(0);
    const kinds = await Promise.all((await coach.getByTestId('coach-flag').all()).map((f) => f.getAttribute('data-kind')));
    expect(kinds.sort()).toEqual(['absolute', 'blaming_you']);
    const explanations = await coach.getByTestId('coach-explanation').allInnerTexts();
    expect(explanations.some((e) => e.includes('“never” is an absolute'))).toBe(true);
    expect(explanations.some((e) => e.includes('“You never …” joins blame to an absolute'))).toBe(true);
    // Each flag has the tip of its own rule, and the blame an I-statement to take.
    const tips = await coach.getByTestId('coach-tip').allInnerTexts();
    expect(new Set(tips).size).toBe(2);
    expect(await coach.getByTestId('coach-rewrite-text').allInnerTexts()).toEqual(['I would like to feel heard']);
    expect(await first.getByTestId('statement-flags').innerText()).toBe('2 marks');

    // Markup in a draft is text: marked, listed, never run.
    await first.getByTestId('statement-request').fill(HOSTILE);
    const request = first.getByTestId('statement-request-coach');
    await expect.poll(() => request.getAttribute('data-flags')).not.toBe(null);
    expect(await first.getByTestId('statement-request-marks').getByTestId('coach-preview').innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await request.locator('img').count()).toBe(0);

    // A clean I-statement in four steps: no flag anywhere, a quiet tick under each field.
    await page().getByTestId('statement-add').click();
    const second = page().getByTestId('statement').nth(1);
    for (const [step, text] of Object.entries(CLEAN)) await second.getByTestId(`statement-${step}`).fill(text);
    for (const step of Object.keys(CLEAN)) {
      const tick = second.getByTestId(`statement-${step}-coach`);
      await expect.poll(() => tick.getAttribute('data-flags')).toBe('0');
      expect(await tick.innerText()).toBe('No accusation found.');
    }
    expect(await second.getByTestId('coach-mark').count()).toBe(0);
    expect(await second.getByTestId('statement-flags').innerText()).toBe('reads without accusation');
    expect(await second.getByTestId('statement-whole').innerText()).toContain(`${CLEAN.observation} ${CLEAN.feeling}`);

    // The tester's shape in English: the blaming you-statement is marked inline and its rewrite taken.
    const opening = page().getByTestId('speaking-opening');
    const openingCoach = page().getByTestId('speaking-opening-coach');
    await opening.fill('You never informed us in time.');
    await expect.poll(() => openingCoach.getAttribute('data-flags')).toBe('2');
    const openingMarks = page().getByTestId('speaking-opening-marks').getByTestId('coach-mark');
    expect((await openingMarks.allInnerTexts()).join('')).toBe('You never informed us in time');
    expect(await openingMarks.first().getAttribute('data-kind')).toBe('blaming_you');
    const blame = openingCoach.locator('[data-testid="coach-flag"][data-kind="blaming_you"]');
    expect(await blame.getByTestId('coach-rewrite-text').innerText()).toBe('I would have liked to be informed in time');
    // "Keep mine" on the absolute folds it away and leaves the words; "Use this wording" replaces the blame.
    await openingCoach.locator('[data-testid="coach-flag"][data-kind="absolute"]').getByTestId('coach-keep').click();
    await expect.poll(() => openingCoach.getAttribute('data-open')).toBe('1');
    expect(await openingCoach.getByTestId('coach-kept').innerText()).toContain('1 mark kept as written');
    expect(await opening.inputValue()).toBe('You never informed us in time.');
    await blame.getByTestId('coach-take').click();
    expect(await opening.inputValue()).toBe('I would have liked to be informed in time.');
    await expect.poll(() => openingCoach.getAttribute('data-flags')).toBe('0');
    expect(await openingCoach.innerText()).toBe('No accusation found.');

    await page().getByTestId('speaking-opening').fill(TYPED.opening);
    await expect.poll(() => page().getByTestId('speaking-opening-coach').getAttribute('data-flags')).toBe('0');
    await page().getByTestId('questions-add').click();
    await page().getByTestId('questions-item').nth(0).fill(TYPED.question);
    await page().getByTestId('offers-add').click();
    await page().getByTestId('offers-item').nth(0).fill(TYPED.offer);
    await page().getByTestId('speaking-success').fill(TYPED.success);
    await saved();
    const s = (await prep()).body.speaking;
    expect(s.statements).toEqual([
      { observation: ACCUSATION, feeling: null, need: null, request: HOSTILE },
      CLEAN,
    ]);
    expect(s).toMatchObject({ opening: TYPED.opening, questions: [TYPED.question], offers: [TYPED.offer], success: TYPED.success });
  });

  it('7 logistics: both sides, the third party shown prominently at stage 5, the date in the locale', async () => {
    await section('logistics');
    const recommended = page().getByTestId('third-party-recommended');
    await recommended.waitFor();
    expect(await recommended.innerText()).toContain('A neutral third party is recommended');
    expect(await recommended.innerText()).toContain('At Glasl stage 5 (Loss of face)');
    await recommended.getByTestId('logistics-third-party').fill(TYPED.thirdParty);
    await page().getByTestId('logistics-our-people').fill(TYPED.ourPeople);
    await page().getByTestId(`participant-${contact.id}`).check();
    await pickDate(page(), page().getByTestId('logistics-date'), talkDate);
    const shown = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${talkDate}T00:00:00Z`));
    expect((await page().getByTestId('logistics-date').innerText()).replace(',', '')).toContain(shown.split(' ').slice(1).join(' '));
    await page().getByTestId('logistics-place').fill(TYPED.place);
    await saved();
    expect((await prep()).body.logistics).toEqual({
      ourPeople: TYPED.ourPeople, participantIds: [contact.id], thirdParty: TYPED.thirdParty, date: talkDate, place: TYPED.place,
    });
  });

  /** Every section shows what was typed (after a lock, after a restart). */
  async function everythingIntact() {
    await section('situation');
    expect(await values('facts-item')).toEqual(TYPED.facts);
    expect(await values('interpretations-item')).toEqual(TYPED.interpretations);
    expect(await page().getByTestId('situation-chosen').count()).toBe(2);
    await section('diagnosis');
    expect(await page().getByTestId('glasl-public_loss_of_face').getAttribute('data-answer')).toBe('yes');
    expect(await page().getByTestId('glasl-threats_ultimatums').getAttribute('data-answer')).toBe('partly');
    expect(await page().getByTestId('diagnosis-result').getAttribute('data-stage')).toBe('5');
    await section('rootCauses');
    expect(await page().getByTestId(`prep-cause-note-${cause}`).inputValue()).toBe(TYPED.causeNote);
    // The causes the crisis came with are still there too.
    expect(await page().getByTestId('root-causes').locator('input[type="checkbox"]:checked').count()).toBe(causeCount);
    await section('conversations');
    for (const [key, text] of Object.entries(TYPED.conversations)) expect(await page().getByTestId(`conv-${key}`).inputValue()).toBe(text);
    await section('interests');
    for (const [key, text] of Object.entries(TYPED.interests)) expect(await page().getByTestId(`int-${key}`).inputValue()).toBe(text);
    expect(await values('options-item')).toEqual([TYPED.option]);
    expect(await page().getByTestId('int-tkIntended').inputValue()).toBe('Collaborating');
    await section('speaking');
    expect(await page().getByTestId('statement').count()).toBe(2);
    expect(await page().getByTestId('statement-observation').nth(0).inputValue()).toBe(ACCUSATION);
    expect(await page().getByTestId('statement-request').nth(0).inputValue()).toBe(HOSTILE);
    expect(await page().getByTestId('statement-request').nth(1).inputValue()).toBe(CLEAN.request);
    expect(await page().getByTestId('speaking-opening').inputValue()).toBe(TYPED.opening);
    expect(await page().getByTestId('speaking-success').inputValue()).toBe(TYPED.success);
    await section('logistics');
    expect(await page().getByTestId('logistics-third-party').inputValue()).toBe(TYPED.thirdParty);
    expect(await page().getByTestId('logistics-place').inputValue()).toBe(TYPED.place);
    expect(await page().getByTestId(`participant-${contact.id}`).isChecked()).toBe(true);
  }

  it('survives lock and unlock, and closing and reopening the app, with all typed text intact', async () => {
    // Typed just before locking with the shortcut: saved before the ledger locks.
    await page().getByTestId('logistics-place').fill(`${TYPED.place}, room 4`);
    await page().getByTestId('logistics-place').press('Control+l');
    await page().getByTestId('unlock-passphrase').waitFor();
    TYPED.place = `${TYPED.place}, room 4`;
    await app.unlock();
    await openWorkspace();
    // It resumes at the first section that is not ready yet.
    const states = await Promise.all(
      ['situation', 'diagnosis', 'rootCauses', 'conversations', 'interests', 'speaking', 'logistics', 'after']
        .map(async (k) => [k, await page().getByTestId(`prep-nav-${k}`).getAttribute('data-state')] as const),
    );
    const firstOpen = states.find(([, state]) => state !== 'done')?.[0];
    expect(firstOpen).toBeDefined();
    expect(await page().getByTestId('prep-workspace').getAttribute('data-section')).toBe(firstOpen);
    await everythingIntact();

    await app.close();
    await launch();
    await openWorkspace();
    await everythingIntact();
  });

  it('8 after the talk: outcome, emotions, two agreements, the crisis resolved, in one step', async () => {
    await section('after');
    await pickDate(page(), page().getByTestId('after-talk-on'), todayIso());
    await page().getByTestId('after-outcome').fill('We agreed on a smaller campaign and a fortnightly call; the notice is withdrawn.');
    await page().getByTestId('emotion-picker').getByText('trusting', { exact: true }).click();
    const agreements = [
      { what: 'Send the revised media plan', who: 'Priya Natarajan', by: day(10) },
      { what: 'Fortnightly status call with the CMO', who: 'Tom Ashby', by: day(21) },
    ];
    for (const [i, a] of agreements.entries()) {
      await page().getByTestId('agreement-add').click();
      const row = page().getByTestId('agreement').nth(i);
      await row.getByTestId('agreement-what').fill(a.what);
      await row.getByTestId('agreement-who').fill(a.who);
      await pickDate(page(), row.getByTestId('agreement-by'), a.by);
    }
    await page().getByTestId('after-resolve').check();
    // Required when resolving: the form says so before anything is written.
    await page().getByTestId('after-record').click();
    expect(await page().getByText('How was it resolved?').count()).toBeGreaterThan(0);
    expect(await page().getByTestId('after-confirm').count()).toBe(0);
    await page().getByTestId('after-resolution').fill('Smaller campaign with a performance bonus; notice withdrawn.');
    await page().getByTestId('after-record').click();
    const confirm = page().getByTestId('after-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('2 agreements are recorded; 2 become follow-up reminders.');
    expect(await confirm.innerText()).toContain('The crisis is marked resolved on');
    await page().getByTestId('after-confirm-record').click();
    await page().getByTestId('held-summary').waitFor();
    expect(await page().getByTestId('held-agreement').count()).toBe(2);
    expect(await page().getByTestId('prep-held').innerText()).toBe('Talk held');
    expect(await page().getByTestId('held-issue').innerText()).toContain('Crisis resolved on');

    // The engine: follow-ups, the resolved crisis, the talk on the timeline.
    const held = await prep();
    expect(held.status).toBe('held');
    const health = await must(app.dispatcher, 'health:get', { clientId: client.id });
    const followUps = health.reminders.filter((r) => r.kind === 'follow-up');
    expect(followUps.map((r) => r.on).sort()).toEqual([day(10), day(21)]);
    expect(followUps.map((r) => r.sentence.en).join('\n')).toContain('Send the revised media plan (Priya Natarajan)');
    const resolved = await must(app.dispatcher, 'events:get', { id: crisis.id });
    expect(resolved.kind === 'crisis' && resolved.status).toBe('resolved');
    expect(resolved.kind === 'crisis' && resolved.resolution).toBe('Smaller campaign with a performance bonus; notice withdrawn.');
    expect(resolved.kind === 'crisis' && resolved.resolvedOn).toBe(todayIso());
    const talk = await must(app.dispatcher, 'events:get', { id: held.talkEventId as number });
    expect(talk).toMatchObject({ kind: 'touchpoint', occurredOn: todayIso(), title: `Talk about “${crisis.title}”`, participantIds: [contact.id] });
    expect(talk.emotions.map((e) => e.key)).toEqual(['trusting']);
  });

  it('shows the held talk: an agreement kept is one follow-up less; the mediation screen and the timeline link', async () => {
    await page().getByTestId('held-agreement-done').nth(0).check();
    await saved();
    const health = await must(app.dispatcher, 'health:get', { clientId: client.id });
    expect(health.reminders.filter((r) => r.kind === 'follow-up')).toHaveLength(1);

    await page().getByTestId('prep-back').click();
    const row = page().getByTestId('held-preps').getByTestId('prep-row');
    await row.waitFor();
    expect(await row.innerText()).toContain(crisis.title);
    expect(await row.getByTestId('prep-open-agreements').innerText()).toBe('1 open');
    expect(await page().getByTestId('open-crisis').filter({ hasText: crisis.title }).count()).toBe(0);

    await row.getByTestId('prep-open').click();
    await page().getByTestId('held-timeline').click();
    await page().getByTestId('client-name-heading').filter({ hasText: client.name }).waitFor();
  });
});
