import { sql, type Kysely, type Selectable } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import type { EventFields, EventListInput, EventPage, TimelineEvent } from '../../contract/events.ts';
import type { Database, EventsTable } from '../schema.ts';
import { assertClientExists } from './clients.ts';
import { onServer } from './dialect.ts';
import { eventMatches } from './search.ts';
import { assertSameVersion } from './versions.ts';
import { nextStamp, stamp } from './time.ts';

type EventRow = Selectable<EventsTable>;
type KindColumns = Omit<EventsTable, 'id' | 'client_id' | 'created_at' | 'updated_at' | 'created_by' | 'updated_by'>;

const EMPTY_KIND_COLUMNS = {
  ends_on: null, outcome: null, value: null,
  glasl_stage: null, status: null, resolved_on: null, resolution: null, our_understanding: null, their_understanding: null,
  gesture: null, direction: null, is_personal: null, is_unscheduled: null, personal_note: null, ladder_stage: null,
  channel: null, initiated_by: null, response_hours: null, milestone_type: null,
} satisfies Partial<KindColumns>;

const bool = (b: boolean) => (b ? 1 : 0);

/** The event's columns: its kind's fields set, every other kind's fields null. */
export function toColumns(e: EventFields): KindColumns {
  const base = { ...EMPTY_KIND_COLUMNS, kind: e.kind, title: e.title, body: e.body, occurred_on: e.occurredOn };
  switch (e.kind) {
    case 'project':
      return { ...base, ends_on: e.endsOn, outcome: e.outcome, value: e.value };
    case 'crisis':
      return { ...base, glasl_stage: e.glaslStage, status: e.status, resolved_on: e.resolvedOn, resolution: e.resolution };
    case 'misunderstanding':
      return {
        ...base, status: e.status, resolved_on: e.resolvedOn, resolution: e.resolution,
        our_understanding: e.ourUnderstanding, their_understanding: e.theirUnderstanding,
      };
    case 'appreciation':
      return {
        ...base, gesture: e.gesture, direction: e.direction, is_personal: bool(e.isPersonal),
        is_unscheduled: bool(e.isUnscheduled), personal_note: e.personalNote, ladder_stage: e.ladderStage,
      };
    case 'touchpoint':
      return { ...base, channel: e.channel, initiated_by: e.initiatedBy, response_hours: e.responseHours };
    case 'milestone':
      return { ...base, milestone_type: e.milestoneType };
  }
}

interface Extras {
  /** login → name of the team (shared ledger); empty on a file ledger, whose rows have no author. */
  authors: Map<string, string>;
  emotions: Map<number, { key: string; intensity: number }[]>;
  participants: Map<number, number[]>;
  rootCauses: Map<number, { key: string; note: string | null }[]>;
}

function fromRow(r: EventRow, x: Extras): TimelineEvent {
  const author = (login: string) => ({ login, name: x.authors.get(login) ?? login });
  const common = {
    id: r.id, clientId: r.client_id, createdAt: r.created_at, updatedAt: r.updated_at,
    ...(r.created_by === null ? {} : { loggedBy: author(r.created_by) }),
    ...(r.updated_by === null ? {} : { changedBy: author(r.updated_by) }),
    title: r.title, body: r.body, occurredOn: r.occurred_on,
    emotions: x.emotions.get(r.id) ?? [], participantIds: x.participants.get(r.id) ?? [],
  };
  const resolution = { status: (r.status ?? 'open') as 'open' | 'resolved', resolvedOn: r.resolved_on, resolution: r.resolution };
  switch (r.kind) {
    case 'project':
      return { ...common, kind: 'project', endsOn: r.ends_on, outcome: r.outcome, value: r.value };
    case 'crisis':
      return { ...common, kind: 'crisis', glaslStage: r.glasl_stage ?? 1, rootCauses: x.rootCauses.get(r.id) ?? [], ...resolution };
    case 'misunderstanding':
      return { ...common, kind: 'misunderstanding', ourUnderstanding: r.our_understanding, theirUnderstanding: r.their_understanding, ...resolution };
    case 'appreciation':
      return {
        ...common, kind: 'appreciation', gesture: r.gesture ?? '', direction: (r.direction ?? 'shown') as 'shown' | 'received',
        isPersonal: r.is_personal === 1, isUnscheduled: r.is_unscheduled === 1, personalNote: r.personal_note, ladderStage: r.ladder_stage,
      };
    case 'touchpoint':
      return {
        ...common, kind: 'touchpoint', channel: (r.channel ?? 'other') as never,
        initiatedBy: (r.initiated_by ?? 'us') as 'us' | 'client', responseHours: r.response_hours,
      };
    default:
      return { ...common, kind: 'milestone', milestoneType: (r.milestone_type ?? 'other') as never };
  }
}

const group = <T, V>(rows: T[], key: (r: T) => number, value: (r: T) => V) => {
  const map = new Map<number, V[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(value(r));
    else map.set(key(r), [value(r)]);
  }
  return map;
};

/** SQLite allows 32,766 bound values per statement; a large window (the portfolio at a million events) has more ids. */
const IDS_PER_QUERY = 10_000;

/** Which child tables to read: all of them, or after a write only those the write filled. */
interface ChildTables { emotions: boolean; participants: boolean; rootCauses: boolean }
const ALL_CHILDREN: ChildTables = { emotions: true, participants: true, rootCauses: true };
const none = <T>(): Promise<T[]> => Promise.resolve([]);

/** What an event written from `e` has of each child table: exactly e's (writeChildren replaced the rest). */
const filledBy = (e: EventFields): ChildTables => ({
  emotions: e.emotions.length > 0,
  participants: e.participantIds.length > 0,
  rootCauses: e.kind === 'crisis' && e.rootCauses.length > 0,
});

async function children(db: Kysely<Database>, ids: number[], only: ChildTables) {
  return Promise.all([
    only.emotions
      ? db.selectFrom('event_emotions').innerJoin('emotions', 'emotions.key', 'event_emotions.emotion_key')
        .select(['event_id', 'emotion_key', 'intensity']).where('event_id', 'in', ids).orderBy('emotions.sort').execute()
      : none<{ event_id: number; emotion_key: string; intensity: number }>(),
    only.participants
      ? db.selectFrom('event_participants').select(['event_id', 'contact_id']).where('event_id', 'in', ids).orderBy('contact_id').execute()
      : none<{ event_id: number; contact_id: number }>(),
    only.rootCauses
      ? db.selectFrom('event_root_causes').innerJoin('root_causes', 'root_causes.key', 'event_root_causes.cause_key')
        .select(['event_id', 'cause_key', 'note']).where('event_id', 'in', ids).orderBy('root_causes.sort').execute()
      : none<{ event_id: number; cause_key: string; note: string | null }>(),
  ]);
}

/** The names of the people who wrote these rows (a removed person keeps their login as name). */
async function authorNames(db: Kysely<Database>, rows: EventRow[]): Promise<Map<string, string>> {
  const logins = [...new Set(rows.flatMap((r) => [r.created_by, r.updated_by]).filter((l): l is string => l !== null))];
  if (logins.length === 0 || !onServer(db)) return new Map();
  const people = await db.selectFrom('team_members').select(['login', 'display_name']).where('login', 'in', logins).execute();
  return new Map(people.map((p) => [p.login, p.display_name]));
}

async function hydrate(db: Kysely<Database>, rows: EventRow[], only: ChildTables = ALL_CHILDREN): Promise<TimelineEvent[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const emotions: Awaited<ReturnType<typeof children>>[0] = [];
  const participants: Awaited<ReturnType<typeof children>>[1] = [];
  const causes: Awaited<ReturnType<typeof children>>[2] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const [e, p, c] = await children(db, ids.slice(i, i + IDS_PER_QUERY), only);
    emotions.push(...e);
    participants.push(...p);
    causes.push(...c);
  }
  const extras: Extras = {
    authors: await authorNames(db, rows),
    emotions: group(emotions, (r) => r.event_id, (r) => ({ key: r.emotion_key, intensity: r.intensity })),
    participants: group(participants, (r) => r.event_id, (r) => r.contact_id),
    rootCauses: group(causes, (r) => r.event_id, (r) => ({ key: r.cause_key, note: r.note })),
  };
  return rows.map((r) => fromRow(r, extras));
}

const eventGone = () => new RapportError('NOT_FOUND', 'This event does not exist (any more).');

export async function getEvent(db: Kysely<Database>, id: number): Promise<TimelineEvent> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw eventGone();
  const [event] = await hydrate(db, [row]);
  return event!;
}

/**
 * The event just written, from the row the write returned: only the child tables the write filled are read
 * (on the server each statement is a round trip; a touchpoint without emotions needs none).
 */
async function written(trx: Kysely<Database>, row: EventRow, e: EventFields): Promise<TimelineEvent> {
  const [event] = await hydrate(trx, [row], filledBy(e));
  return event!;
}

/** Keys that must exist and participants that must belong to the same client; checked before writing. */
async function assertReferences(db: Kysely<Database>, clientId: number, e: EventFields): Promise<void> {
  const emotionKeys = e.emotions.map((x) => x.key);
  if (emotionKeys.length) {
    const known = await db.selectFrom('emotions').select('key').where('key', 'in', emotionKeys).execute();
    const unknown = emotionKeys.find((k) => !known.some((r) => r.key === k));
    if (unknown) throw new RapportError('INVALID', `emotions: unknown emotion ${unknown}.`);
  }
  if (e.participantIds.length) {
    if (new Set(e.participantIds).size !== e.participantIds.length) throw new RapportError('INVALID', 'participantIds: each person once.');
    const own = await db.selectFrom('contacts').select('id').where('client_id', '=', clientId).where('id', 'in', e.participantIds).execute();
    if (own.length !== e.participantIds.length) throw new RapportError('INVALID', 'participantIds: participants must be contacts of this client.');
  }
  if (e.kind === 'crisis' && e.rootCauses.length) {
    const keys = e.rootCauses.map((c) => c.key);
    if (new Set(keys).size !== keys.length) throw new RapportError('INVALID', 'rootCauses: each root cause once.');
    const known = await db.selectFrom('root_causes').select('key').where('key', 'in', keys).execute();
    const unknown = keys.find((k) => !known.some((r) => r.key === k));
    if (unknown) throw new RapportError('INVALID', `rootCauses: unknown root cause ${unknown}.`);
  }
}

/** The child rows of an event; an existing event's old ones go first (a new one has none: on the server each statement is a round trip). */
async function writeChildren(db: Kysely<Database>, eventId: number, e: EventFields, replace: boolean): Promise<void> {
  if (replace) {
    await db.deleteFrom('event_emotions').where('event_id', '=', eventId).execute();
    await db.deleteFrom('event_participants').where('event_id', '=', eventId).execute();
    await db.deleteFrom('event_root_causes').where('event_id', '=', eventId).execute();
  }
  if (e.emotions.length) {
    await db.insertInto('event_emotions').values(e.emotions.map((x) => ({ event_id: eventId, emotion_key: x.key, intensity: x.intensity }))).execute();
  }
  if (e.participantIds.length) {
    await db.insertInto('event_participants').values(e.participantIds.map((c) => ({ event_id: eventId, contact_id: c }))).execute();
  }
  if (e.kind === 'crisis' && e.rootCauses.length) {
    await db.insertInto('event_root_causes').values(e.rootCauses.map((c) => ({ event_id: eventId, cause_key: c.key, note: c.note }))).execute();
  }
}

/** Insert an event inside a transaction the caller holds (several writes that must land together). */
export async function insertEventIn(trx: Kysely<Database>, clientId: number, e: EventFields, now: Date): Promise<TimelineEvent> {
  await assertClientExists(trx, clientId);
  await assertReferences(trx, clientId, e);
  const at = stamp(now);
  // The row as stored (the server's triggers set its author and times), so it is not read again.
  const row = await trx.insertInto('events')
    .values({ ...toColumns(e), client_id: clientId, created_at: at, updated_at: at })
    .returningAll().executeTakeFirstOrThrow();
  const id = row.id;
  await writeChildren(trx, id, e, false);
  if (e.kind === 'crisis') {
    await trx.insertInto('crisis_stage_history').values({ event_id: id, stage: e.glaslStage, recorded_at: at }).execute();
  }
  return written(trx, row, e);
}

/** Replace an event's fields inside a transaction the caller holds; its kind may not change. */
export async function updateEventIn(trx: Kysely<Database>, id: number, e: EventFields, now: Date, expectedUpdatedAt?: string): Promise<TimelineEvent> {
  // Only what the update needs of the current row, locked on the server until the transaction ends, so the
  // version check and the write see the same row (one round trip for both).
  const query = trx.selectFrom('events').select(['kind', 'client_id', 'updated_at', 'glasl_stage']).where('id', '=', id);
  const current = await (onServer(trx) ? query.forUpdate() : query).executeTakeFirst();
  if (!current) throw eventGone();
  assertSameVersion(current.updated_at, expectedUpdatedAt);
  if (current.kind !== e.kind) throw new RapportError('INVALID', `kind: an event's kind cannot change (it is a ${current.kind}).`);
  await assertReferences(trx, current.client_id, e);
  const at = nextStamp(now, current.updated_at);
  const row = await trx.updateTable('events').set({ ...toColumns(e), updated_at: at }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  await writeChildren(trx, id, e, true);
  if (e.kind === 'crisis' && current.glasl_stage !== e.glaslStage) {
    await trx.insertInto('crisis_stage_history').values({ event_id: id, stage: e.glaslStage, recorded_at: at }).execute();
  }
  return written(trx, row, e);
}

export const createEvent = (db: Kysely<Database>, clientId: number, e: EventFields, now: Date): Promise<TimelineEvent> =>
  db.transaction().execute((trx) => insertEventIn(trx, clientId, e, now));

export const updateEvent = (db: Kysely<Database>, id: number, e: EventFields, now: Date, expectedUpdatedAt?: string): Promise<TimelineEvent> =>
  db.transaction().execute((trx) => updateEventIn(trx, id, e, now, expectedUpdatedAt));

export async function deleteEvent(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('events').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw eventGone();
}

type ParsedListInput = Required<Pick<EventListInput, 'clientId' | 'limit'>> & Omit<EventListInput, 'clientId' | 'limit'>;

/** One page of a client's timeline, newest first, by keyset on (occurred_on, id): never the whole timeline. */
export async function listEvents(db: Kysely<Database>, input: ParsedListInput): Promise<EventPage> {
  await assertClientExists(db, input.clientId);
  let q = db.selectFrom('events').selectAll().where('client_id', '=', input.clientId);
  if (input.before) {
    const { occurredOn, id } = input.before;
    q = q.where((eb) => eb.or([
      eb('occurred_on', '<', occurredOn),
      eb.and([eb('occurred_on', '=', occurredOn), eb('id', '<', id)]),
    ]));
  }
  if (input.kinds?.length) q = q.where('kind', 'in', input.kinds);
  if (input.status) q = q.where('status', '=', input.status);
  if (input.from) q = q.where('occurred_on', '>=', input.from);
  if (input.to) q = q.where('occurred_on', '<=', input.to);
  if (input.contactId !== undefined) {
    const contactId = input.contactId;
    q = q.where(sql<boolean>`exists (select 1 from event_participants p where p.event_id = events.id and p.contact_id = ${contactId})`);
  }
  if (input.query !== undefined) {
    const match = eventMatches(db, input.query);
    if (match) q = q.where(match);
  }
  const rows = await q.orderBy('occurred_on', 'desc').orderBy('id', 'desc').limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await hydrate(db, page),
    nextCursor: rows.length > input.limit && last ? { occurredOn: last.occurred_on, id: last.id } : null,
  };
}

export async function eventYears(db: Kysely<Database>, clientId: number): Promise<{ year: number; count: number }[]> {
  await assertClientExists(db, clientId);
  const rows = await db.selectFrom('events')
    .select([sql<string>`substr(occurred_on, 1, 4)`.as('year'), sql<number>`count(*)`.as('count')])
    .where('client_id', '=', clientId)
    .groupBy(sql`substr(occurred_on, 1, 4)`)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => ({ year: Number(r.year), count: Number(r.count) }));
}

/** Every event since a day (inclusive), for one client or all: the recent window health and reminders read. */
export async function eventsSince(db: Kysely<Database>, from: string, clientId?: number, kind?: EventRow['kind']): Promise<TimelineEvent[]> {
  let q = db.selectFrom('events').selectAll().where('occurred_on', '>=', from);
  if (clientId !== undefined) q = q.where('client_id', '=', clientId);
  // With a client, (client_id, kind, occurred_on) or (client_id, occurred_on) bound the read to the window.
  if (kind !== undefined) q = q.where('kind', '=', kind);
  return hydrate(db, await q.orderBy('occurred_on').orderBy('id').execute());
}
