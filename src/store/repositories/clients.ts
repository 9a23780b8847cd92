import { sql, type Kysely, type Selectable } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import type { Client, ClientSummary } from '../../contract/clients.ts';
import { PERSONAL_CHANNELS } from '../../domain/personal-contact.ts';
import { nameKey } from '../../domain/text.ts';
import type { Database } from '../schema.ts';
import { caseless } from './dialect.ts';
import { nextStamp, stamp } from './time.ts';
import { assertVersion } from './versions.ts';

type ClientRow = Selectable<Database['clients']>;

export const clientFromRow = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  since: r.since,
  owner: r.owner,
  status: r.status as Client['status'],
  contractValue: r.contract_value,
  currency: r.currency,
  renewalDate: r.renewal_date,
  noticeDays: r.notice_days,
  cadenceIdealDays: r.cadence_ideal_days,
  cadenceMaxDays: r.cadence_max_days,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type ClientWrite = Omit<Client, 'id' | 'createdAt' | 'updatedAt'>;

export const toRow = (c: Partial<ClientWrite>) => ({
  name: c.name,
  since: c.since,
  owner: c.owner,
  status: c.status,
  contract_value: c.contractValue,
  currency: c.currency,
  renewal_date: c.renewalDate,
  notice_days: c.noticeDays,
  cadence_ideal_days: c.cadenceIdealDays,
  cadence_max_days: c.cadenceMaxDays,
  notes: c.notes,
});

const personalContactSql = sql<string | null>`(
  select max(e.occurred_on) from events e
  where e.client_id = clients.id and (
    (e.kind = 'touchpoint' and e.channel in (${sql.join(PERSONAL_CHANNELS.map((c) => sql.lit(c)))}))
    or (e.kind = 'appreciation' and e.is_personal = 1 and coalesce(e.direction, 'shown') = 'shown')))`;

export async function listClients(db: Kysely<Database>, includeArchived: boolean): Promise<ClientSummary[]> {
  let query = db
    .selectFrom('clients')
    .selectAll('clients')
    .select([
      sql<number>`(select count(*) from events e where e.client_id = clients.id)`.as('event_count'),
      sql<number>`(select count(*) from events e where e.client_id = clients.id and e.kind = 'crisis' and e.status = 'open')`.as('open_crises'),
      personalContactSql.as('last_personal_contact'),
    ])
    .orderBy(caseless(db, 'name'));
  if (!includeArchived) query = query.where('status', '!=', 'archived');
  const rows = await query.execute();
  return rows.map((r) => ({
    ...clientFromRow(r),
    eventCount: Number(r.event_count),
    openCrises: Number(r.open_crises),
    lastPersonalContact: r.last_personal_contact,
  }));
}

export async function getClient(db: Kysely<Database>, id: number): Promise<Client> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
  return clientFromRow(row);
}

/** Refuses a name that, by the domain's name key (look-alikes, invisible characters, case), is another client's. */
async function assertNameFree(db: Kysely<Database>, name: string, exceptId: number | null): Promise<void> {
  const key = nameKey(name);
  const rows = await db.selectFrom('clients').select(['id', 'name']).execute();
  const taken = rows.find((r) => r.id !== exceptId && nameKey(r.name) === key);
  if (taken) throw new RapportError('INVALID', `name: A client with this name already exists (#${taken.id} ${JSON.stringify(taken.name)}).`);
}

export async function createClient(db: Kysely<Database>, client: ClientWrite, now: Date): Promise<Client> {
  await assertNameFree(db, client.name, null);
  const at = stamp(now);
  const row = await db
    .insertInto('clients')
    .values({ ...toRow(client), created_at: at, updated_at: at } as never)
    .returningAll()
    .executeTakeFirstOrThrow();
  return clientFromRow(row);
}

export async function updateClient(db: Kysely<Database>, id: number, patch: Partial<ClientWrite>, now: Date, expectedUpdatedAt?: string): Promise<Client> {
  return db.transaction().execute((trx) => updateClientIn(trx, id, patch, now, expectedUpdatedAt));
}

async function updateClientIn(db: Kysely<Database>, id: number, patch: Partial<ClientWrite>, now: Date, expectedUpdatedAt?: string): Promise<Client> {
  await assertVersion(db, 'clients', id, expectedUpdatedAt);
  const current = await getClient(db, id);
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  if (next.cadenceMaxDays < next.cadenceIdealDays) {
    throw new RapportError('INVALID', 'cadenceMaxDays: The maximum must not be shorter than the ideal.');
  }
  if (patch.name !== undefined && nameKey(patch.name) !== nameKey(current.name)) await assertNameFree(db, patch.name, id);
  const row = await db
    .updateTable('clients')
    .set({ ...toRow(next), updated_at: nextStamp(now, current.updatedAt) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return clientFromRow(row);
}

export async function deleteClient(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('clients').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
}

export async function assertClientExists(db: Kysely<Database>, id: number): Promise<void> {
  const row = await db.selectFrom('clients').select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new RapportError('NOT_FOUND', 'This client does not exist (any more).');
}
