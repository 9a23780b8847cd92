import type { Kysely, Selectable } from 'kysely';
import { RapportError } from '../../contract/errors.ts';
import type { Contact } from '../../contract/contacts.ts';
import type { Database } from '../schema.ts';
import { assertClientExists } from './clients.ts';
import { nextStamp, stamp } from './time.ts';
import { assertVersion } from './versions.ts';

type ContactRow = Selectable<Database['contacts']>;
export type ContactWrite = Omit<Contact, 'id' | 'clientId' | 'createdAt' | 'updatedAt'>;

async function hydrate(db: Kysely<Database>, rows: ContactRow[]): Promise<Contact[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [dates, motivators] = await Promise.all([
    db.selectFrom('contact_dates').selectAll().where('contact_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('contact_motivators').innerJoin('motivators', 'motivators.key', 'contact_motivators.motivator_key')
      .select(['contact_id', 'motivator_key']).where('contact_id', 'in', ids).orderBy('motivators.sort').execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
    personalNotes: r.personal_notes,
    importantDates: dates.filter((d) => d.contact_id === r.id).map((d) => ({ label: d.label, date: d.date, yearly: d.yearly === 1 })),
    motivators: motivators.filter((m) => m.contact_id === r.id).map((m) => m.motivator_key),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function listContacts(db: Kysely<Database>, clientId: number): Promise<Contact[]> {
  await assertClientExists(db, clientId);
  const rows = await db.selectFrom('contacts').selectAll().where('client_id', '=', clientId).orderBy('name').execute();
  return hydrate(db, rows);
}

export async function getContact(db: Kysely<Database>, id: number): Promise<Contact> {
  const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new RapportError('NOT_FOUND', 'This contact does not exist (any more).');
  const [contact] = await hydrate(db, [row]);
  return contact!;
}

async function assertMotivators(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const known = await db.selectFrom('motivators').select('key').where('key', 'in', keys).execute();
  const unknown = keys.filter((k) => !known.some((m) => m.key === k));
  if (unknown.length) throw new RapportError('INVALID', `motivators: unknown motivator ${unknown[0]}.`);
  if (new Set(keys).size !== keys.length) throw new RapportError('INVALID', 'motivators: each motivator once.');
}

async function writeChildren(db: Kysely<Database>, contactId: number, c: Partial<ContactWrite>): Promise<void> {
  if (c.importantDates) {
    await db.deleteFrom('contact_dates').where('contact_id', '=', contactId).execute();
    if (c.importantDates.length) {
      await db.insertInto('contact_dates').values(c.importantDates.map((d) => ({
        contact_id: contactId, label: d.label, date: d.date, yearly: d.yearly ? 1 : 0,
      }))).execute();
    }
  }
  if (c.motivators) {
    await assertMotivators(db, c.motivators);
    await db.deleteFrom('contact_motivators').where('contact_id', '=', contactId).execute();
    if (c.motivators.length) {
      await db.insertInto('contact_motivators').values(c.motivators.map((k) => ({ contact_id: contactId, motivator_key: k }))).execute();
    }
  }
}

export const toRow = (c: Partial<ContactWrite>) => ({
  name: c.name, role: c.role, email: c.email, phone: c.phone, personal_notes: c.personalNotes,
});

/** Insert a contact inside a transaction the caller holds (an import writes many rows that land together). */
export async function insertContactIn(trx: Kysely<Database>, clientId: number, c: ContactWrite, now: Date): Promise<Contact> {
  await assertClientExists(trx, clientId);
  const at = stamp(now);
  const { id } = await trx.insertInto('contacts')
    .values({ ...toRow(c), client_id: clientId, created_at: at, updated_at: at } as never)
    .returning('id').executeTakeFirstOrThrow();
  await writeChildren(trx, id, c);
  return getContact(trx, id);
}

export const createContact = (db: Kysely<Database>, clientId: number, c: ContactWrite, now: Date): Promise<Contact> =>
  db.transaction().execute((trx) => insertContactIn(trx, clientId, c, now));

export async function updateContact(db: Kysely<Database>, id: number, patch: Partial<ContactWrite>, now: Date, expectedUpdatedAt?: string): Promise<Contact> {
  return db.transaction().execute(async (trx) => {
    await assertVersion(trx, 'contacts', id, expectedUpdatedAt);
    const current = await getContact(trx, id);
    const fields = Object.fromEntries(Object.entries(toRow(patch)).filter(([, v]) => v !== undefined));
    await trx.updateTable('contacts').set({ ...fields, updated_at: nextStamp(now, current.updatedAt) }).where('id', '=', id).execute();
    await writeChildren(trx, id, patch);
    return getContact(trx, id);
  });
}

export async function deleteContact(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('contacts').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new RapportError('NOT_FOUND', 'This contact does not exist (any more).');
}
