// Moving in: a solo ledger's rows (as its JSON export reads them) copied into the agency's shared ledger in
// one transaction, as the connected owner. Ids are the server's (the file's are mapped), authors and times
// of the copies are the database's, a client whose name is already on the server is skipped with all that is
// its. A dry run does all of it and rolls back, so its report is the real one. The file is only read.
import type { Kysely } from 'kysely';
import type { ExportRow, ExportTable } from '../../contract/export.ts';
import type { TeamPushReport } from '../../contract/team.ts';
import { nameKey } from '../../domain/text.ts';
import type { Database } from '../schema.ts';
import { serverError } from './errors.ts';

class DryRun extends Error {}

type Rows = Record<ExportTable, ExportRow[]>;

/** A row without what the server decides: its id and its authors. */
const own = (row: ExportRow, drop: string[] = []): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !['id', 'created_by', 'updated_by', ...drop].includes(k)));

export async function pushRows(db: Kysely<Database>, data: Rows, dryRun: boolean): Promise<TeamPushReport> {
  const report: TeamPushReport = { dryRun, created: { clients: 0, contacts: 0, events: 0, preps: 0, reminders: 0 }, skipped: [] };
  try {
    await db.transaction().execute(async (trx) => {
      // Untyped on purpose: the rows are the export's, validated against the same tables' schemas.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const t = trx as Kysely<any>;
      const taken = new Set((await trx.selectFrom('clients').select('name').execute()).map((r) => nameKey(r.name)));
      const clients = new Map<number, number>();
      const contacts = new Map<number, number>();
      const events = new Map<number, number>();
      const insertId = async (table: string, row: Record<string, unknown>) =>
        Number((await t.insertInto(table).values(row).returning('id').executeTakeFirstOrThrow()).id);

      for (const c of data.clients) {
        if (taken.has(nameKey(String(c.name)))) {
          report.skipped.push({ name: String(c.name), reason: 'exists' });
          continue;
        }
        taken.add(nameKey(String(c.name)));
        clients.set(Number(c.id), await insertId('clients', own(c)));
        report.created.clients++;
      }
      for (const k of data.contacts) {
        const clientId = clients.get(Number(k.client_id));
        if (clientId === undefined) continue;
        contacts.set(Number(k.id), await insertId('contacts', { ...own(k), client_id: clientId }));
        report.created.contacts++;
      }
      const mapped = (rows: ExportRow[], column: string, map: Map<number, number>, drop: string[] = []) =>
        rows.flatMap((r) => (map.has(Number(r[column])) ? [{ ...own(r, drop), [column]: map.get(Number(r[column])) }] : []));
      const insertAll = async (table: string, rows: Record<string, unknown>[]) => {
        for (let i = 0; i < rows.length; i += 500) await t.insertInto(table).values(rows.slice(i, i + 500)).execute();
      };
      await insertAll('contact_dates', mapped(data.contact_dates, 'contact_id', contacts));
      await insertAll('contact_motivators', mapped(data.contact_motivators, 'contact_id', contacts));
      for (const e of data.events) {
        const clientId = clients.get(Number(e.client_id));
        if (clientId === undefined) continue;
        events.set(Number(e.id), await insertId('events', { ...own(e), client_id: clientId }));
        report.created.events++;
      }
      await insertAll('event_emotions', mapped(data.event_emotions, 'event_id', events));
      await insertAll('event_root_causes', mapped(data.event_root_causes, 'event_id', events));
      await insertAll('crisis_stage_history', mapped(data.crisis_stage_history, 'event_id', events));
      await insertAll('event_participants', mapped(data.event_participants, 'event_id', events)
        .flatMap((p) => (contacts.has(Number(p.contact_id)) ? [{ ...p, contact_id: contacts.get(Number(p.contact_id)) }] : [])));
      for (const p of data.mediation_preps) {
        const clientId = clients.get(Number(p.client_id));
        const eventId = events.get(Number(p.event_id));
        if (clientId === undefined || eventId === undefined) continue;
        const talk = p.talk_event_id === null ? null : events.get(Number(p.talk_event_id)) ?? null;
        await insertId('mediation_preps', { ...own(p), client_id: clientId, event_id: eventId, talk_event_id: talk });
        report.created.preps++;
      }
      const reminders = mapped(data.reminder_states, 'client_id', clients);
      await insertAll('reminder_states', reminders);
      report.created.reminders = reminders.length;
      if (dryRun) throw new DryRun();
    });
  } catch (e) {
    if (e instanceof DryRun) return report;
    throw serverError(e) ?? e;
  }
  return report;
}
