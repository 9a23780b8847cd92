import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../src/services/index.ts';
import { LEDGER_KINDS, type TestLedger } from '../support/ledger-kinds.ts';
import { expectOk, TEST_PASSPHRASE } from '../support/temp-ledger.ts';

describe.each(LEDGER_KINDS)('on a $name ledger', (kind) => {
  let t: TestLedger;
  let d: Dispatcher;
  const fixedNow = new Date('2026-11-22T10:00:00Z');

  beforeEach(async () => {
    t = await kind.open({ now: () => fixedNow });
    d = t.dispatcher;
  });
  afterEach(async () => t.cleanup());

  async function newClient(name = 'Nordlicht GmbH') {
    return expectOk(await d.call('clients:create', { name, since: '2019-03-01' }));
  }

  describe('clients', () => {
    it('creates a client with the default cadence and lists it with its counts', async () => {
      const c = await newClient();
      expect(c).toMatchObject({ name: 'Nordlicht GmbH', cadenceIdealDays: 30, cadenceMaxDays: 60, status: 'active' });
      // The app's clock on a file; on the shared ledger the server's (a client cannot backdate a row).
      if (kind.stampedByServer) expect(Date.parse(c.createdAt)).not.toBeNaN();
      else expect(c.createdAt).toBe(fixedNow.toISOString());
      const list = expectOk(await d.call('clients:list', {}));
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ id: c.id, eventCount: 0, openCrises: 0, lastPersonalContact: null });
    });

    it('uses the cadence defaults from settings', async () => {
      expectOk(await d.call('settings:update', { defaultCadenceIdealDays: 14, defaultCadenceMaxDays: 21 }));
      expect(await newClient()).toMatchObject({ cadenceIdealDays: 14, cadenceMaxDays: 21 });
    });

    it('archives through update and hides archived clients unless asked', async () => {
      const c = await newClient();
      expectOk(await d.call('clients:update', { id: c.id, patch: { status: 'archived' } }));
      expect(expectOk(await d.call('clients:list', {}))).toHaveLength(0);
      expect(expectOk(await d.call('clients:list', { includeArchived: true }))).toHaveLength(1);
    });

    it('changes only what a patch mentions; a blank text clears it', async () => {
      const c = expectOk(await d.call('clients:create', {
        name: 'Nordlicht GmbH', since: '2019-03-01', owner: 'Mara', contractValue: 120000, renewalDate: '2027-03-01', notes: 'Prefers calls',
      }));
      const archived = expectOk(await d.call('clients:update', { id: c.id, patch: { status: 'archived' } }));
      expect(archived).toMatchObject({ status: 'archived', owner: 'Mara', contractValue: 120000, renewalDate: '2027-03-01', notes: 'Prefers calls' });
      const cleared = expectOk(await d.call('clients:update', { id: c.id, patch: { owner: '  ' } }));
      expect(cleared).toMatchObject({ status: 'archived', owner: null, notes: 'Prefers calls' });
    });

    it('refuses an empty name, unknown keys and a maximum cadence below the ideal', async () => {
      for (const input of [
        { name: '   ', since: '2020-01-01' },
        { name: 'X', since: '2020-01-01', extra: 1 },
        { name: 'X', since: '2020-02-30' },
        { name: 'X', since: '2020-01-01', cadenceIdealDays: 30, cadenceMaxDays: 10 },
      ]) {
        const r = await d.dispatch('clients:create', input);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('INVALID');
      }
      const c = await newClient();
      const r = await d.call('clients:update', { id: c.id, patch: { cadenceMaxDays: 5 } });
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID');
      expect(expectOk(await d.call('clients:list', {}))).toHaveLength(1);
    });

    it('answers NOT_FOUND for a missing client', async () => {
      const r = await d.call('clients:get', { id: 999 });
      expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    });
  });

  describe('contacts', () => {
    it('keeps personal details, important dates and motivators', async () => {
      const c = await newClient();
      const k = expectOk(await d.call('contacts:create', {
        clientId: c.id, name: 'Jana Köhler', role: 'CMO', personalNotes: 'Drinks her coffee black; runs marathons.',
        importantDates: [{ label: 'Birthday', date: '1984-05-17' }], motivators: ['secure', 'stand_out'],
      }));
      expect(k.motivators).toEqual(['stand_out', 'secure']); // in the seeded order
      expect(k.importantDates).toEqual([{ label: 'Birthday', date: '1984-05-17', yearly: true }]);
      const updated = expectOk(await d.call('contacts:update', { id: k.id, patch: { motivators: ['belonging'] } }));
      expect(updated.motivators).toEqual(['belonging']);
      expect(updated.importantDates).toHaveLength(1);
      const bad = await d.call('contacts:create', { clientId: c.id, name: 'X', motivators: ['not_a_motivator'] });
      expect(bad.ok ? 'ok' : bad.error.code).toBe('INVALID');
      expect(expectOk(await d.call('contacts:list', { clientId: c.id }))).toHaveLength(1);
    });
  });

  describe('events', () => {
    it('stores every kind with its own fields and reads them back', async () => {
      const c = await newClient();
      const k = expectOk(await d.call('contacts:create', { clientId: c.id, name: 'Jana Köhler' }));
      const inputs = [
        { kind: 'project', title: 'Relaunch', occurredOn: '2024-01-10', endsOn: '2024-06-30', outcome: 'Live on time', value: 48000 },
        { kind: 'crisis', title: 'Budget dispute', occurredOn: '2025-02-01', glaslStage: 4, rootCauses: [{ key: 'price_pretext', note: 'Said price, meant attention' }] },
        { kind: 'misunderstanding', title: 'Scope of SEO', occurredOn: '2025-03-01', ourUnderstanding: 'Audit only', theirUnderstanding: 'Audit and fixes' },
        { kind: 'appreciation', title: 'Card after launch', occurredOn: '2024-07-02', gesture: 'Handwritten card', isPersonal: true, isUnscheduled: true, personalNote: 'Named the night shift' },
        { kind: 'touchpoint', title: 'Quarterly call', occurredOn: '2025-04-01', channel: 'call', emotions: [{ key: 'trusting', intensity: 4 }, { key: 'hurried', intensity: 2 }], participantIds: [k.id] },
        { kind: 'milestone', title: '5 years together', occurredOn: '2024-03-01', milestoneType: 'anniversary' },
      ] as const;
      for (const event of inputs) {
        const created = expectOk(await d.call('events:create', { clientId: c.id, event: event as never }));
        expect(created).toMatchObject(event);
        expect(expectOk(await d.call('events:get', { id: created.id }))).toEqual(created);
      }
      const summary = expectOk(await d.call('clients:list', {}))[0]!;
      expect(summary).toMatchObject({ eventCount: 6, openCrises: 1, lastPersonalContact: '2025-04-01' });
    });

    it('refuses impossible stories at the contract, naming the field', async () => {
      const c = await newClient();
      const cases: [unknown, string][] = [
        [{ kind: 'milestone', title: '', occurredOn: '2024-01-01' }, 'title'],
        [{ kind: 'project', title: 'P', occurredOn: '2024-05-01', endsOn: '2024-04-01' }, 'endsOn'],
        [{ kind: 'crisis', title: 'C', occurredOn: '2024-05-01', glaslStage: 3, status: 'resolved', resolvedOn: '2024-04-01', resolution: 'Talked' }, 'resolvedOn'],
        [{ kind: 'crisis', title: 'C', occurredOn: '2024-05-01', glaslStage: 3, status: 'resolved', resolvedOn: '2024-06-01' }, 'resolution'],
        [{ kind: 'crisis', title: 'C', occurredOn: '2024-05-01', glaslStage: 10 }, 'glaslStage'],
        [{ kind: 'milestone', title: 'x'.repeat(201), occurredOn: '2024-01-01' }, 'title'],
        [{ kind: 'milestone', title: 'ok', body: 'x'.repeat(20_001), occurredOn: '2024-01-01' }, 'body'],
        [{ kind: 'touchpoint', title: 'T', occurredOn: '2024-01-01', channel: 'pigeon' }, 'channel'],
      ];
      for (const [event, field] of cases) {
        const r = await d.dispatch('events:create', { clientId: c.id, event });
        expect(r.ok, field).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('INVALID');
          expect(r.error.message).toContain(field);
        }
      }
      expect(expectOk(await d.call('events:list', { clientId: c.id })).items).toHaveLength(0);
    });

    it('refuses participants from another client and unknown emotions', async () => {
      const a = await newClient('A');
      const b = await newClient('B');
      const kb = expectOk(await d.call('contacts:create', { clientId: b.id, name: 'Bea' }));
      const r1 = await d.call('events:create', { clientId: a.id, event: { kind: 'milestone', title: 'M', occurredOn: '2024-01-01', participantIds: [kb.id] } });
      expect(r1.ok ? 'ok' : r1.error.code).toBe('INVALID');
      const r2 = await d.call('events:create', { clientId: a.id, event: { kind: 'milestone', title: 'M', occurredOn: '2024-01-01', emotions: [{ key: 'bored', intensity: 2 }] } });
      expect(r2.ok ? 'ok' : r2.error.code).toBe('INVALID');
    });

    it('resolves a crisis and keeps its stage history', async () => {
      const c = await newClient();
      const crisis = expectOk(await d.call('events:create', { clientId: c.id, event: { kind: 'crisis', title: 'Escalation', occurredOn: '2025-01-01', glaslStage: 3 } }));
      const resolved = expectOk(await d.call('events:update', { id: crisis.id, event: {
        kind: 'crisis', title: 'Escalation', occurredOn: '2025-01-01', glaslStage: 5, status: 'resolved', resolvedOn: '2025-02-15', resolution: 'Mediated talk, new steering meeting',
      } }));
      expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2025-02-15', glaslStage: 5 });
      const stages = await t.dispatcher.session.ledger!.db.selectFrom('crisis_stage_history').select('stage')
        .where('event_id', '=', crisis.id).orderBy('id').execute();
      expect(stages).toEqual([{ stage: 3 }, { stage: 5 }]);
      const kindChange = await d.call('events:update', { id: crisis.id, event: { kind: 'milestone', title: 'x', occurredOn: '2025-01-01' } });
      expect(kindChange.ok ? 'ok' : kindChange.error.code).toBe('INVALID');
    });

    it('pages the timeline newest first without gaps or repeats, with filters', async () => {
      const c = await newClient();
      for (let i = 0; i < 25; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const event = i % 5 === 0
          ? { kind: 'crisis' as const, title: `Crisis ${i}`, occurredOn: `2024-0${(i % 9) + 1}-${day}`, glaslStage: 2 }
          : { kind: 'milestone' as const, title: `Event ${i}`, occurredOn: `2024-0${(i % 9) + 1}-${day}` };
        expectOk(await d.call('events:create', { clientId: c.id, event }));
      }
      const seen: number[] = [];
      let cursor: { occurredOn: string; id: number } | undefined;
      let previous = '9999';
      do {
        const page = expectOk(await d.call('events:list', { clientId: c.id, limit: 7, before: cursor }));
        for (const e of page.items) {
          expect(e.occurredOn <= previous).toBe(true);
          previous = e.occurredOn;
          seen.push(e.id);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(25);
      expect(new Set(seen).size).toBe(25);
      const crises = expectOk(await d.call('events:list', { clientId: c.id, kinds: ['crisis'], status: 'open' }));
      expect(crises.items.map((e) => e.kind)).toEqual(Array(5).fill('crisis'));
      const years = expectOk(await d.call('events:years', { clientId: c.id }));
      expect(years).toEqual([{ year: 2024, count: 25 }]);
      const period = expectOk(await d.call('events:list', { clientId: c.id, from: '2024-03-01', to: '2024-03-31' }));
      expect(period.items.every((e) => e.occurredOn.startsWith('2024-03'))).toBe(true);
      expect(period.items.length).toBeGreaterThan(0);
    });

    it('filters a timeline by words, keeping its order and paging', async () => {
      const c = await newClient();
      const other = await newClient('Other');
      for (const [title, day] of [['Kick-off Workshop', '2024-01-10'], ['Workshop review', '2024-02-10'], ['Invoice', '2024-03-10']] as const) {
        expectOk(await d.call('events:create', { clientId: c.id, event: { kind: 'milestone', title, occurredOn: day } }));
      }
      expectOk(await d.call('events:create', { clientId: other.id, event: { kind: 'milestone', title: 'Workshop elsewhere', occurredOn: '2024-04-01' } }));
      const page = expectOk(await d.call('events:list', { clientId: c.id, query: 'worksh' }));
      expect(page.items.map((e) => e.title)).toEqual(['Workshop review', 'Kick-off Workshop']);
      expect(expectOk(await d.call('events:list', { clientId: c.id, query: '"(' })).items).toHaveLength(3);
    });

    it('refuses a save made on a version that changed since with CONFLICT, writing nothing', async () => {
      const c = await newClient();
      const call = { kind: 'touchpoint' as const, title: 'Call', occurredOn: '2025-05-01', channel: 'call' as const };
      const created = expectOk(await d.call('events:create', { clientId: c.id, event: call }));
      // Two editors opened the event; the first saves on the version both saw.
      const first = expectOk(await d.call('events:update', { id: created.id, event: { ...call, title: 'Call, first editor' }, expectedUpdatedAt: created.updatedAt }));
      expect(first.updatedAt).not.toBe(created.updatedAt); // every change is a new version, even on a fixed clock
      const second = await d.call('events:update', { id: created.id, event: { ...call, title: 'Call, second editor' }, expectedUpdatedAt: created.updatedAt });
      expect(second.ok ? 'ok' : second.error.code).toBe('CONFLICT');
      expect(expectOk(await d.call('events:get', { id: created.id })).title).toBe('Call, first editor');
      // Saving on the version they now see goes through.
      expectOk(await d.call('events:update', { id: created.id, event: { ...call, title: 'Call, second editor' }, expectedUpdatedAt: first.updatedAt }));
      // The same for a client and a contact.
      const edited = expectOk(await d.call('clients:update', { id: c.id, patch: { notes: 'one' }, expectedUpdatedAt: c.updatedAt }));
      const stale = await d.call('clients:update', { id: c.id, patch: { notes: 'two' }, expectedUpdatedAt: c.updatedAt });
      expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
      expect(expectOk(await d.call('clients:get', { id: c.id })).notes).toBe('one');
      expect(edited.updatedAt).not.toBe(c.updatedAt);
      const k = expectOk(await d.call('contacts:create', { clientId: c.id, name: 'Sabine Roth' }));
      expectOk(await d.call('contacts:update', { id: k.id, patch: { role: 'CFO' }, expectedUpdatedAt: k.updatedAt }));
      const staleContact = await d.call('contacts:update', { id: k.id, patch: { role: 'CEO' }, expectedUpdatedAt: k.updatedAt });
      expect(staleContact.ok ? 'ok' : staleContact.error.code).toBe('CONFLICT');
    });

    it('deletes an event and its search entry', async () => {
      const c = await newClient();
      const e = expectOk(await d.call('events:create', { clientId: c.id, event: { kind: 'milestone', title: 'Zebrastreifen', occurredOn: '2024-01-01' } }));
      expect(expectOk(await d.call('search:query', { query: 'zebra' })).hits).toHaveLength(1);
      expectOk(await d.call('events:delete', { id: e.id }));
      expect(expectOk(await d.call('search:query', { query: 'zebra' })).hits).toHaveLength(0);
      const again = await d.call('events:delete', { id: e.id });
      expect(again.ok ? 'ok' : again.error.code).toBe('NOT_FOUND');
    });
  });

  describe('search', () => {
    it('finds clients, contacts and events, folds umlauts, and never interprets FTS syntax', async () => {
      const c = await newClient('Müller Logistik');
      expectOk(await d.call('contacts:create', { clientId: c.id, name: 'Jörg Berger', personalNotes: 'Sails on the Chiemsee' }));
      expectOk(await d.call('events:create', { clientId: c.id, event: { kind: 'touchpoint', title: 'Call about the warehouse', occurredOn: '2025-01-01', channel: 'call', body: 'Discussed the Chiemsee regatta' } }));
      const hits = expectOk(await d.call('search:query', { query: 'chiem' })).hits;
      expect(hits.map((h) => h.entity).sort()).toEqual(['contact', 'event']);
      expect(hits.every((h) => h.clientName === 'Müller Logistik')).toBe(true);
      expect(expectOk(await d.call('search:query', { query: 'muller' })).hits[0]).toMatchObject({ entity: 'client', id: c.id });
      for (const q of ['"', 'NEAR(a b)', 'title:x', '*', 'a OR', '(((', "'; drop table events; --"]) {
        expect((await d.call('search:query', { query: q })).ok).toBe(true);
      }
      expect(expectOk(await d.call('clients:list', {}))).toHaveLength(1);
    });
  });

  describe('locking', () => {
    it('answers LOCKED on every data channel once locked, and works again after unlock', async () => {
      await newClient();
      expectOk(await d.call('ledger:lock', {}));
      for (const [channel, input] of [['clients:list', {}], ['events:list', { clientId: 1 }], ['search:query', { query: 'x' }], ['settings:get', {}], ['reference:get', {}]] as const) {
        const r = await d.dispatch(channel, input);
        expect(r.ok ? 'ok' : r.error.code, channel).toBe('LOCKED');
      }
      expect(expectOk(await d.call('ledger:status', {})).state).toBe('locked');
      expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
      expect(expectOk(await d.call('clients:list', {}))).toHaveLength(1);
    });

    it('reports the reference lists in both languages', async () => {
      const ref = expectOk(await d.call('reference:get', {}));
      expect(ref.emotions).toHaveLength(20);
      expect(ref.emotions.find((e) => e.key === 'valued')).toMatchObject({ labelDe: 'wertgeschätzt', clusterKey: 'recommendation' });
      expect(ref.glaslStages.map((g) => g.level)).toEqual([...Array(3).fill('win-win'), ...Array(3).fill('win-lose'), ...Array(3).fill('lose-lose')]);
      expect(ref.appreciationStages.map((s) => s.labelDe)).toContain('Verbundenheit');
    });
  });
});
