// Mediation preps as stored: one row per workspace, its sections as a JSON document the contract checks.
import type { Kysely, Selectable } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import { PrepBody } from '../../contract/mediation.ts';
import type { Database } from '../schema.ts';
import { stamp } from './time.ts';

export type PrepRow = Selectable<Database['mediation_preps']> & {
  client_name: string;
  event_kind: string;
  event_title: string;
  event_status: string | null;
  glasl_stage: number | null;
  /** The day the talk was held (its timeline entry), once recorded. */
  talk_on: string | null;
};

const base = (db: Kysely<Database>) => db
  .selectFrom('mediation_preps as p')
  .innerJoin('clients as c', 'c.id', 'p.client_id')
  .innerJoin('events as e', 'e.id', 'p.event_id')
  .leftJoin('events as talk', 'talk.id', 'p.talk_event_id')
  .selectAll('p')
  .select(['c.name as client_name', 'e.kind as event_kind', 'e.title as event_title', 'e.status as event_status', 'e.glasl_stage', 'talk.occurred_on as talk_on']);

/** The stored document, read back through the contract (older documents gain new sections' defaults). */
export const parseBody = (json: string): PrepBody => PrepBody.parse(JSON.parse(json));

export async function getPrepRow(db: Kysely<Database>, id: number): Promise<PrepRow> {
  const row = await base(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new RapportError('NOT_FOUND', 'This mediation prep does not exist (any more).');
  return row;
}

export async function listPrepRows(db: Kysely<Database>, filter: { clientId?: number; status?: string }): Promise<PrepRow[]> {
  let q = base(db);
  if (filter.clientId !== undefined) q = q.where('p.client_id', '=', filter.clientId);
  if (filter.status !== undefined) q = q.where('p.status', '=', filter.status);
  return q.orderBy('p.updated_at', 'desc').orderBy('p.id', 'desc').execute();
}

export async function openPrepFor(db: Kysely<Database>, eventId: number): Promise<number | null> {
  const row = await db.selectFrom('mediation_preps').select('id')
    .where('event_id', '=', eventId).where('status', '=', 'open').executeTakeFirst();
  return row?.id ?? null;
}

export async function insertPrep(db: Kysely<Database>, clientId: number, eventId: number, body: PrepBody, now: Date): Promise<number> {
  const at = stamp(now);
  const { id } = await db.insertInto('mediation_preps')
    .values({ client_id: clientId, event_id: eventId, status: 'open', body: JSON.stringify(body), talk_event_id: null, created_at: at, updated_at: at })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function writePrep(
  db: Kysely<Database>, id: number, fields: { body: PrepBody; status?: 'open' | 'held'; talkEventId?: number }, now: Date,
): Promise<void> {
  await db.updateTable('mediation_preps').set({
    body: JSON.stringify(fields.body),
    updated_at: stamp(now),
    ...(fields.status ? { status: fields.status } : {}),
    ...(fields.talkEventId !== undefined ? { talk_event_id: fields.talkEventId } : {}),
  }).where('id', '=', id).execute();
}

export async function deletePrep(db: Kysely<Database>, id: number): Promise<void> {
  const r = await db.deleteFrom('mediation_preps').where('id', '=', id).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new RapportError('NOT_FOUND', 'This mediation prep does not exist (any more).');
}
