// Moving whole tables in and out of the ledger for the JSON export/import, and the reads the CSV and
// calendar exports need. Table and column names only ever come from the fixed lists below, never from a
// file; values are always bound.
import { EXPORT_TABLES, type ExportRow, type ExportTable } from '../../contract/export.ts';
import type { Kysely } from 'kysely';
import type { RawDatabase } from '../connection.ts';
import type { Database } from '../schema.ts';

/**
 * Tables the export leaves out on purpose, and why. A table that is in neither list fails a test, so a
 * new migration cannot silently add data the export forgets.
 */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  emotion_clusters: 'reference data seeded by the migrations',
  emotions: 'reference data seeded by the migrations',
  motivators: 'reference data seeded by the migrations',
  appreciation_stages: 'reference data seeded by the migrations',
  glasl_stages: 'reference data seeded by the migrations',
  root_causes: 'reference data seeded by the migrations',
  health_revisions: 'change counters the triggers keep for the portfolio cache; an import bumps them itself',
  kysely_migration: 'migration bookkeeping of this ledger file',
  kysely_migration_lock: 'migration bookkeeping of this ledger file',
};

/** FTS5 tables and their shadow tables: derived from the rows by triggers, rebuilt on insert. */
export const isFtsTable = (name: string): boolean => /_fts(_(data|idx|content|docsize|config))?$/.test(name);

/** How each table's rows are ordered in an export (stable, so two exports of one ledger are equal). */
export const EXPORT_ORDER: Record<ExportTable, string> = {
  settings: 'key',
  clients: 'id',
  contacts: 'id',
  contact_dates: 'id',
  contact_motivators: 'contact_id, motivator_key',
  events: 'id',
  event_emotions: 'event_id, emotion_key',
  event_participants: 'event_id, contact_id',
  event_root_causes: 'event_id, cause_key',
  crisis_stage_history: 'id',
  mediation_preps: 'id',
  reminder_states: 'client_id, kind, on_day',
};

/** Every ordinary table in the ledger file (SQLite's own internals left out). */
export function listTables(raw: RawDatabase): string[] {
  return (raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[])
    .map((r) => r.name);
}

export function columnsOf(raw: RawDatabase, table: ExportTable): string[] {
  return (raw.prepare(`select name from pragma_table_info(?) order by cid`).all(table) as { name: string }[]).map((r) => r.name);
}

/** Every exported table, all columns, in a stable order; read in one transaction so the snapshot is consistent. */
export function readExportTables(raw: RawDatabase): Record<ExportTable, ExportRow[]> {
  return raw.transaction(() => Object.fromEntries(EXPORT_TABLES.map((t) =>
    [t, raw.prepare(`select * from ${t} order by ${EXPORT_ORDER[t]}`).all() as ExportRow[]])) as Record<ExportTable, ExportRow[]>)();
}

export const countRows = (raw: RawDatabase, table: ExportTable): number =>
  (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/**
 * Write validated rows, ids kept, in one transaction: every row lands or none does. Settings replace the
 * ledger's own (a restore brings the agency's settings along); every other table must be empty, the
 * caller checks that. The FTS triggers index every inserted client, contact and event.
 */
export function insertExportTables(raw: RawDatabase, data: Record<ExportTable, readonly ExportRow[]>): void {
  raw.transaction(() => {
    for (const table of EXPORT_TABLES) {
      const rows = data[table];
      if (rows.length === 0) continue;
      const columns = columnsOf(raw, table);
      const verb = table === 'settings' ? 'insert or replace' : 'insert';
      const statement = raw.prepare(`${verb} into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
      for (const row of rows) {
        // Only the table's own columns are bound; the rows were validated against strict schemas already.
        statement.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
      }
    }
  }).immediate(); // the write lock up front: a deferred read→write upgrade fails BUSY without waiting
}

/** One timeline event for the CSV export, with its client's name and its emotions and participants. */
export interface EventExportRow {
  id: number;
  occurred_on: string;
  client_name: string;
  kind: string;
  title: string;
  body: string | null;
  status: string | null;
  glasl_stage: number | null;
  ends_on: string | null;
  outcome: string | null;
  value: number | null;
  resolved_on: string | null;
  resolution: string | null;
  our_understanding: string | null;
  their_understanding: string | null;
  gesture: string | null;
  direction: string | null;
  personal_note: string | null;
  ladder_stage: number | null;
  channel: string | null;
  initiated_by: string | null;
  response_hours: number | null;
  milestone_type: string | null;
  emotions: { key: string; intensity: number; label_en: string; label_de: string }[];
  participants: string[];
  root_causes: { key: string; note: string | null; label_en: string; label_de: string }[];
}

/** Events oldest first (one client or all), with what the CSV needs from the child tables. Both dialects. */
export async function readEventsForCsv(db: Kysely<Database>, clientId?: number): Promise<EventExportRow[]> {
  const one = clientId !== undefined;
  const client = clientId ?? 0;
  const events = db.selectFrom('events as e').innerJoin('clients as c', 'c.id', 'e.client_id')
    .select([
      'e.id', 'e.occurred_on', 'c.name as client_name', 'e.kind', 'e.title', 'e.body', 'e.status', 'e.glasl_stage', 'e.ends_on',
      'e.outcome', 'e.value', 'e.resolved_on', 'e.resolution', 'e.our_understanding', 'e.their_understanding', 'e.gesture',
      'e.direction', 'e.personal_note', 'e.ladder_stage', 'e.channel', 'e.initiated_by', 'e.response_hours', 'e.milestone_type',
    ])
    .$if(one, (q) => q.where('e.client_id', '=', client))
    .orderBy('e.occurred_on').orderBy('c.name').orderBy('e.id');
  // The child rows of the same events, scoped by a join, so one client's export reads only its rows.
  const [rows, emotions, participants, causes] = await Promise.all([
    events.execute(),
    db.selectFrom('event_emotions as x').innerJoin('events as e', 'e.id', 'x.event_id').innerJoin('emotions as m', 'm.key', 'x.emotion_key')
      .select(['x.event_id', 'x.emotion_key', 'x.intensity', 'm.label_en', 'm.label_de'])
      .$if(one, (q) => q.where('e.client_id', '=', client))
      .orderBy('x.event_id').orderBy('x.intensity', 'desc').orderBy('x.emotion_key').execute(),
    db.selectFrom('event_participants as x').innerJoin('events as e', 'e.id', 'x.event_id').innerJoin('contacts as k', 'k.id', 'x.contact_id')
      .select(['x.event_id', 'k.name']).$if(one, (q) => q.where('e.client_id', '=', client)).orderBy('x.event_id').orderBy('k.name').execute(),
    db.selectFrom('event_root_causes as x').innerJoin('events as e', 'e.id', 'x.event_id').innerJoin('root_causes as m', 'm.key', 'x.cause_key')
      .select(['x.event_id', 'x.cause_key', 'x.note', 'm.label_en', 'm.label_de'])
      .$if(one, (q) => q.where('e.client_id', '=', client)).orderBy('x.event_id').orderBy('m.sort').execute(),
  ]);
  const group = <R extends { event_id: number }, V>(list: R[], pick: (r: R) => V): Map<number, V[]> => {
    const map = new Map<number, V[]>();
    for (const r of list) {
      const at = map.get(r.event_id);
      if (at) at.push(pick(r));
      else map.set(r.event_id, [pick(r)]);
    }
    return map;
  };
  const byEmotion = group(emotions, (r) => ({ key: r.emotion_key, intensity: r.intensity, label_en: r.label_en, label_de: r.label_de }));
  const byParticipant = group(participants, (r) => r.name);
  const byCause = group(causes, (r) => ({ key: r.cause_key, note: r.note, label_en: r.label_en, label_de: r.label_de }));
  return rows.map((e) => ({
    ...e, emotions: byEmotion.get(e.id) ?? [], participants: byParticipant.get(e.id) ?? [], root_causes: byCause.get(e.id) ?? [],
  }));
}

export async function clientName(db: Kysely<Database>, id: number): Promise<string | null> {
  return (await db.selectFrom('clients').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null;
}
