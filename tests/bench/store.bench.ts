// Benchmark: the store figures on the large ledger, each beside its raw baseline — the same read or write
// as a hand-written prepared statement on the plain, unencrypted copy (same rows, schema and pragmas, no
// cipher), in the same process and run, so the ratio holds on a noisy machine. App figures go through the
// dispatcher (validation, Kysely, hydration, domain rules), as the app and the CLI call them.
// Also: the same hand-written statements on the encrypted handle (the cipher's own cost) and the engine's
// resident set after the suite.
// Run: npx tsx tests/bench/store.bench.ts [--quick]
import { rawOf } from '../support/temp-ledger.ts';
import type { EventFieldsInput } from '../../src/contract/events.ts';
import { addDays } from '../../src/domain/dates.ts';
import { HEALTH_WINDOW_DAYS } from '../../src/services/health.ts';
import type { RawDatabase } from '../../src/store/connection.ts';
import { toFtsQuery } from '../../src/store/repositories/search.ts';
import { emit, median, timeMedian } from './support/figures.ts';
import { cachedScale, eventsForRun, openPlain, plainIn, quick, SCALE_TODAY, unlockCached } from './support/scale-ledger.ts';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

const RUNS = quick ? 7 : 21;
const { dir, meta } = await cachedScale(eventsForRun());
const largest = meta.summary.largest;

// Unlock: key derivation (scrypt), open, quick_check, migrations check. The first is the cold one.
const unlockTimes: number[] = [];
let session = await unlockCached(dir);
unlockTimes.push(session.unlockMs);
for (let i = 0; i < 2; i += 1) {
  await session.dispatcher.close();
  session = await unlockCached(dir);
  unlockTimes.push(session.unlockMs);
}
unlockTimes.sort((a, b) => a - b);
emit('unlock', unlockTimes[1]!, 'ms');

const d = session.dispatcher;
const encrypted = rawOf(d);
const plain = openPlain(plainIn(dir));

// ---- the hand-written baselines, usable on either handle ----
const windowFrom = addDays(SCALE_TODAY, -HEALTH_WINDOW_DAYS);
const baselines = (db: RawDatabase) => {
  const clients = db.prepare(`select c.*,
      (select count(*) from events e where e.client_id = c.id) as event_count,
      (select count(*) from events e where e.client_id = c.id and e.kind = 'crisis' and e.status = 'open') as open_crises,
      (select max(e.occurred_on) from events e where e.client_id = c.id and ((e.kind = 'touchpoint' and e.channel in ('call','meeting','video','visit'))
        or (e.kind = 'appreciation' and e.is_personal = 1 and coalesce(e.direction, 'shown') = 'shown'))) as last_personal
    from clients c where c.status != 'archived' order by c.name collate nocase`);
  const windowEvents = db.prepare('select * from events where occurred_on >= ? order by occurred_on, id');
  const windowEmotions = db.prepare('select ee.* from event_emotions ee join events e on e.id = ee.event_id where e.occurred_on >= ?');
  // What the warm portfolio reads: revisions, client rows, reminder decisions, agreements.
  const warm = [
    db.prepare('select client_id, rev from health_revisions'),
    db.prepare('select * from clients order by name collate nocase'),
    db.prepare('select * from reminder_states'),
    db.prepare("select * from mediation_preps where status = 'held'"),
  ];
  const page = db.prepare('select * from events where client_id = ? and occurred_on <= ? order by occurred_on desc, id desc limit 101');
  const pageEmotions = db.prepare('select * from event_emotions where event_id in (select value from json_each(?))');
  const pageParticipants = db.prepare('select * from event_participants where event_id in (select value from json_each(?))');
  // The same shape as the app's search: per entity, the FTS table ordered by its rank column, then the joins.
  const search = db.prepare(`select * from (
      select 'client' as entity, c.id, c.name as title, f.snippet, f.rank
        from (select rowid as id, snippet(clients_fts, -1, '', '', '…', 12) as snippet, rank from clients_fts where clients_fts match @q order by rank limit 30) f
        join clients c on c.id = f.id
      union all select 'contact', k.id, k.name, f.snippet, f.rank
        from (select rowid as id, snippet(contacts_fts, -1, '', '', '…', 12) as snippet, rank from contacts_fts where contacts_fts match @q order by rank limit 30) f
        join contacts k on k.id = f.id join clients c on c.id = k.client_id
      union all select 'event', e.id, e.title, f.snippet, f.rank
        from (select rowid as id, snippet(events_fts, -1, '', '', '…', 12) as snippet, rank from events_fts where events_fts match @q order by rank limit 30) f
        join events e on e.id = f.id join clients c on c.id = e.client_id
    ) order by rank limit 30`);
  const insert = db.prepare(`insert into events (client_id, kind, title, body, occurred_on, channel, initiated_by, created_at, updated_at)
    values (?, 'touchpoint', ?, ?, ?, 'call', 'us', ?, ?) returning id`);
  const participant = db.prepare('insert into event_participants (event_id, contact_id) values (?, ?)');
  const update = db.prepare("update events set title = ?, body = ?, updated_at = ? where id = ?");
  const remove = db.prepare('delete from events where id = ?');
  const contact = (db.prepare('select id from contacts where client_id = ? limit 1').get(largest.id) as { id: number }).id;
  const ids: number[] = [];
  const readPage = (to: string) => {
    const rows = page.all(largest.id, to) as { id: number }[];
    const json = JSON.stringify(rows.map((r) => r.id));
    pageEmotions.all(json);
    pageParticipants.all(json);
    return rows;
  };
  return {
    // Everything a from-scratch portfolio reads (whole-timeline aggregates, the 15-month window), streamed.
    fullRead: () => {
      let n = clients.all().length;
      for (const _ of windowEvents.iterate(windowFrom)) n += 1;
      for (const _ of windowEmotions.iterate(windowFrom)) n += 1;
      return n;
    },
    portfolio: () => warm.map((st) => st.all().length),
    page: readPage,
    search: (q: string) => search.all({ q: toFtsQuery(q) }),
    create: db.transaction(() => {
      const at = new Date().toISOString();
      const { id } = insert.get(largest.id, 'Telefonat: Budgetfreigabe', 'Kurz abgestimmt, nächste Schritte klar.', SCALE_TODAY, at, at) as { id: number };
      participant.run(id, contact);
      ids.push(id);
    }),
    update: (i: number) => update.run('Telefonat: Budgetfreigabe (korrigiert)', 'Doch länger gesprochen.', new Date().toISOString(), ids[i]),
    remove: (i: number) => remove.run(ids[i]),
    count: () => ids.length,
  };
};
const onPlain = baselines(plain);
const onEncrypted = baselines(encrypted);

const clientCount = meta.summary.clients;
const years = must(await d.call('events:years', { clientId: largest.id })).map((y) => y.year);
const yearEnds = years.map((y) => `${y}-12-31`);
const QUERIES = ['Erntefest', 'Brenner', 'Budgetfreigabe Mail', 'vernachl'];
let turn = 0;
const next = <T>(list: readonly T[]) => list[turn++ % list.length]!;

const cipherPairs: [number, number][] = [];
const pair = async (name: string, unit: string, app: () => unknown, raw: () => unknown, rawEncrypted: () => unknown, runs = RUNS) => {
  const value = await timeMedian(app, runs);
  const baseline = await timeMedian(raw, runs);
  const cipher = await timeMedian(rawEncrypted, runs);
  cipherPairs.push([cipher, baseline]);
  emit(name, value, unit, baseline);
};

// The first portfolio after unlock computes every client's health; later ones only changed clients'.
let started = performance.now();
must(await d.call('portfolio:get', { includeArchived: false }));
const firstMs = performance.now() - started;
started = performance.now();
onPlain.fullRead();
emit('portfolio_first_after_unlock', firstMs, 'ms', performance.now() - started);
await pair(`portfolio_${clientCount}_clients`, 'ms',
  async () => must(await d.call('portfolio:get', { includeArchived: false })),
  onPlain.portfolio, onEncrypted.portfolio, quick ? 5 : 9);
await pair(`timeline_first_page_${largest.events}_events`, 'ms',
  async () => must(await d.call('events:list', { clientId: largest.id, limit: 100 })),
  () => onPlain.page('9999-12-31'), () => onEncrypted.page('9999-12-31'));
await pair('timeline_year_jump', 'ms',
  async () => must(await d.call('events:list', { clientId: largest.id, limit: 100, to: next(yearEnds) })),
  () => onPlain.page(next(yearEnds)), () => onEncrypted.page(next(yearEnds)));
// Search: a mixed set (one word in ~4% of all events, a name, two words, a prefix with no hit) run as one
// batch per measurement, reported per query; and the common word alone, the worst case for bm25 ranking.
const searchAll = (run: (q: string) => unknown) => async () => { for (const q of QUERIES) await run(q); };
const perQuery = QUERIES.length;
{
  const app = await timeMedian(searchAll(async (q) => must(await d.call('search:query', { query: q, limit: 30 }))), RUNS);
  const raw = await timeMedian(searchAll(onPlain.search), RUNS);
  const cipher = await timeMedian(searchAll(onEncrypted.search), RUNS);
  cipherPairs.push([cipher / perQuery, raw / perQuery]);
  emit('search_all', app / perQuery, 'ms', raw / perQuery);
}
await pair('search_common_word', 'ms',
  async () => must(await d.call('search:query', { query: QUERIES[0]!, limit: 30 })),
  () => onPlain.search(QUERIES[0]!), () => onEncrypted.search(QUERIES[0]!));

// Writes: create, then update each created event, then delete them, so the ledger ends as it began.
const contactId = must(await d.call('contacts:list', { clientId: largest.id }))[0]!.id;
const input: EventFieldsInput = {
  kind: 'touchpoint', title: 'Telefonat: Budgetfreigabe', body: 'Kurz abgestimmt, nächste Schritte klar.',
  occurredOn: SCALE_TODAY, channel: 'call', participantIds: [contactId],
};
const created: number[] = [];
const WRITES = RUNS + 2;
const writes = async (name: string, app: () => Promise<unknown>, raw: () => unknown, rawEncrypted: () => unknown) => {
  const value = await timeMedian(app, WRITES, 0);
  const baseline = await timeMedian(raw, WRITES, 0);
  const cipher = await timeMedian(rawEncrypted, WRITES, 0);
  cipherPairs.push([cipher, baseline]);
  emit(name, value, 'ms', baseline);
};
let u = 0;
let p = 0;
let e = 0;
let de = 0;
let dp = 0;
let dd = 0;
await writes('event_create',
  async () => created.push(must(await d.call('events:create', { clientId: largest.id, event: input })).id),
  onPlain.create, onEncrypted.create);
await writes('event_update',
  async () => must(await d.call('events:update', { id: created[u++]!, event: { ...input, title: 'Telefonat: Budgetfreigabe (korrigiert)' } })),
  () => onPlain.update(p++), () => onEncrypted.update(e++));
await writes('event_delete',
  async () => must(await d.call('events:delete', { id: created[dd++]! })),
  () => onPlain.remove(dp++), () => onEncrypted.remove(de++));

// The portfolio right after a write: only the written client (the largest, 15 months of its events) is recomputed.
const incremental: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const { id } = must(await d.call('events:create', { clientId: largest.id, event: input }));
  started = performance.now();
  must(await d.call('portfolio:get', { includeArchived: false }));
  incremental.push(performance.now() - started);
  must(await d.call('events:delete', { id }));
}
emit('portfolio_after_one_write', median(incremental), 'ms');

const [cipherSum, plainSum] = cipherPairs.reduce(([a, b], [c, p2]) => [a + c, b + p2], [0, 0]);
emit('store_encrypted_over_plain', cipherSum, 'ms', plainSum);
emit('engine_rss_after_suite', process.memoryUsage().rss / 1024 / 1024, 'MB');

plain.close();
await d.close();
