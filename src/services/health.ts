// Health, reminders and the NEV trend for one client or the whole portfolio: the engine reads a recent
// window of events and hands it to the pure domain rules, so the app, the CLI and the report agree.
import type { Kysely } from 'kysely';
import type { ClientSummary } from '../contract/clients.ts';
import { RapportError } from '../contract/errors.ts';
import type { ClientHealth, Portfolio } from '../contract/health.ts';
import type { TimelineEvent } from '../contract/events.ts';
import { addDays, todayIso } from '../domain/dates.ts';
import { flagMassGestures } from '../domain/appreciation/mass-gesture.ts';
import { appreciationLadder } from '../domain/appreciation/ladder.ts';
import { computeHealth, type Health } from '../domain/health/score.ts';
import { nevTrend } from '../domain/nev.ts';
import { dueReminders } from '../domain/reminders/due.ts';
import type { Reminder } from '../domain/reminders/types.ts';
import { eventsSince } from '../store/repositories/events.ts';
import { readReference } from '../store/repositories/reference.ts';
import { readSettings } from '../store/repositories/settings.ts';
import { clientAggregates, clientRows, healthRevisions, type ClientAggregates } from '../store/repositories/revisions.ts';
import { hiddenReminders, reminderKey } from '../store/repositories/reminders.ts';
import { openAgreements } from './mediation.ts';
import type { Database } from '../store/schema.ts';

/**
 * How far back the rules look. The longest look-back is the NEV trend (12 months plus a 3-month rolling
 * window); health factors use 180 days. Older history reaches the rules only through the client row's
 * `lastPersonalContact`, which the store computes over the whole timeline.
 */
export const HEALTH_WINDOW_DAYS = 15 * 31;

const summary = (h: Health) => ({
  score: h.score, band: h.band, bandLabel: h.bandLabel, forcedBy: h.forcedBy, weightedScore: h.weightedScore, rules: h.rules,
});
/** An agreement from a mediation talk that is not done yet (the domain's reminders know no prep). */
type FollowUp = { kind: 'follow-up'; on: string; sentence: { en: string; de: string } };

interface Hidden {
  /** Reminders the user snoozed (until later) or marked done. */
  hidden: Set<string>;
  /** Agreements from mediation talks, not yet done: follow-ups by their due day. */
  followUps: Map<number, FollowUp[]>;
}

const reminderItems = (clientId: number, rs: readonly (Reminder | FollowUp)[], w: Hidden) => [...rs, ...(w.followUps.get(clientId) ?? [])]
  .filter((r) => !w.hidden.has(reminderKey({ clientId, kind: r.kind, on: r.on })))
  .map((r) => ({ kind: r.kind, on: r.on, sentence: r.sentence }));

async function followUpsOf(db: Kysely<Database>): Promise<Map<number, FollowUp[]>> {
  const followUps = new Map<number, FollowUp[]>();
  for (const a of await openAgreements(db)) {
    const who = a.who ? ` (${a.who})` : '';
    const item: FollowUp = { kind: 'follow-up', on: a.byWhen, sentence: { en: `Follow up by ${a.byWhen}: ${a.what}${who}`, de: `Nachfassen bis ${a.byWhen}: ${a.what}${who}` } };
    followUps.set(a.clientId, [...(followUps.get(a.clientId) ?? []), item]);
  }
  return followUps;
}

export async function clientHealth(db: Kysely<Database>, clientId: number, now: Date): Promise<ClientHealth> {
  const reference = await readReference(db);
  // Mass gestures look across every client: the portfolio cache knows them (and is cheap when warm).
  const { today, cache, clients } = await refreshPortfolio(db, reference, now);
  const client = clients.find((c) => c.client.id === clientId)?.client;
  if (!client) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
  const { healthWeights: weights } = await readSettings(db);
  const w = { today, weights, massGestureIds: cache.massGestureIds, hidden: await hiddenReminders(db, today), followUps: await followUpsOf(db) };
  const events = await eventsSince(db, addDays(today, -HEALTH_WINDOW_DAYS), clientId);
  const health = computeHealth({ client, events, reference, today: w.today, massGestureIds: w.massGestureIds, weights: w.weights });
  return {
    clientId,
    today: w.today,
    ...summary(health),
    factors: health.factors.map((f) => ({
      key: f.key, value: f.value, weight: f.weight, points: f.points, noData: f.noData,
      measure: { amount: f.measure.amount, unit: f.measure.unit }, sentence: f.sentence, forcesBand: f.forcesBand ?? null,
    })),
    reminders: reminderItems(clientId, dueReminders({ client, events, today: w.today, massGestureIds: w.massGestureIds }), w),
    nevTrend: nevTrend(events, reference, { today: w.today }).map((m) => ({ month: m.month, nev: m.value, rolling: m.rolling })),
    ladder: ladderOf(appreciationLadder({ client, events, reference, today: w.today, massGestureIds: new Set(w.massGestureIds) })),
  };
}

const ladderOf = (l: ReturnType<typeof appreciationLadder>) => ({
  stage: l.stage, label: l.label, reason: l.reason, recorded: l.recorded,
  next: l.next ? { stage: l.next.stage, label: l.next.label, needs: l.next.needs } : null,
});

/** What the portfolio keeps per client between visits, valid while the client's revision stands. */
interface CachedClient {
  rev: number;
  aggregates: ClientAggregates;
  health: ReturnType<typeof summary>;
  reminders: Reminder[];
  nevTrend: { month: string; nev: number | null; rolling: number | null }[];
  /** The window's appreciation events: mass gestures are found across all clients. */
  appreciations: TimelineEvent[];
}

interface PortfolioCache {
  /** The day, weights and reference the entries were computed for; any change starts over. */
  key: string;
  massGestureIds: number[];
  clients: Map<number, CachedClient>;
}

/**
 * One cache per open ledger (keyed by its Kysely handle, so it goes when the ledger is locked). Validity
 * comes from the store, not from this process: the revision triggers also see the CLI and imports.
 */
const caches = new WeakMap<Kysely<Database>, PortfolioCache>();

/**
 * Bring the per-client cache up to date and return the clients as listClients has them: only clients whose
 * revision moved (or whose gestures gained or lost the mass flag) are re-read, one client's index range at a
 * time, so neither time nor memory grows with the whole ledger; computeHealth itself stays pure.
 */
async function refreshPortfolio(db: Kysely<Database>, reference: Awaited<ReturnType<typeof readReference>>, now: Date) {
  const today = todayIso(now);
  // Revisions first: a write landing between this read and the event reads makes the entry stale next time,
  // never fresh with old data.
  const revs = await healthRevisions(db);
  const [rows, settings] = await Promise.all([clientRows(db), readSettings(db)]);
  const weights = settings.healthWeights;
  const key = JSON.stringify([today, weights, reference.emotionClusters, reference.emotions]);
  let cache = caches.get(db);
  if (!cache || cache.key !== key) {
    cache = { key, massGestureIds: [], clients: new Map() };
    caches.set(db, cache);
  }
  const entries = cache.clients;
  const from = addDays(today, -HEALTH_WINDOW_DAYS);
  const stale = new Set(rows.filter((c) => entries.get(c.id)?.rev !== (revs.get(c.id) ?? 0)).map((c) => c.id));

  let massGestureIds = cache.massGestureIds;
  const touched = new Set(stale);
  if (stale.size > 0) {
    // Mass gestures look across every client: the stale clients' appreciations are read fresh (index on
    // client and kind), the others' come from the cache.
    const fresh = new Map<number, TimelineEvent[]>();
    for (const id of stale) fresh.set(id, await eventsSince(db, from, id, 'appreciation'));
    const appreciations = rows.flatMap((c) => fresh.get(c.id) ?? entries.get(c.id)?.appreciations ?? []);
    massGestureIds = flagMassGestures(appreciations);
    const flagged = new Set(massGestureIds);
    const before = new Set(cache.massGestureIds);
    const moved = new Set([...massGestureIds.filter((id) => !before.has(id)), ...cache.massGestureIds.filter((id) => !flagged.has(id))]);
    // A flag moved: the clients whose gestures gained or lost it are recomputed too.
    for (const c of rows) if ((entries.get(c.id)?.appreciations ?? []).some((e) => moved.has(e.id))) touched.add(c.id);
  }
  for (const c of rows) {
    if (!touched.has(c.id)) continue;
    const aggregates = stale.has(c.id) || !entries.has(c.id) ? await clientAggregates(db, c.id) : entries.get(c.id)!.aggregates;
    const { openCrisisStage: _stage, ...counts } = aggregates;
    const client: ClientSummary = { ...c, ...counts };
    const events = await eventsSince(db, from, c.id);
    const input = { client, events, today, massGestureIds };
    entries.set(c.id, {
      rev: revs.get(c.id) ?? 0,
      aggregates,
      health: summary(computeHealth({ ...input, reference, weights })),
      reminders: dueReminders(input),
      nevTrend: nevTrend(events, reference, { today }).map((m) => ({ month: m.month, nev: m.value, rolling: m.rolling })),
      appreciations: events.filter((e) => e.kind === 'appreciation'),
    });
  }
  cache.massGestureIds = massGestureIds;
  const clients = rows.map((c) => {
    const { openCrisisStage, ...aggregates } = entries.get(c.id)!.aggregates;
    return { client: { ...c, ...aggregates } satisfies ClientSummary, openCrisisStage };
  });
  return { today, cache, clients };
}

export async function portfolio(db: Kysely<Database>, includeArchived: boolean, now: Date): Promise<Portfolio> {
  // The cache always covers every client, archived ones too: mass gestures are found across all of them.
  const reference = await readReference(db);
  const { today, cache, clients: all } = await refreshPortfolio(db, reference, now);
  const clients = includeArchived ? all : all.filter(({ client }) => client.status !== 'archived');
  const w = { hidden: await hiddenReminders(db, today), followUps: await followUpsOf(db) };
  return {
    today,
    clients: clients.map(({ client, openCrisisStage }) => {
      const entry = cache.clients.get(client.id)!;
      return {
        ...client,
        health: entry.health,
        reminders: reminderItems(client.id, entry.reminders, w),
        nevTrend: entry.nevTrend,
        openCrisisStage,
      };
    }),
  };
}
