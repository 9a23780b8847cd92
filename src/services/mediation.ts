// Mediation prep behind the contract: the workspace, the Glasl diagnosis recorded on the crisis with its
// history, and after the talk its outcome on the timeline, agreements as follow-ups, the issue resolved.
import type { Kysely } from 'kysely';
import { RapportError } from '../contract/errors.ts';
import type { EventFields, TimelineEvent } from '../contract/events.ts';
import type { Prep, PrepBody, PrepCompleteInput, PrepSummary, PrepUpdateInput } from '../contract/mediation.ts';
import { PrepBody as PrepBodySchema } from '../contract/mediation.ts';
import type { z } from 'zod';
import { diagnose } from '../domain/mediation/glasl-diagnosis.ts';
import type { GlaslAnswers } from '../domain/mediation/glasl-questions.ts';
import { getEvent, insertEventIn, updateEventIn } from '../store/repositories/events.ts';
import {
  deletePrep, getPrepRow, insertPrep, listPrepRows, openPrepFor, parseBody, writePrep, type PrepRow,
} from '../store/repositories/mediation.ts';
import type { Database } from '../store/schema.ts';
import { stamp } from '../store/repositories/time.ts';

type Sections = z.output<typeof PrepUpdateInput>['sections'];

function diagnosisOf(body: PrepBody) {
  if (Object.keys(body.diagnosis.answers).length === 0) return null;
  const d = diagnose(body.diagnosis.answers as GlaslAnswers);
  return { stage: d.stage, level: d.level, intervention: d.intervention, reason: d.reason, confidence: d.confidence };
}

function summaryOf(row: PrepRow): Omit<Prep, 'body' | 'diagnosis'> {
  return {
    id: row.id, clientId: row.client_id, clientName: row.client_name, eventId: row.event_id,
    eventKind: row.event_kind as 'crisis' | 'misunderstanding', eventTitle: row.event_title,
    glaslStage: row.event_kind === 'crisis' ? row.glasl_stage : null,
    eventStatus: (row.event_status ?? 'open') as 'open' | 'resolved',
    status: row.status as 'open' | 'held', talkEventId: row.talk_event_id,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

const toPrep = (row: PrepRow): Prep => {
  const body = parseBody(row.body);
  return { ...summaryOf(row), body, diagnosis: diagnosisOf(body) };
};

export async function listPreps(db: Kysely<Database>, filter: { clientId?: number; status?: 'open' | 'held' }): Promise<PrepSummary[]> {
  const rows = await listPrepRows(db, filter);
  return rows.map((row) => {
    const body = parseBody(row.body);
    return {
      ...summaryOf(row),
      // A held talk's date is the day it took place; before that, the day planned.
      talkDate: row.talk_on ?? body.logistics.date,
      openAgreements: body.after.agreements.filter((a) => !a.done).length,
    };
  });
}

export const getPrep = async (db: Kysely<Database>, id: number): Promise<Prep> => toPrep(await getPrepRow(db, id));

/** Start a prep for a crisis or misunderstanding, or return the one already open for it. */
export async function createPrep(db: Kysely<Database>, eventId: number, now: Date): Promise<Prep> {
  return db.transaction().execute(async (trx) => {
    const event = await getEvent(trx, eventId);
    if (event.kind !== 'crisis' && event.kind !== 'misunderstanding') {
      throw new RapportError('INVALID', 'eventId: a talk is prepared for a crisis or a misunderstanding.');
    }
    const existing = await openPrepFor(trx, eventId);
    if (existing !== null) return toPrep(await getPrepRow(trx, existing));
    const body = PrepBodySchema.parse({
      situation: { eventIds: [eventId] },
      // What the crisis already knows about its causes is where the prep starts.
      rootCauses: event.kind === 'crisis' ? event.rootCauses : [],
    });
    const id = await insertPrep(trx, event.clientId, eventId, body, now);
    return toPrep(await getPrepRow(trx, id));
  });
}

/** Ids and keys a prep refers to must exist and belong to the same client. */
async function assertReferences(db: Kysely<Database>, clientId: number, body: PrepBody): Promise<void> {
  const own = async (table: 'events' | 'contacts', ids: number[], field: string) => {
    if (ids.length === 0) return;
    const found = await db.selectFrom(table).select('id').where('client_id', '=', clientId).where('id', 'in', ids).execute();
    if (found.length !== new Set(ids).size) throw new RapportError('INVALID', `${field}: these must belong to this client.`);
  };
  const known = async (table: 'emotions' | 'root_causes', keys: string[], field: string) => {
    if (keys.length === 0) return;
    const found = await db.selectFrom(table).select('key').where('key', 'in', keys).execute();
    const unknown = keys.find((k) => !found.some((f) => f.key === k));
    if (unknown) throw new RapportError('INVALID', `${field}: unknown ${unknown}.`);
  };
  await own('events', body.situation.eventIds, 'situation.eventIds');
  await own('contacts', body.logistics.participantIds, 'logistics.participantIds');
  await known('emotions', [...body.conversations.theirFeelings, ...body.after.emotions.map((e) => e.key)], 'emotions');
  await known('root_causes', body.rootCauses.map((r) => r.key), 'rootCauses');
}

/** Record a diagnosed stage on the crisis (and in its history) when it differs from the current one. */
async function recordStage(trx: Kysely<Database>, event: TimelineEvent, body: PrepBody, now: Date): Promise<void> {
  const d = diagnosisOf(body);
  if (!d || event.kind !== 'crisis' || event.glaslStage === d.stage) return;
  const at = stamp(now);
  await trx.updateTable('events').set({ glasl_stage: d.stage, updated_at: at }).where('id', '=', event.id).execute();
  await trx.insertInto('crisis_stage_history').values({ event_id: event.id, stage: d.stage, recorded_at: at }).execute();
}

export async function updatePrep(db: Kysely<Database>, input: { id: number; sections: Sections }, now: Date): Promise<Prep> {
  return db.transaction().execute(async (trx) => {
    const row = await getPrepRow(trx, input.id);
    const body: PrepBody = { ...parseBody(row.body), ...input.sections } as PrepBody;
    await assertReferences(trx, row.client_id, body);
    await writePrep(trx, row.id, { body }, now);
    if (input.sections.diagnosis) await recordStage(trx, await getEvent(trx, row.event_id), body, now);
    return toPrep(await getPrepRow(trx, row.id));
  });
}

const agreementLine = (a: { what: string; who: string; byWhen: string | null }) =>
  `• ${a.what}${a.who ? ` (${a.who})` : ''}${a.byWhen ? ` → ${a.byWhen}` : ''}`;

/** After the talk: one transaction writes the talk to the timeline, the agreements, and the resolution. */
export async function completePrep(db: Kysely<Database>, input: z.output<typeof PrepCompleteInput>, now: Date): Promise<Prep> {
  return db.transaction().execute(async (trx) => {
    const row = await getPrepRow(trx, input.id);
    if (row.status !== 'open') throw new RapportError('INVALID', 'This talk has already been recorded.');
    const issue = await getEvent(trx, row.event_id);
    if (input.talkOn < issue.occurredOn) throw new RapportError('INVALID', 'talkOn: The talk cannot come before the issue began.');
    const body: PrepBody = { ...parseBody(row.body), after: { outcome: input.outcome, emotions: input.emotions, agreements: input.agreements } };
    await assertReferences(trx, row.client_id, body);

    const text = [input.outcome, ...input.agreements.map(agreementLine)].filter(Boolean).join('\n');
    const talk = await insertEventIn(trx, row.client_id, {
      kind: 'touchpoint', title: input.talkTitle, body: text || null, occurredOn: input.talkOn,
      emotions: input.emotions, participantIds: body.logistics.participantIds,
      channel: 'meeting', initiatedBy: 'us', responseHours: null,
    }, now);

    if (input.resolution) {
      if (issue.kind !== 'crisis' && issue.kind !== 'misunderstanding') throw new RapportError('INVALID', 'Only a crisis or a misunderstanding is resolved.');
      if (input.resolution.resolvedOn < issue.occurredOn) {
        throw new RapportError('INVALID', 'resolution.resolvedOn: It cannot be resolved before it began.');
      }
      const { id: _id, clientId: _c, createdAt: _a, updatedAt: _u, ...fields } = issue;
      await updateEventIn(trx, issue.id, {
        ...fields, status: 'resolved', resolvedOn: input.resolution.resolvedOn, resolution: input.resolution.resolution,
      } as EventFields, now);
    }
    await writePrep(trx, row.id, { body, status: 'held', talkEventId: talk.id }, now);
    return toPrep(await getPrepRow(trx, row.id));
  });
}

export const removePrep = (db: Kysely<Database>, id: number) => deletePrep(db, id);

/** Open agreements with a date from talks that were held: the follow-ups the reminders show. */
export async function openAgreements(db: Kysely<Database>): Promise<{ clientId: number; what: string; who: string; byWhen: string }[]> {
  // Agreements drafted before the talk are hopes, not promises: only a recorded talk creates follow-ups.
  const rows = await db.selectFrom('mediation_preps').select(['client_id', 'body']).where('status', '=', 'held').execute();
  return rows.flatMap((r) => parseBody(r.body).after.agreements
    .filter((a) => !a.done && a.byWhen !== null)
    .map((a) => ({ clientId: r.client_id, what: a.what, who: a.who, byWhen: a.byWhen! })));
}

