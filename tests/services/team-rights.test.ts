// The team's rights on every table and every channel (docs/security.md 33, 34): on the demo agency in a
// shared ledger, a consultant assigned one client sees, over a plain connection of their login, exactly that
// client's rows in every table that holds relationship data, cannot write to another's, and no call of any
// channel with another client's ids (a fuzz over all the ids there are) returns or changes anything of theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../src/contract/index.ts';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { teamOnServer, type TeamOnServer } from '../support/ledger-kinds.ts';
import { serverQuery as query, withServerClient } from '../support/pg-database.ts';
import { expectOk } from '../support/temp-ledger.ts';

const today = new Date('2026-11-22T12:00:00');

/** How each table's rows belong to a client (the SQL gives the client id of a row named r). */
const CLIENT_OF: Record<string, string> = {
  clients: 'r.id',
  contacts: 'r.client_id',
  events: 'r.client_id',
  reminder_states: 'r.client_id',
  mediation_preps: 'r.client_id',
  health_revisions: 'r.client_id',
  contact_dates: '(select client_id from contacts c where c.id = r.contact_id)',
  contact_motivators: '(select client_id from contacts c where c.id = r.contact_id)',
  event_emotions: '(select client_id from events e where e.id = r.event_id)',
  event_participants: '(select client_id from events e where e.id = r.event_id)',
  event_root_causes: '(select client_id from events e where e.id = r.event_id)',
  crisis_stage_history: '(select client_id from events e where e.id = r.event_id)',
  clients_search: 'r.client_id',
  contacts_search: 'r.client_id',
  events_search: 'r.client_id',
};
/** Tables every member reads whole, each with why. */
const SHARED: Record<string, string> = {
  settings: "the ledger's settings, the same for the whole team",
  team_members: 'who is on the team (names and roles, no passwords: those are the server\'s)',
  assignments: 'row-level: an owner sees all, a consultant their own (checked below)',
  emotion_clusters: 'reference data', emotions: 'reference data', motivators: 'reference data',
  appreciation_stages: 'reference data', glasl_stages: 'reference data', root_causes: 'reference data',
  kysely_migration: 'the schema version', kysely_migration_lock: 'migration bookkeeping',
};

describe('docs/security.md 33, 34: a consultant reaches only their clients, in every table and channel', () => {
  let team: TeamOnServer;
  let ownerUrl: string;
  let annaUrl: string;
  let anna: string;
  let mine: number;
  let owner: Dispatcher;
  let consultant: Dispatcher;

  beforeAll(async () => {
    team = await teamOnServer({
      clients: async (d) => {
        await buildDemoAgency(d, { lang: 'en', today });
        const all = expectOk(await d.call('clients:list', {}));
        return [all.find((c) => c.name.startsWith('Northgate'))!.id]; // the demo's client with an open crisis and a prep
      },
      owner: { now: () => today },
      consultant: { now: () => today },
    });
    ({ dispatcher: owner, url: ownerUrl } = team.owner);
    ({ dispatcher: consultant, url: annaUrl, login: anna } = team.consultant);
    mine = team.clientIds[0]!;
    const clients = expectOk(await owner.call('clients:list', {}));
    // Every client gets a prep (on its latest crisis or misunderstanding) and a decided reminder, so every
    // table holds rows of the assigned client and of others.
    for (const c of clients) {
      const issue = expectOk(await owner.call('events:list', { clientId: c.id, kinds: ['crisis', 'misunderstanding'], limit: 1 })).items[0];
      if (issue) expectOk(await owner.call('mediation:create', { eventId: issue.id }));
      expectOk(await owner.call('reminders:done', { clientId: c.id, kind: 'keep-in-touch', on: '2026-11-22' }));
    }
  }, 180_000);
  afterAll(async () => {
    await team?.close();
  });

  it('classifies every table: row-level by client, or shared with a reason', async () => {
    const tables = (await query<{ t: string; rls: boolean }>(ownerUrl,
      "select c.relname as t, c.relrowsecurity as rls from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1"));
    const unclassified = tables.filter((r) => !(r.t in CLIENT_OF) && !(r.t in SHARED)).map((r) => r.t);
    expect(unclassified, 'a new table must say how its rows belong to a client').toEqual([]);
    const withoutRls = tables.filter((r) => r.t in CLIENT_OF && !r.rls).map((r) => r.t);
    expect(withoutRls).toEqual([]);
  });

  it('shows the consultant, over plain SQL, exactly the rows of the assigned client in every table', async () => {
    for (const [table, clientOf] of Object.entries(CLIENT_OF)) {
      const [all] = await query<{ n: string; own: string }>(ownerUrl,
        `select count(*) as n, count(*) filter (where ${clientOf} = $1) as own from ${table} r`, [mine]);
      const [seen] = await query<{ n: string; foreign: string }>(annaUrl,
        `select count(*) as n, count(*) filter (where ${clientOf} is distinct from $1) as foreign from ${table} r`, [mine]);
      expect(Number(all!.n), `${table} has rows of other clients`).toBeGreaterThan(Number(all!.own));
      expect([table, Number(seen!.n), Number(seen!.foreign)]).toEqual([table, Number(all!.own), 0]);
    }
    expect(await query(annaUrl, 'select login from assignments')).toEqual([{ login: anna }]);
  });

  it('lets no plain-SQL write of the consultant touch another client\'s rows', async () => {
    await withServerClient(annaUrl, async (c) => {
      await c.query('begin');
      for (const table of ['clients', 'contacts', 'events', 'mediation_preps', 'reminder_states']) {
        const key = table === 'clients' ? 'id' : 'client_id';
        expect((await c.query(`update ${table} set updated_at = updated_at where ${key} <> $1`, [mine])).rowCount, table).toBe(0);
        expect((await c.query(`delete from ${table} where ${key} <> $1`, [mine])).rowCount, table).toBe(0);
      }
      await c.query('rollback');
      const other = (await query<{ id: number }>(ownerUrl, 'select id from clients where id <> $1 limit 1', [mine]))[0]!.id;
      await expect(c.query(`insert into events (client_id, kind, title, occurred_on, created_at, updated_at)
        values ($1, 'touchpoint', 'x', '2026-01-01', 'x', 'x')`, [other])).rejects.toMatchObject({ code: '42501' });
      await expect(c.query(`update events set client_id = $1 where client_id = $2`, [other, mine])).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('fuzz: every channel called with another client\'s ids returns and changes nothing of theirs', async () => {
    const others = await query<{ id: number; name: string }>(ownerUrl, 'select id, name from clients where id <> $1', [mine]);
    const ids = {
      client: others.map((o) => o.id),
      contact: (await query<{ id: number }>(ownerUrl, 'select id from contacts where client_id <> $1', [mine])).map((r) => r.id),
      event: (await query<{ id: number }>(ownerUrl, 'select id from events where client_id <> $1', [mine])).map((r) => r.id),
      prep: (await query<{ id: number }>(ownerUrl, 'select id from mediation_preps where client_id <> $1', [mine])).map((r) => r.id),
    };
    const snapshot = async () => query(ownerUrl, `select 'e' as t, id, updated_at from events where client_id <> $1
      union all select 'c', id, updated_at from contacts where client_id <> $1
      union all select 'k', id, updated_at from clients where id <> $1 order by 1, 2`, [mine]);
    const before = await snapshot();
    const touchpoint = { kind: 'touchpoint', title: 'x', occurredOn: '2026-01-01', channel: 'call', initiatedBy: 'us' };
    const calls: [Channel, (id: number) => unknown, keyof typeof ids][] = [
      ['clients:get', (id) => ({ id }), 'client'], ['clients:update', (id) => ({ id, patch: { notes: 'x' } }), 'client'],
      ['clients:delete', (id) => ({ id }), 'client'], ['contacts:list', (id) => ({ clientId: id }), 'client'],
      ['contacts:create', (id) => ({ clientId: id, name: 'x' }), 'client'],
      ['events:list', (id) => ({ clientId: id }), 'client'], ['events:years', (id) => ({ clientId: id }), 'client'],
      ['events:create', (id) => ({ clientId: id, event: touchpoint }), 'client'], ['health:get', (id) => ({ clientId: id }), 'client'],
      ['mediation:list', (id) => ({ clientId: id }), 'client'], ['search:query', (id) => ({ query: 'a', clientId: id }), 'client'],
      ['reminders:done', (id) => ({ clientId: id, kind: 'keep-in-touch', on: '2026-11-22' }), 'client'],
      ['team:assign', (id) => ({ clientId: id, who: anna }), 'client'],
      ['contacts:get', (id) => ({ id }), 'contact'], ['contacts:update', (id) => ({ id, patch: { role: 'x' } }), 'contact'],
      ['contacts:delete', (id) => ({ id }), 'contact'], ['events:get', (id) => ({ id }), 'event'],
      ['events:update', (id) => ({ id, event: touchpoint }), 'event'], ['events:delete', (id) => ({ id }), 'event'],
      ['mediation:create', (id) => ({ eventId: id }), 'event'], ['mediation:get', (id) => ({ id }), 'prep'],
      ['mediation:delete', (id) => ({ id }), 'prep'],
    ];
    const names = others.map((o) => o.name);
    const answers = new Map<string, number>();
    for (const [channel, input, kind] of calls) {
      expect(CHANNELS).toContain(channel);
      for (const id of ids[kind]) {
        const r = await consultant.dispatch(channel, input(id));
        if (r.ok) {
          const text = JSON.stringify(r.value);
          for (const name of names) expect(text, `${channel} #${id}`).not.toContain(JSON.stringify(name));
        } else {
          expect(['NOT_FOUND', 'FORBIDDEN', 'INVALID'], `${channel} #${id}: ${r.error.code}`).toContain(r.error.code);
        }
        answers.set(r.ok ? 'ok' : r.error.code, (answers.get(r.ok ? 'ok' : r.error.code) ?? 0) + 1);
      }
    }
    expect(await snapshot()).toEqual(before);
    expect(answers.get('NOT_FOUND')).toBeGreaterThan(100);
    // The consultant's own portfolio and search see only their client.
    expect(expectOk(await consultant.call('portfolio:get', {})).clients.map((c) => c.id)).toEqual([mine]);
    const hits = expectOk(await consultant.call('search:query', { query: 'the' })).hits;
    expect(hits.every((h) => h.clientId === mine)).toBe(true);
  });
});
