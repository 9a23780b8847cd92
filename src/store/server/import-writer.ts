// The writes of a CSV/vCard import on the agency's shared ledger, inside the transaction the caller holds.
// The same rows as the file's import writer (the same row mappers); the database stamps authors and times
// and row-level security decides what this login may write (a consultant: only their clients' rows).
// Child rows go in one statement each, so an event is two or three round trips, not one per emotion.
import type { Kysely, Transaction } from 'kysely';
import type { EventFields } from '../../contract/events.ts';
import { toRow as clientRow, type ClientWrite } from '../repositories/clients.ts';
import { toRow as contactRow, type ContactWrite } from '../repositories/contacts.ts';
import { toColumns } from '../repositories/events.ts';
import type { Database } from '../schema.ts';

export interface ServerImportWriter {
  /** Insert a client; its new id. */
  client(c: ClientWrite): Promise<number>;
  contact(clientId: number, c: ContactWrite): Promise<void>;
  event(clientId: number, e: EventFields): Promise<void>;
  /** Of these client ids, the ones that exist and this login may see. */
  existingClients(ids: readonly number[]): Promise<Set<number>>;
}

export function serverImportWriter(trx: Transaction<Database>, at: string): ServerImportWriter {
  // Untyped on purpose, like the file writer's SQL: the rows come from the repositories' own mappers.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const t = trx as unknown as Kysely<any>;
  const insertId = async (table: string, row: Record<string, unknown>): Promise<number> =>
    Number((await t.insertInto(table).values(row).returning('id').executeTakeFirstOrThrow()).id);
  const insertAll = async (table: string, rows: Record<string, unknown>[]): Promise<void> => {
    if (rows.length) await t.insertInto(table).values(rows).execute();
  };
  return {
    client: (c) => insertId('clients', { ...clientRow(c), created_at: at, updated_at: at }),
    contact: async (clientId, c) => {
      const id = await insertId('contacts', { ...contactRow(c), client_id: clientId, created_at: at, updated_at: at });
      await insertAll('contact_dates', (c.importantDates ?? []).map((d) => ({ contact_id: id, label: d.label, date: d.date, yearly: d.yearly ? 1 : 0 })));
      await insertAll('contact_motivators', (c.motivators ?? []).map((k) => ({ contact_id: id, motivator_key: k })));
    },
    event: async (clientId, e) => {
      const id = await insertId('events', { ...toColumns(e), client_id: clientId, created_at: at, updated_at: at });
      await insertAll('event_emotions', e.emotions.map((x) => ({ event_id: id, emotion_key: x.key, intensity: x.intensity })));
      await insertAll('event_participants', e.participantIds.map((c) => ({ event_id: id, contact_id: c })));
      if (e.kind === 'crisis') {
        await insertAll('event_root_causes', e.rootCauses.map((c) => ({ event_id: id, cause_key: c.key, note: c.note })));
        await insertAll('crisis_stage_history', [{ event_id: id, stage: e.glaslStage, recorded_at: at }]);
      }
    },
    existingClients: async (ids) => {
      if (!ids.length) return new Set();
      const rows = await trx.selectFrom('clients').select('id').where('id', 'in', [...ids]).execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}
