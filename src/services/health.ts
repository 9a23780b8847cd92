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
import type { HealthWeights } from '../domain/health/weights.ts';
import { nevTrend } from '../domain/nev.ts';
import { dueReminders } from '../domain/reminders/due.ts';
import type { Reminder } from '../domain/reminders/types.ts';
import { listClients } from '../store/repositories/clients.ts';
import { eventsSince } from '../store/repositories/events.ts';
import { readReference } from '../store/repositories/reference.ts';
import { readSettings } from '../store/repositories/settings.ts';
import { hiddenReminders, reminderKey } from '../store/repositories/reminders.ts';
import { openAgreements } from './mediation.ts';
import type { Database } from '../store/schema.ts';

/**
 * How far back the rules look. The longest look-back is the NEV trend (12 months plus a 3-month rolling
 * window); health factors use 180 days. Older history reaches the rules only through the client row's
 * `lastPersonalContact`, which the store computes over the whole timeline.
 */
export const HEALTH_WINDOW_DAYS = 15 * 31;

const summary = (h: Health) => ({ score: h.score, band: h.band, bandLabel: h.bandLabel, forcedBy: h.forcedBy });
/** An agreement from a mediation talk that is not done yet (the domain's reminders know no prep). */
type FollowUp = { kind: 'follow-up'; on: string; sentence: { en: string; de: string } };

interface Window {
  today: string;
  weights: HealthWeights;
  byClient: Map<number, TimelineEvent[]>;
  massGestureIds: number[];
  /** Reminders the user snoozed (until later) or marked done. */
  hidden: Set<string>;
  /** Agreements from mediation talks, not yet done: follow-ups by their due day. */
  followUps: Map<number, FollowUp[]>;
}

const reminderItems = (clientId: number, rs: readonly (Reminder | FollowUp)[], w: Window) => [...rs, ...(w.followUps.get(clientId) ?? [])]
  .filter((r) => !w.hidden.has(reminderKey({ clientId, kind: r.kind, on: r.on })))
  .map((r) => ({ kind: r.kind, on: r.on, sentence: r.sentence }));

async function readWindow(db: Kysely<Database>, now: Date): Promise<Window> {
  const today = todayIso(now);
  // Mass gestures are found across all clients, so the window is read for everyone at once.
  const events = await eventsSince(db, addDays(today, -HEALTH_WINDOW_DAYS));
  const byClient = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    const list = byClient.get(e.clientId);
    if (list) list.push(e);
    else byClient.set(e.clientId, [e]);
  }
  const { healthWeights: weights } = await readSettings(db);
  const followUps = new Map<number, FollowUp[]>();
  for (const a of await openAgreements(db)) {
    const who = a.who ? ` (${a.who})` : '';
    const item: FollowUp = { kind: 'follow-up', on: a.byWhen, sentence: { en: `Follow up by ${a.byWhen}: ${a.what}${who}`, de: `Nachfassen bis ${a.byWhen}: ${a.what}${who}` } };
    followUps.set(a.clientId, [...(followUps.get(a.clientId) ?? []), item]);
  }
  return { today, weights, byClient, followUps, massGestureIds: flagMassGestures(events), hidden: await hiddenReminders(db, today) };
}

export async function clientHealth(db: Kysely<Database>, clientId: number, now: Date): Promise<ClientHealth> {
  const [clients, reference, w] = await Promise.all([listClients(db, true), readReference(db), readWindow(db, now)]);
  const client = clients.find((c) => c.id === clientId);
  if (!client) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
  const events = w.byClient.get(clientId) ?? [];
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

export async function portfolio(db: Kysely<Database>, includeArchived: boolean, now: Date): Promise<Portfolio> {
  const [clients, reference, w] = await Promise.all([listClients(db, includeArchived), readReference(db), readWindow(db, now)]);
  return {
    today: w.today,
    clients: clients.map((client: ClientSummary) => {
      const events = w.byClient.get(client.id) ?? [];
      const input = { client, events, today: w.today, massGestureIds: w.massGestureIds };
      return {
        ...client,
        health: summary(computeHealth({ ...input, reference, weights: w.weights })),
        reminders: reminderItems(client.id, dueReminders(input), w),
      };
    }),
  };
}
