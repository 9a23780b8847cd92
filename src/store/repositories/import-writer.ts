// The writes of a CSV/vCard import on the raw handle: one prepared statement per table and column set,
// reused for every row, and no read-back of what was written. Going through Kysely cost ~10 queries per row,
// each a freshly prepared statement (with the FTS triggers compiled in) whose native memory lives until the
// JS garbage collector finalises it; the small JS heap rarely triggers that, so RSS grew with the rows
// (10,000 events: ~1 GB). The caller holds the transaction (`raw.transaction(fn).immediate()`).
// Column values mirror the Kysely repositories exactly (same row mappers); a column left undefined is left
// out of the insert, so the table's default applies, as with Kysely.
import type { EventFields } from '../../contract/events.ts';
import type { RawDatabase } from '../connection.ts';
import { toRow as clientRow, type ClientWrite } from './clients.ts';
import { toRow as contactRow, type ContactWrite } from './contacts.ts';
import { toColumns } from './events.ts';

export interface ImportWriter {
  /** Insert a client; its new id. */
  client(c: ClientWrite): number;
  contact(clientId: number, c: ContactWrite): void;
  event(clientId: number, e: EventFields): void;
  /** Whether a client exists (asked once per client id the import refers to). */
  clientExists(id: number): boolean;
}

type Statement = ReturnType<RawDatabase['prepare']>;

export function importWriter(raw: RawDatabase, at: string): ImportWriter {
  const cache = new Map<string, Statement>();
  const prepared = (key: string, sql: () => string): Statement => {
    let s = cache.get(key);
    if (!s) {
      s = raw.prepare(sql());
      cache.set(key, s);
    }
    return s;
  };
  /** Insert the defined columns of a row; the new rowid. */
  const insert = (table: string, row: Record<string, unknown>): number => {
    const columns = Object.keys(row).filter((k) => row[k] !== undefined);
    const statement = prepared(`${table}|${columns.join(',')}`,
      () => `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    return Number(statement.run(columns.map((c) => row[c])).lastInsertRowid);
  };
  const exists = raw.prepare('select 1 from clients where id = ?').pluck();

  return {
    client: (c) => insert('clients', { ...clientRow(c), created_at: at, updated_at: at }),
    contact: (clientId, c) => {
      const id = insert('contacts', { ...contactRow(c), client_id: clientId, created_at: at, updated_at: at });
      for (const d of c.importantDates ?? []) {
        insert('contact_dates', { contact_id: id, label: d.label, date: d.date, yearly: d.yearly ? 1 : 0 });
      }
      for (const k of c.motivators ?? []) insert('contact_motivators', { contact_id: id, motivator_key: k });
    },
    event: (clientId, e) => {
      const id = insert('events', { ...toColumns(e), client_id: clientId, created_at: at, updated_at: at });
      for (const x of e.emotions) insert('event_emotions', { event_id: id, emotion_key: x.key, intensity: x.intensity });
      for (const c of e.participantIds) insert('event_participants', { event_id: id, contact_id: c });
      if (e.kind === 'crisis') {
        for (const c of e.rootCauses) insert('event_root_causes', { event_id: id, cause_key: c.key, note: c.note });
        insert('crisis_stage_history', { event_id: id, stage: e.glaslStage, recorded_at: at });
      }
    },
    clientExists: (id) => exists.get(id) !== undefined,
  };
}
