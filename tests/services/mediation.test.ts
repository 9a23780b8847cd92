// Mediation prep through the contract: prepare a talk for the demo's open crisis in every section,
// record the outcome with two agreements, and see follow-ups and the resolved crisis on the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import type { TimelineEvent } from '../../src/contract/events.ts';
import type { PrepUpdateInput } from '../../src/contract/mediation.ts';
import { createDispatcher } from '../../src/services/index.ts';
import { expectOk, TEST_PASSPHRASE } from '../support/temp-ledger.ts';
import { LEDGER_KINDS, type TestLedger } from '../support/ledger-kinds.ts';

describe.each(LEDGER_KINDS)('on a $name ledger', (kind) => {
  const today = new Date('2026-11-22T12:00:00');
  let t: TestLedger;
  let crisis: Extract<TimelineEvent, { kind: 'crisis' }>;

  beforeAll(async () => {
    t = await kind.open({ now: () => today });
    await buildDemoAgency(t.dispatcher, { lang: 'en', today });
    const northgate = expectOk(await t.dispatcher.call('clients:list', {})).find((c) => c.name.startsWith('Northgate'))!;
    const open = expectOk(await t.dispatcher.call('events:list', { clientId: northgate.id, kinds: ['crisis'], status: 'open' }));
    crisis = open.items[0] as typeof crisis;
  }, 120_000);
  afterAll(async () => t.cleanup());

  const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

  describe('mediation prep', () => {
    it('starts from the crisis, with its root causes, and returns the open prep when asked again', async () => {
      const prep = expectOk(await t.dispatcher.call('mediation:create', { eventId: crisis.id }));
      expect(prep).toMatchObject({ eventId: crisis.id, eventKind: 'crisis', status: 'open', glaslStage: crisis.glaslStage, diagnosis: null });
      expect(prep.body.situation.eventIds).toEqual([crisis.id]);
      expect(prep.body.rootCauses.map((r) => r.key)).toEqual(crisis.rootCauses.map((r) => r.key));
      expect(expectOk(await t.dispatcher.call('mediation:create', { eventId: crisis.id })).id).toBe(prep.id);
      const touchpoint = expectOk(await t.dispatcher.call('events:list', { clientId: crisis.clientId, kinds: ['touchpoint'], limit: 1 })).items[0]!;
      expect(code(await t.dispatcher.call('mediation:create', { eventId: touchpoint.id }))).toBe('INVALID');
    });

    it('saves every section as typed, records the diagnosed stage on the crisis with its history, and survives a reopen', async () => {
      const [prep] = expectOk(await t.dispatcher.call('mediation:list', { status: 'open' }));
      const contacts = expectOk(await t.dispatcher.call('contacts:list', { clientId: crisis.clientId }));
      const sections = {
        situation: { eventIds: [crisis.id], facts: ['The CFO cancelled two steering meetings in October.'], interpretations: ['They may be preparing to leave.'] },
        diagnosis: { answers: { positions_harden: 'yes', polemic_debate: 'yes', actions_replace_talk: 'yes', images_and_coalitions: 'yes', public_loss_of_face: 'partly' } },
        rootCauses: [{ key: 'price_pretext', note: 'Price is said; attention is meant.' }, { key: 'too_little_attention', note: null }],
        conversations: { myStory: 'We delivered on time.', theirStory: 'They felt unheard.', thirdStory: 'Two teams under budget pressure.', intent: 'Protect quality', impact: 'Felt like stalling', contribution: 'We answered late twice.', ourFeelings: 'Worried', theirFeelings: ['irritated', 'disappointed'], identityUs: 'Reliable partner', identityThem: 'In control of their budget' },
        interests: { ourPosition: 'Keep the retainer', ourInterests: 'Plannable work', theirPosition: 'Cut 20 %', theirInterests: 'Show savings to the board', options: ['Quarterly scope review'], criteria: ['Market rates'], ourBatna: 'Two new clients in pipeline', theirBatna: 'Tender, six months', tkIntended: 'collaborating', tkExpected: 'competing' },
        speaking: { statements: [{ observation: 'Two steering meetings were cancelled.', feeling: 'I was worried', need: 'I need a regular exchange', request: 'Would you be willing to meet monthly?' }], opening: 'Thank you for making the time.', questions: ['What would a good year look like for you?'], offers: ['A monthly call'], success: 'A date for the next steering meeting.' },
        logistics: { ourPeople: 'Priya, Tom', participantIds: [contacts[0]!.id], thirdParty: 'A neutral mediator', date: '2026-11-30', place: 'Their office' },
      } satisfies PrepUpdateInput['sections'];
      const saved = expectOk(await t.dispatcher.call('mediation:update', { id: prep!.id, sections }));
      expect(saved.body.conversations.theirFeelings).toEqual(['irritated', 'disappointed']);
      expect(saved.diagnosis).toMatchObject({ stage: 4, level: 'win-lose', intervention: 'process_consultation' });
      expect(saved.glaslStage).toBe(4);
      const history = (await t.dispatcher.session.ledger!.db.selectFrom('crisis_stage_history').select('stage')
        .where('event_id', '=', crisis.id).orderBy('id').execute()).map((r) => r.stage);
      expect(history.at(-1)).toBe(4);
      expect(history.length).toBeGreaterThanOrEqual(2);

      // An update that leaves a section out leaves it alone (zod must not fill in a default).
      const partial = expectOk(await t.dispatcher.call('mediation:update', { id: prep!.id, sections: { logistics: sections.logistics } }));
      expect(partial.body.rootCauses).toEqual(saved.body.rootCauses);
      expect(partial.body.conversations).toEqual(saved.body.conversations);

      // Agreements drafted before the talk are no follow-ups yet.
      const drafted = expectOk(await t.dispatcher.call('mediation:update', { id: prep!.id, sections: { after: { outcome: null, emotions: [], agreements: [{ what: 'Draft promise', who: '', byWhen: '2026-12-01', done: false }] } } }));
      expect(drafted.body.after.agreements).toHaveLength(1);
      const early = expectOk(await t.dispatcher.call('health:get', { clientId: crisis.clientId }));
      expect(early.reminders.filter((r) => r.kind === 'follow-up')).toEqual([]);

      // Bad references are refused whole: nothing of the update lands.
      const foreign = await t.dispatcher.call('mediation:update', { id: prep!.id, sections: { logistics: { participantIds: [999_999] } } });
      expect(code(foreign)).toBe('INVALID');
      expect(code(await t.dispatcher.dispatch('mediation:update', { id: prep!.id, sections: { diagnosis: { answers: { made_up: 'yes' } } } }))).toBe('INVALID');

      await t.dispatcher.call('ledger:lock', {});
      const again = createDispatcher({ ledgerPath: t.ledgerPath, now: () => today });
      expectOk(await again.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
      const reread = expectOk(await again.call('mediation:get', { id: prep!.id }));
      expect(reread.body).toEqual(drafted.body);
      await again.close();
      expectOk(await t.dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    });

    it('records the talk: the outcome on the timeline, two agreements as follow-ups, the crisis resolved', async () => {
      const [prep] = expectOk(await t.dispatcher.call('mediation:list', { status: 'open' }));
      const early = await t.dispatcher.call('mediation:complete', {
        id: prep!.id, talkOn: '2026-11-30', talkTitle: 'Mediated talk', resolution: { resolvedOn: '2000-01-01', resolution: 'x' },
      });
      expect(code(early)).toBe('INVALID');
      expect(expectOk(await t.dispatcher.call('mediation:get', { id: prep!.id })).status).toBe('open'); // nothing landed

      const done = expectOk(await t.dispatcher.call('mediation:complete', {
        id: prep!.id, talkOn: '2026-11-30', talkTitle: 'Mediated talk with the CFO',
        outcome: 'Both sides agreed on a monthly steering call.',
        emotions: [{ key: 'trusting', intensity: 3 }],
        agreements: [
          { what: 'Send the revised scope', who: 'Priya', byWhen: '2026-12-05' },
          { what: 'Book the January steering call', who: 'Tom', byWhen: '2026-12-12' },
        ],
        resolution: { resolvedOn: '2026-11-30', resolution: 'Mediated talk; monthly steering call agreed.' },
      }));
      expect(done).toMatchObject({ status: 'held', eventStatus: 'resolved' });
      const talk = expectOk(await t.dispatcher.call('events:get', { id: done.talkEventId! }));
      expect(talk).toMatchObject({ kind: 'touchpoint', title: 'Mediated talk with the CFO', occurredOn: '2026-11-30' });
      expect(talk.body).toContain('Send the revised scope');
      const resolved = expectOk(await t.dispatcher.call('events:get', { id: crisis.id }));
      expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-11-30', resolution: 'Mediated talk; monthly steering call agreed.' });

      const health = expectOk(await t.dispatcher.call('health:get', { clientId: crisis.clientId }));
      const followUps = health.reminders.filter((r) => r.kind === 'follow-up');
      expect(followUps.map((r) => r.on)).toEqual(['2026-12-05', '2026-12-12']);
      expect(followUps[0]!.sentence.de).toContain('Send the revised scope');

      expect(code(await t.dispatcher.call('mediation:complete', { id: prep!.id, talkOn: '2026-12-01', talkTitle: 'Again' }))).toBe('INVALID');
      const list = expectOk(await t.dispatcher.call('mediation:list', {}));
      expect(list.find((p) => p.id === prep!.id)).toMatchObject({ status: 'held', openAgreements: 2, talkDate: '2026-11-30' });
    });
  });
});
