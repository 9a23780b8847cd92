// What the portfolio's cache asks the store: which clients changed since it last looked (revision counters
// kept by the triggers of migration 0004), and the whole-timeline facts a row shows beside health, per client.
import { sql, type Kysely } from 'kysely';
import type { Client } from '../../contract/clients.ts';
import { PERSONAL_CHANNELS } from '../../domain/personal-contact.ts';
import type { Database } from '../schema.ts';
import { caseless } from './dialect.ts';
import { clientFromRow } from './clients.ts';

/** client id → revision; a client without a row has never changed since the migration (revision 0). */
export async function healthRevisions(db: Kysely<Database>): Promise<Map<number, number>> {
  const { rows } = await sql<{ client_id: number; rev: number }>`select client_id, rev from health_revisions`.execute(db);
  return new Map(rows.map((r) => [r.client_id, r.rev]));
}

/** Every client row, without the whole-timeline aggregates (those come per changed client, below). */
export async function clientRows(db: Kysely<Database>): Promise<Client[]> {
  const rows = await db.selectFrom('clients').selectAll().orderBy(caseless(db, 'name')).execute();
  return rows.map(clientFromRow);
}

export interface ClientAggregates {
  eventCount: number;
  openCrises: number;
  lastPersonalContact: string | null;
  /** The highest Glasl stage among the open crises, or null without one. */
  openCrisisStage: number | null;
}

/**
 * The aggregates `listClients` adds to a client row (the same definitions), for one client: its index range
 * only, so the portfolio recomputes them for changed clients instead of scanning a million events per visit.
 */
export async function clientAggregates(db: Kysely<Database>, clientId: number): Promise<ClientAggregates> {
  const personal = sql.join(PERSONAL_CHANNELS.map((c) => sql.lit(c)));
  const { rows } = await sql<{ event_count: number; open_crises: number; stage: number | null; last_personal_contact: string | null }>`
    select
      (select count(*) from events e where e.client_id = ${clientId}) as event_count,
      (select count(*) from events e where e.client_id = ${clientId} and e.kind = 'crisis' and e.status = 'open') as open_crises,
      (select max(glasl_stage) from events e where e.client_id = ${clientId} and e.kind = 'crisis' and e.status = 'open') as stage,
      (select max(e.occurred_on) from events e where e.client_id = ${clientId} and (
        (e.kind = 'touchpoint' and e.channel in (${personal}))
        or (e.kind = 'appreciation' and e.is_personal = 1 and coalesce(e.direction, 'shown') = 'shown'))) as last_personal_contact`.execute(db);
  const r = rows[0]!;
  return {
    eventCount: Number(r.event_count), openCrises: Number(r.open_crises), lastPersonalContact: r.last_personal_contact,
    openCrisisStage: r.stage === null ? null : Number(r.stage),
  };
}
