// Benchmark: the agency's shared ledger on PostgreSQL. The same scale agency as store.bench.ts, loaded into a
// throwaway cluster through the app's own schema and triggers, then the store figures through the dispatcher
// (connected as an owner's login, as the app is), each beside the same read or write hand-written with `pg`
// on one connection of the same login (so under the same row-level security), in the same run. Last, 20
// people writing at once, each as their own login, and a check that no saved write went missing.
// Run: npx tsx tests/bench/server.bench.ts [--quick]
import pg from 'pg';
import type { EventFieldsInput } from '../../src/contract/events.ts';
import { addDays } from '../../src/domain/dates.ts';
import { PERSONAL_CHANNELS } from '../../src/domain/personal-contact.ts';
import { HEALTH_WINDOW_DAYS } from '../../src/services/health.ts';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import { searchWords } from '../../src/store/repositories/search.ts';
import { startCluster } from '../support/pg-cluster.ts';
import { emit, timeMedian } from './support/figures.ts';
import { cachedScale, eventsForRun, plainIn, quick, SCALE_TODAY, scaleNow } from './support/scale-ledger.ts';
import { addPeople, afterLoad, createServerLedger, loadAgency, openPlainReadOnly, type BenchServer, type Person } from './support/server-ledger.ts';
import { runWriters, type WriterLogin } from './support/server-writers.ts';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

const RUNS = quick ? 7 : 21;
const WRITERS = 20;
const WRITERS_MS = quick ? 5_000 : 60_000;
const OWNER: Person = { login: 'bench_owner', name: 'Olga Owner', password: 'bench owner password' };
const events = eventsForRun();
const label = events >= 1_000_000 ? `${events / 1_000_000}M` : `${events / 1000}k`;
const { dir, meta } = await cachedScale(events);
const largest = meta.summary.largest;

// ---- the hand-written baselines: one pg connection of the owner's login ----

/** The app's search statement (search-server.ts) for `words` words: bound words, the last a prefix. */
function searchStatement(words: number): string {
  const terms = Array.from({ length: words }, (_, i) => {
    const lexeme = `quote_literal(rapport_fold($${i + 1}))${i === words - 1 ? ` || ':*'` : ''}`;
    return `(to_tsquery('german', ${lexeme}) || to_tsquery('english', ${lexeme}) || to_tsquery('simple', ${lexeme}))`;
  });
  const [limit, headline] = [`$${words + 1}`, `$${words + 2}`];
  const best = (table: string) => `(select s.id, ts_rank(s.doc, q.q) as rank from ${table} s, q where s.doc @@ q.q order by rank desc limit ${limit}) f`;
  return `with q as (select (${terms.join(' && ')}) as q)
    select * from (
      select 'client' as entity, c.id, c.id as client_id, c.name as client_name, c.name as title,
        ts_headline('simple', coalesce(c.owner, '') || ' ' || coalesce(c.notes, ''), q.q, ${headline}) as snippet,
        null as kind, null as occurred_on, f.rank
      from ${best('clients_search')} join clients c on c.id = f.id, q
      union all
      select 'contact', k.id, k.client_id, c.name, k.name,
        ts_headline('simple', concat_ws(' ', k.role, k.email, k.personal_notes), q.q, ${headline}), null, null, f.rank
      from ${best('contacts_search')} join contacts k on k.id = f.id join clients c on c.id = k.client_id, q
      union all
      select 'event', e.id, e.client_id, c.name, e.title,
        ts_headline('simple', concat_ws(' ', e.body, e.outcome, e.resolution, e.our_understanding, e.their_understanding, e.gesture, e.personal_note), q.q, ${headline}),
        e.kind, e.occurred_on, f.rank
      from ${best('events_search')} join events e on e.id = f.id join clients c on c.id = e.client_id, q
    ) hits order by rank desc, entity, id limit ${limit}`;
}
const HEADLINE = 'StartSel="",StopSel="",MaxWords=12,MinWords=4,MaxFragments=1,FragmentDelimiter=" … "';

async function inTransaction<T>(c: pg.Client, fn: () => Promise<T>): Promise<T> {
  await c.query('begin');
  try {
    const value = await fn();
    await c.query('commit');
    return value;
  } catch (e) {
    await c.query('rollback');
    throw e;
  }
}

/** A large result read in chunks through a cursor, as SQLite's iterate() does, so memory stays flat. */
const streamed = (c: pg.Client, text: string, values: unknown[]) => inTransaction(c, async () => {
  await c.query(`declare rows_out no scroll cursor for ${text}`, values);
  for (let n = 0; ;) {
    const got = (await c.query('fetch 10000 from rows_out')).rowCount ?? 0;
    if (got === 0) return n;
    n += got;
  }
});

interface Version { id: number; updatedAt: string }

function baselines(c: pg.Client, contactId: number) {
  const windowFrom = addDays(SCALE_TODAY, -HEALTH_WINDOW_DAYS);
  const ids = (rows: { id: number }[]) => [rows.map((r) => r.id)];
  const created: Version[] = [];
  return {
    // Everything a from-scratch portfolio reads: the whole-timeline aggregates, the 15-month window (store.bench.ts's fullRead).
    fullRead: async () => {
      const clients = await c.query(`select c.*,
          (select count(*) from events e where e.client_id = c.id) as event_count,
          (select count(*) from events e where e.client_id = c.id and e.kind = 'crisis' and e.status = 'open') as open_crises,
          (select max(e.occurred_on) from events e where e.client_id = c.id and ((e.kind = 'touchpoint' and e.channel = any($1::text[]))
            or (e.kind = 'appreciation' and e.is_personal = 1 and coalesce(e.direction, 'shown') = 'shown'))) as last_personal
        from clients c where c.status <> 'archived' order by lower(c.name)`, [[...PERSONAL_CHANNELS]]);
      return clients.rows.length
        + await streamed(c, 'select * from events where occurred_on >= $1 order by occurred_on, id', [windowFrom])
        + await streamed(c, 'select ee.* from event_emotions ee join events e on e.id = ee.event_id where e.occurred_on >= $1', [windowFrom]);
    },
    // What the warm portfolio reads (store.bench.ts's): revisions, client rows, reminder decisions, agreements.
    portfolio: async () => {
      await c.query('select client_id, rev from health_revisions');
      await c.query('select * from clients order by lower(name)');
      await c.query('select * from reminder_states');
      await c.query("select * from mediation_preps where status = 'held'");
    },
    // A page and what it shows per event; on the server that includes the authors' names ("logged by").
    page: async (to: string) => {
      const page = await c.query<{ id: number; created_by: string | null; updated_by: string | null }>(
        'select * from events where client_id = $1 and occurred_on <= $2 order by occurred_on desc, id desc limit 101', [largest.id, to]);
      await c.query('select ee.event_id, ee.emotion_key, ee.intensity from event_emotions ee join emotions m on m.key = ee.emotion_key where ee.event_id = any($1::int[]) order by m.sort', ids(page.rows));
      await c.query('select event_id, contact_id from event_participants where event_id = any($1::int[]) order by contact_id', ids(page.rows));
      await c.query('select r.event_id, r.cause_key, r.note from event_root_causes r join root_causes k on k.key = r.cause_key where r.event_id = any($1::int[]) order by k.sort', ids(page.rows));
      const logins = [...new Set(page.rows.flatMap((r) => [r.created_by, r.updated_by]).filter((l) => l !== null))];
      await c.query('select login, display_name from team_members where login = any($1::text[])', [logins]);
    },
    search: (query: string) => {
      const words = searchWords(query);
      return c.query(searchStatement(words.length), [...words, 30, HEADLINE]);
    },
    create: () => inTransaction(c, async () => {
      const at = new Date().toISOString();
      const { rows } = await c.query<Version>(`insert into events (client_id, kind, title, body, occurred_on, channel, initiated_by, created_at, updated_at)
        values ($1, 'touchpoint', $2, $3, $4, 'call', 'us', $5, $5) returning id, updated_at as "updatedAt"`,
      [largest.id, 'Telefonat: Budgetfreigabe', 'Kurz abgestimmt, nächste Schritte klar.', SCALE_TODAY, at]);
      await c.query('insert into event_participants (event_id, contact_id) values ($1, $2)', [rows[0]!.id, contactId]);
      created.push(rows[0]!);
    }),
    // The same check the app makes: the version the editor saw, the row locked until the write commits.
    update: (i: number) => inTransaction(c, async () => {
      const e = created[i]!;
      const { rows } = await c.query<{ updated_at: string }>('select updated_at from events where id = $1 for update', [e.id]);
      if (rows[0]?.updated_at !== e.updatedAt) throw new Error('baseline update: CONFLICT');
      const updated = await c.query<{ updated_at: string }>('update events set title = $1, body = $2, updated_at = $3 where id = $4 returning updated_at',
        ['Telefonat: Budgetfreigabe (korrigiert)', 'Doch länger gesprochen.', new Date().toISOString(), e.id]);
      e.updatedAt = updated.rows[0]!.updated_at;
    }),
  };
}

// ---- the figures ----

const QUERY = 'Erntefest'; // one word in ~4% of all events: the worst case for ranking (store.bench.ts's common word)

async function measureReads(d: Dispatcher, raw: ReturnType<typeof baselines>): Promise<void> {
  // The first portfolio after unlock computes every client's health; later ones only changed clients'.
  let started = performance.now();
  must(await d.call('portfolio:get', { includeArchived: false }));
  const firstMs = performance.now() - started;
  started = performance.now();
  await raw.fullRead();
  emit('server_portfolio_first_after_unlock', firstMs, 'ms', performance.now() - started);

  const pair = async (name: string, app: () => Promise<unknown>, hand: () => Promise<unknown>, runs = RUNS) =>
    emit(name, await timeMedian(app, runs), 'ms', await timeMedian(hand, runs));
  await pair(`server_portfolio_${meta.summary.clients}_clients`,
    async () => must(await d.call('portfolio:get', { includeArchived: false })), raw.portfolio, quick ? 5 : 9);
  await pair('server_timeline_first_page',
    async () => must(await d.call('events:list', { clientId: largest.id, limit: 100 })), () => raw.page('9999-12-31'));
  await pair('server_search_common_word',
    async () => must(await d.call('search:query', { query: QUERY, limit: 30 })), () => raw.search(QUERY));
}

async function measureWrites(d: Dispatcher, raw: ReturnType<typeof baselines>, contactId: number): Promise<void> {
  const input: EventFieldsInput = {
    kind: 'touchpoint', title: 'Telefonat: Budgetfreigabe', body: 'Kurz abgestimmt, nächste Schritte klar.',
    occurredOn: SCALE_TODAY, channel: 'call', participantIds: [contactId],
  };
  const created: Version[] = [];
  const writes = RUNS + 2;
  const pair = async (name: string, app: () => Promise<unknown>, hand: () => Promise<unknown>) =>
    emit(name, await timeMedian(app, writes, 0), 'ms', await timeMedian(hand, writes, 0));
  await pair('server_event_create', async () => {
    const e = must(await d.call('events:create', { clientId: largest.id, event: input }));
    created.push({ id: e.id, updatedAt: e.updatedAt });
  }, raw.create);
  let app = 0;
  let hand = 0;
  await pair('server_event_update', async () => {
    const e = created[app++]!;
    const updated = must(await d.call('events:update', {
      id: e.id, event: { ...input, title: 'Telefonat: Budgetfreigabe (korrigiert)', body: 'Doch länger gesprochen.' }, expectedUpdatedAt: e.updatedAt,
    }));
    e.updatedAt = updated.updatedAt;
  }, () => raw.update(hand++));
}

/** 20 people at once: every fifth an owner, the others consultants; each writes on a client of its own. */
async function measureWriters(server: BenchServer, clientIds: number[]): Promise<void> {
  const writers = Array.from({ length: WRITERS }, (_, i) => ({
    login: `bench_writer_${String(i + 1).padStart(2, '0')}`, name: `Writer ${i + 1}`, password: `writer ${i + 1} password`,
    role: i % 5 === 0 ? 'owner' as const : 'consultant' as const, clientId: clientIds[i % clientIds.length]!,
  }));
  await addPeople(server, OWNER, writers);
  const logins: WriterLogin[] = writers.map(({ login, password, clientId }) => ({ login, password, clientId }));
  const r = await runWriters((login) => server.urlFor(login), logins, WRITERS_MS, server.urlFor(OWNER.login, OWNER.password));
  process.stderr.write(`bench: ${WRITERS} writers: ${r.attempted} attempted, ${r.succeeded} saved, ${r.failed} failed ${JSON.stringify(r.failures)}, `
    + `${r.lost} lost, ${r.unreported} in the database but not reported saved, over ${r.seconds.toFixed(1)} s\n`);
  emit(`server_${WRITERS}_writers_writes`, r.succeeded, 'writes');
  emit(`server_${WRITERS}_writers_failed`, r.failed, 'writes');
  emit(`server_${WRITERS}_writers_lost`, r.lost, 'writes');
  emit(`server_${WRITERS}_writers_per_second`, r.succeeded / r.seconds, 'writes/s');
  emit(`server_${WRITERS}_writers_p95`, r.p95Ms, 'ms');
}

async function loadFigure(server: BenchServer): Promise<number[]> {
  const plain = openPlainReadOnly(plainIn(dir));
  try {
    const started = performance.now();
    const counts = await loadAgency(plain, server.urlFor(OWNER.login, OWNER.password));
    emit(`server_load_${label}_events`, (performance.now() - started) / 1000, 's');
    if (counts.events !== meta.summary.events) throw new Error(`loaded ${counts.events} events, the agency has ${meta.summary.events}`);
    const analyzed = performance.now();
    await afterLoad(server.adminUrl);
    process.stderr.write(`bench: server rows ${JSON.stringify(counts)}; sequences and vacuum analyze ${((performance.now() - analyzed) / 1000).toFixed(1)} s\n`);
    return (plain.prepare('select id from clients order by id').pluck().all() as number[]);
  } finally {
    plain.close();
  }
}

async function measureOwner(server: BenchServer): Promise<void> {
  const d = createDispatcher({ ledgerPath: server.urlFor(OWNER.login), now: scaleNow });
  must(await d.call('ledger:unlock', { method: 'passphrase', passphrase: OWNER.password }));
  const c = new pg.Client({ connectionString: server.urlFor(OWNER.login, OWNER.password) });
  await c.connect();
  try {
    const contactId = must(await d.call('contacts:list', { clientId: largest.id }))[0]!.id;
    const raw = baselines(c, contactId);
    await measureReads(d, raw);
    await measureWrites(d, raw, contactId);
  } finally {
    await c.end();
    await d.close();
  }
}

const cluster = await startCluster();
// An interrupted run (Ctrl-C, a CI timeout) must not leave a server running either.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cluster.stop();
    process.exit(130);
  });
}
try {
  const server = await createServerLedger(cluster, OWNER);
  const clientIds = await loadFigure(server);
  await measureOwner(server);
  await measureWriters(server, clientIds);
  emit('server_engine_rss_after_suite', process.memoryUsage().rss / 1024 / 1024, 'MB');
} finally {
  cluster.stop();
}
