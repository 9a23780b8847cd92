// Migration 0008 on the shared ledger (N-1 → N, with data): the policies of the tables that belong to a
// client through a contact or an event are asked as a correlated `exists` on the parent, not as `in (select …)`
// over the whole parent, and they keep their rights: an owner reads and writes every row, a consultant only
// rows whose contact or event they can see, for reading (using) and for writing (with check), over plain SQL.
import type pg from 'pg';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../migrations/index.ts';
import type { Database } from '../../../src/store/schema.ts';
import { migrateServer } from '../../../src/store/server/migrate.ts';
import { serverKysely } from '../../../src/store/server/open.ts';
import { addPerson, assign, initTeam } from '../../../src/store/server/team.ts';
import { freshServerDatabase, serverCount, serverQuery, withServerClient, type ServerDatabase } from '../../support/pg-database.ts';

const THIS = '0008_rls_through_parent_exists';
const BY_CONTACT = ['contact_dates', 'contact_motivators'];
const BY_EVENT = ['event_emotions', 'event_participants', 'event_root_causes', 'crisis_stage_history'];
const CHILDREN = [...BY_CONTACT, ...BY_EVENT];
const OWNER_PW = 'owner password long enough';
const ANNA_PW = 'anna password long enough';

interface Family { client: number; contact: number; event: number }

/** One client with a contact and an event, and one row in every child table (as the owner, over plain SQL). */
async function family(c: pg.Client, name: string): Promise<Family> {
  const one = async (text: string, values: unknown[]) => (await c.query<{ id: number }>(text, values)).rows[0]!.id;
  const client = await one(`insert into clients (name, since, cadence_ideal_days, cadence_max_days, created_at, updated_at)
    values ($1, '2024-01-01', 14, 30, 'x', 'x') returning id`, [name]);
  const contact = await one("insert into contacts (client_id, name, created_at, updated_at) values ($1, 'Kontakt', 'x', 'x') returning id", [client]);
  const event = await one(`insert into events (client_id, kind, title, occurred_on, glasl_stage, status, created_at, updated_at)
    values ($1, 'crisis', 'Krise', '2026-01-01', 3, 'open', 'x', 'x') returning id`, [client]);
  await childRows(c, { client, contact, event });
  return { client, contact, event };
}

/** A row in each child table of `f`'s contact and event (the keys picked to be new for the pair). */
async function childRows(c: pg.Client, f: Family, pick = 0): Promise<void> {
  await c.query("insert into contact_dates (contact_id, label, date) values ($1, 'Geburtstag', '1980-05-01')", [f.contact]);
  await c.query('insert into contact_motivators (contact_id, motivator_key) values ($1, (select key from motivators order by key offset $2 limit 1))', [f.contact, pick]);
  await c.query('insert into event_emotions (event_id, emotion_key, intensity) values ($1, (select key from emotions order by key offset $2 limit 1), 3)', [f.event, pick]);
  await c.query('insert into event_root_causes (event_id, cause_key) values ($1, (select key from root_causes order by key offset $2 limit 1))', [f.event, pick]);
  await c.query("insert into crisis_stage_history (event_id, stage, recorded_at) values ($1, 4, 'x')", [f.event]);
}

const counts = async (url: string) => Object.fromEntries(await Promise.all(CHILDREN.map(async (t) => [t, await serverCount(url, t)] as const)));

describe(`${THIS}: the child tables' policies through the parent, on a ledger with data`, () => {
  let server: ServerDatabase;
  let admin: Kysely<Database>;
  let ownerUrl: string;
  let annaUrl: string;
  let mine: Family;
  let theirs: Family;
  let before: { owner: Record<string, number>; anna: Record<string, number> };

  beforeAll(async () => {
    server = await freshServerDatabase();
    const ownerLogin = server.person('olga');
    const anna = server.person('anna');
    ownerUrl = server.urlFor(ownerLogin, OWNER_PW);
    annaUrl = server.urlFor(anna, ANNA_PW);
    admin = serverKysely(server.adminUrl, null).db;
    const names = Object.keys(MIGRATIONS);
    const previous = Object.fromEntries(names.slice(0, names.indexOf(THIS)).map((n) => [n, MIGRATIONS[n]!]));
    await migrateServer(admin, previous);
    await initTeam(admin, { login: ownerLogin, name: 'Olga Owner' }, OWNER_PW);
    await addPerson(admin, { login: anna, name: 'Anna Berg', role: 'consultant' }, ANNA_PW);
    await withServerClient(ownerUrl, async (c) => {
      mine = await family(c, 'Nordlicht GmbH');
      theirs = await family(c, 'Südwind AG');
      await c.query('insert into event_participants (event_id, contact_id) values ($1, $2), ($3, $4)', [mine.event, mine.contact, theirs.event, theirs.contact]);
    });
    await assign(admin, mine.client, anna);
    before = { owner: await counts(ownerUrl), anna: await counts(annaUrl) };
    const upgraded = await migrateServer(admin);
    expect(upgraded.applied).toEqual([THIS]);
  }, 60_000);
  afterAll(async () => {
    await admin?.destroy();
    await server?.drop();
  });

  it('asks through the parent with a correlated exists, for reading and for writing', async () => {
    const { rows } = await sql<{ table: string; cmd: string; permissive: string; qual: string; check: string }>`
      select tablename as table, cmd, permissive, qual, with_check as check from pg_policies
      where schemaname = 'public' and tablename = any(${CHILDREN}) order by tablename`.execute(admin);
    expect(rows.map((r) => r.table)).toEqual([...CHILDREN].sort());
    for (const r of rows) {
      const [parent, column] = BY_CONTACT.includes(r.table) ? ['contacts', 'contact_id'] : ['events', 'event_id'];
      const rule = new RegExp(`^\\(\\(\\s*SELECT rapport_is_owner\\(\\).*\\) OR \\(EXISTS \\(\\s*SELECT 1\\s+FROM ${parent} p\\s+WHERE \\(p\\.id = ${r.table}\\.${column}\\)\\)\\)\\)$`);
      expect([r.table, r.cmd, r.permissive]).toEqual([r.table, 'ALL', 'PERMISSIVE']);
      expect(r.qual, r.table).toMatch(rule);
      expect(r.check, r.table).toEqual(r.qual);
    }
  });

  it('leaves no policy with an uncorrelated subquery over a parent table (only the login\'s assignments)', async () => {
    const { rows } = await sql<{ name: string; expr: string }>`
      select policyname as name, concat_ws(' ', qual, with_check) as expr from pg_policies where schemaname = 'public'`.execute(admin);
    const subqueries = rows.flatMap((r) => [...r.expr.matchAll(/ IN \(\s*SELECT [\s\S]*?FROM (\w+)/g)].map((m) => [r.name, m[1]]));
    expect(subqueries.length).toBeGreaterThan(0);
    expect(subqueries.filter(([, from]) => from !== 'assignments')).toEqual([]);
  });

  it('lets each login read exactly the rows it read before the upgrade', async () => {
    expect(await counts(ownerUrl)).toEqual(before.owner);
    expect(await counts(annaUrl)).toEqual(before.anna);
    expect(Object.values(before.owner)).toEqual(CHILDREN.map(() => 2));
    expect(Object.values(before.anna)).toEqual(CHILDREN.map(() => 1));
    for (const t of BY_EVENT) {
      expect(await serverQuery(annaUrl, `select distinct event_id from ${t}`), t).toEqual([{ event_id: mine.event }]);
    }
    for (const t of BY_CONTACT) {
      expect(await serverQuery(annaUrl, `select distinct contact_id from ${t}`), t).toEqual([{ contact_id: mine.contact }]);
    }
  });

  it('lets the consultant write child rows of their client only; the owner of any', async () => {
    await withServerClient(annaUrl, async (anna) => {
      await anna.query('begin');
      await childRows(anna, mine, 1);
      for (const t of BY_EVENT) {
        expect((await anna.query(`update ${t} set event_id = event_id where event_id = $1`, [theirs.event])).rowCount, t).toBe(0);
        expect((await anna.query(`delete from ${t} where event_id = $1`, [theirs.event])).rowCount, t).toBe(0);
      }
      for (const t of BY_CONTACT) {
        expect((await anna.query(`update ${t} set contact_id = contact_id where contact_id = $1`, [theirs.contact])).rowCount, t).toBe(0);
        expect((await anna.query(`delete from ${t} where contact_id = $1`, [theirs.contact])).rowCount, t).toBe(0);
      }
      await anna.query('rollback');

      const refused = async (statement: string, values: unknown[]) => {
        await anna.query('begin');
        await expect(anna.query(statement, values), statement).rejects.toMatchObject({ code: '42501' });
        await anna.query('rollback');
      };
      // New rows under another client's contact or event (with check on insert).
      await refused("insert into contact_dates (contact_id, label, date) values ($1, 'x', '2000-01-01')", [theirs.contact]);
      await refused('insert into contact_motivators (contact_id, motivator_key) values ($1, (select key from motivators order by key offset 1 limit 1))', [theirs.contact]);
      await refused('insert into event_emotions (event_id, emotion_key, intensity) values ($1, (select key from emotions order by key offset 1 limit 1), 2)', [theirs.event]);
      await refused('insert into event_participants (event_id, contact_id) values ($1, $2)', [theirs.event, mine.contact]);
      await refused('insert into event_root_causes (event_id, cause_key) values ($1, (select key from root_causes order by key offset 1 limit 1))', [theirs.event]);
      await refused("insert into crisis_stage_history (event_id, stage, recorded_at) values ($1, 5, 'x')", [theirs.event]);
      // Own rows moved under another client's parent (with check on update).
      for (const t of BY_EVENT) await refused(`update ${t} set event_id = $1 where event_id = $2`, [theirs.event, mine.event]);
      for (const t of BY_CONTACT) await refused(`update ${t} set contact_id = $1 where contact_id = $2`, [theirs.contact, mine.contact]);
    });

    await withServerClient(ownerUrl, async (owner) => {
      await owner.query('begin');
      await childRows(owner, theirs, 1);
      await childRows(owner, mine, 2);
      expect((await owner.query('update crisis_stage_history set event_id = $1 where event_id = $2', [theirs.event, mine.event])).rowCount).toBe(2);
      expect((await owner.query('update contact_dates set contact_id = $1 where contact_id = $2', [mine.contact, theirs.contact])).rowCount).toBe(2);
      await owner.query('rollback');
    });
    expect(await counts(ownerUrl)).toEqual(before.owner);
  });
});
