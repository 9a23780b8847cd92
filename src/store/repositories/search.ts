// Full-text search over clients, contacts and events: FTS5 on the file ledger, tsvector on the shared one
// (search-server.ts). Both read the same words out of what a person typed, and both treat the last as a prefix.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchHit } from '../../contract/search.ts';
import type { Database } from '../schema.ts';
import { onServer } from './dialect.ts';
import { toHit, type SearchRow } from './search-hit.ts';
import { searchOnServer, serverQuery } from './search-server.ts';

/** The words of a query (letters, digits, underscore), at most 12: no search syntax is ever interpreted. */
export const searchWords = (input: string): string[] =>
  input.normalize('NFC').split(/[^\p{L}\p{N}_]+/u).filter(Boolean).slice(0, 12);

/**
 * Turn what a person typed into a safe FTS5 query: every word becomes a quoted phrase (so FTS syntax
 * like NEAR, column filters or a stray quote is never interpreted), the last one a prefix.
 */
export function toFtsQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** A condition on `events.id`: the event's text matches the query (null: the query has no words). */
export function eventMatches(db: Kysely<Database>, input: string): RawBuilder<boolean> | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  if (onServer(db)) return sql<boolean>`events.id in (select id from events_search where doc @@ ${serverQuery(words)})`;
  return sql<boolean>`events.id in (select rowid from events_fts where events_fts match ${toFtsQuery(input)})`;
}


export async function search(db: Kysely<Database>, query: string, limit: number, clientId?: number): Promise<SearchHit[]> {
  if (onServer(db)) return searchOnServer(db, searchWords(query), limit, clientId);
  const match = toFtsQuery(query);
  if (!match) return [];
  const scope = (ids: ReturnType<typeof sql>) => (clientId === undefined ? sql`1` : sql`rowid in (${ids})`);
  // Per entity, the FTS table alone, ordered by its hidden `rank` column: FTS5 then hands rows over in rank
  // order itself, so SQLite computes snippet() only for the `limit` rows it keeps, and the joins run for those
  // few. (Ordering by bm25() over a join computed snippet and the join for every match: seconds for a common
  // word over a million events.) snippet() gets empty markers: hits carry plain text, and the UI never
  // renders markup from the ledger.
  const { rows } = await sql<SearchRow>`
    select * from (
      select 'client' as entity, c.id, c.id as client_id, c.name as client_name, c.name as title, f.snippet, null as kind, null as occurred_on, f.rank
      from (select rowid as id, snippet(clients_fts, -1, '', '', '…', 12) as snippet, rank from clients_fts
            where clients_fts match ${match} and ${scope(sql`select ${clientId ?? null}`)} order by rank limit ${limit}) f
      join clients c on c.id = f.id
      union all
      select 'contact', k.id, k.client_id, c.name, k.name, f.snippet, null, null, f.rank
      from (select rowid as id, snippet(contacts_fts, -1, '', '', '…', 12) as snippet, rank from contacts_fts
            where contacts_fts match ${match} and ${scope(sql`select id from contacts where client_id = ${clientId ?? null}`)} order by rank limit ${limit}) f
      join contacts k on k.id = f.id join clients c on c.id = k.client_id
      union all
      select 'event', e.id, e.client_id, c.name, e.title, f.snippet, e.kind, e.occurred_on, f.rank
      from (select rowid as id, snippet(events_fts, -1, '', '', '…', 12) as snippet, rank from events_fts
            where events_fts match ${match} and ${scope(sql`select id from events where client_id = ${clientId ?? null}`)} order by rank limit ${limit}) f
      join events e on e.id = f.id join clients c on c.id = e.client_id
    ) order by rank limit ${limit}`.execute(db);
  return rows.map(toHit);
}
