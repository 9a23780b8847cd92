// Many people writing to the shared ledger at once: each writer is its own dispatcher (its own pool), connected
// as its own login, as each person's app would be, creating events on its client and now and then correcting
// one of its own with the version it last saw (expectedUpdatedAt). Afterwards the database is asked whether
// every write that was reported saved is there: an event created, a correction's text the last one saved.
import pg from 'pg';
import type { EventFieldsInput } from '../../../src/contract/events.ts';
import { createDispatcher, type Dispatcher } from '../../../src/services/index.ts';
import { median } from './figures.ts';

export interface WriterLogin {
  login: string;
  password: string;
  clientId: number;
}

interface Tally {
  attempted: number;
  succeeded: number;
  failed: number;
  failures: Map<string, number>;
  /** ms per call, for the latency under contention. */
  times: number[];
  /** Every event this writer created, and the title it last saved (created or corrected). */
  titles: Map<number, string>;
}

export interface WritersResult {
  attempted: number;
  succeeded: number;
  failed: number;
  lost: number;
  /** Created by these logins according to the database, beyond what was reported saved (should be 0 too). */
  unreported: number;
  seconds: number;
  medianMs: number;
  p95Ms: number;
  failures: Record<string, number>;
}

/** Every fourth write corrects an earlier event of one's own instead of creating one. */
const CORRECT_EVERY = 4;

const eventOf = (title: string, contactId: number | undefined): EventFieldsInput => ({
  kind: 'touchpoint', title, body: 'Kurz abgestimmt, nächste Schritte klar.', occurredOn: new Date().toISOString().slice(0, 10),
  channel: 'call', participantIds: contactId === undefined ? [] : [contactId],
});

async function connect(url: string, w: WriterLogin): Promise<Dispatcher> {
  const d = createDispatcher({ ledgerPath: url });
  const unlocked = await d.call('ledger:unlock', { method: 'passphrase', passphrase: w.password });
  if (!unlocked.ok) throw new Error(`${w.login}: ${unlocked.error.code}: ${unlocked.error.message}`);
  return d;
}

async function write(d: Dispatcher, w: WriterLogin, deadline: number): Promise<Tally> {
  const contacts = await d.call('contacts:list', { clientId: w.clientId });
  if (!contacts.ok) throw new Error(`${w.login}: ${contacts.error.message}`);
  const contactId = contacts.value[0]?.id;
  const tally: Tally = { attempted: 0, succeeded: 0, failed: 0, failures: new Map(), times: [], titles: new Map() };
  const versions = new Map<number, string>();
  const own: number[] = [];
  for (let n = 1; performance.now() < deadline; n += 1) {
    const title = `${w.login} #${n}`;
    const correct = n % CORRECT_EVERY === 0 && own.length > 0;
    const id = correct ? own[n % own.length]! : null;
    tally.attempted += 1;
    const started = performance.now();
    const result = id === null
      ? await d.call('events:create', { clientId: w.clientId, event: eventOf(title, contactId) })
      : await d.call('events:update', { id, event: eventOf(title, contactId), expectedUpdatedAt: versions.get(id)! });
    tally.times.push(performance.now() - started);
    if (!result.ok) {
      tally.failed += 1;
      tally.failures.set(result.error.code, (tally.failures.get(result.error.code) ?? 0) + 1);
      continue;
    }
    tally.succeeded += 1;
    if (id === null) own.push(result.value.id);
    versions.set(result.value.id, result.value.updatedAt);
    tally.titles.set(result.value.id, title);
  }
  return tally;
}

/** Saved writes the database does not have: a created event missing, or a correction's title not the last saved. */
async function verify(client: pg.Client, tallies: Tally[], logins: string[]): Promise<{ lost: number; unreported: number }> {
  const expected = new Map(tallies.flatMap((t) => [...t.titles]));
  const { rows } = await client.query<{ id: number; title: string }>('select id, title from events where id = any($1::int[])', [[...expected.keys()]]);
  const stored = new Map(rows.map((r) => [r.id, r.title]));
  const lost = [...expected].filter(([id, title]) => stored.get(id) !== title).length;
  const created = await client.query<{ n: string }>('select count(*) as n from events where created_by = any($1::text[])', [logins]);
  return { lost, unreported: Number(created.rows[0]!.n) - expected.size };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

/**
 * All writers connected first (unlock is not what this measures), then writing together for `ms`; checked
 * afterwards over `checkUrl` (an owner's login, who sees every client).
 */
export async function runWriters(urlFor: (login: string) => string, writers: WriterLogin[], ms: number, checkUrl: string): Promise<WritersResult> {
  const connected = await Promise.allSettled(writers.map((w) => connect(urlFor(w.login), w)));
  const dispatchers = connected.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []));
  try {
    const refused = connected.find((c) => c.status === 'rejected');
    if (refused) throw refused.reason;
    const started = performance.now();
    const tallies = await Promise.all(writers.map((w, i) => write(dispatchers[i]!, w, started + ms)));
    const seconds = (performance.now() - started) / 1000;
    const client = new pg.Client({ connectionString: checkUrl });
    await client.connect();
    const { lost, unreported } = await verify(client, tallies, writers.map((w) => w.login)).finally(() => client.end());
    const sum = (f: (t: Tally) => number) => tallies.reduce((a, t) => a + f(t), 0);
    const failures: Record<string, number> = {};
    for (const t of tallies) for (const [code, n] of t.failures) failures[code] = (failures[code] ?? 0) + n;
    const times = tallies.flatMap((t) => t.times);
    return {
      attempted: sum((t) => t.attempted), succeeded: sum((t) => t.succeeded), failed: sum((t) => t.failed),
      lost, unreported, seconds, medianMs: median(times), p95Ms: percentile(times, 0.95), failures,
    };
  } finally {
    await Promise.all(dispatchers.map((d) => d.close()));
  }
}
