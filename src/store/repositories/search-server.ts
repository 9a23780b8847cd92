// Search on the shared ledger (PostgreSQL): the `<table>_search` tsvectors of migration 0001, ranked and
// limited in the database like FTS5 on the file ledger. Row-level security applies to the search tables
// too, so a consultant's hits are only their clients'.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { SearchHit } from '../../contract/search.ts';
import type { Database } from '../schema.ts';
import { toHit, type SearchRow } from './search-hit.ts';

/**
 * The words as one tsquery: each word in all three configurations the index holds (german, english, simple),
 * all words required, the last one a prefix. Words are bound values, quoted as lexemes by quote_literal,
 * and folded by the same function the index uses.
 */
export function serverQuery(words: string[]): RawBuilder<unknown> {
  const terms = words.map((w, i) => {
    const lexeme = sql`quote_literal(rapport_fold(${w}))${sql.raw(i === words.length - 1 ? ` || ':*'` : '')}`;
    return sql`(to_tsquery('german', ${lexeme}) || to_tsquery('english', ${lexeme}) || to_tsquery('simple', ${lexeme}))`;
  });
  return sql`(${sql.join(terms, sql` && `)})`;
}

// The snippet: the words around the first match, plain text (no markers; the UI never renders markup).
const HEADLINE = 'StartSel="",StopSel="",MaxWords=12,MinWords=4,MaxFragments=1,FragmentDelimiter=" … "';

export async function searchOnServer(db: Kysely<Database>, words: string[], limit: number, clientId?: number): Promise<SearchHit[]> {
  if (words.length === 0) return [];
  const q = serverQuery(words);
  const scope = clientId === undefined ? sql`true` : sql`s.client_id = ${clientId}`;
  // Per entity the best `limit` ids by rank first (the GIN index finds them), then rows and headlines for those only.
  const { rows } = await sql<SearchRow>`
    with q as (select ${q} as q)
    select * from (
      select 'client' as entity, c.id, c.id as client_id, c.name as client_name, c.name as title,
        ts_headline('simple', coalesce(c.owner, '') || ' ' || coalesce(c.notes, ''), q.q, ${HEADLINE}) as snippet,
        null as kind, null as occurred_on, f.rank
      from (select s.id, ts_rank(s.doc, q.q) as rank from clients_search s, q where s.doc @@ q.q and ${scope}
            order by rank desc limit ${limit}) f
      join clients c on c.id = f.id, q
      union all
      select 'contact', k.id, k.client_id, c.name, k.name,
        ts_headline('simple', concat_ws(' ', k.role, k.email, k.personal_notes), q.q, ${HEADLINE}), null, null, f.rank
      from (select s.id, ts_rank(s.doc, q.q) as rank from contacts_search s, q where s.doc @@ q.q and ${scope}
            order by rank desc limit ${limit}) f
      join contacts k on k.id = f.id join clients c on c.id = k.client_id, q
      union all
      select 'event', e.id, e.client_id, c.name, e.title,
        ts_headline('simple', concat_ws(' ', e.body, e.outcome, e.resolution, e.our_understanding, e.their_understanding, e.gesture, e.personal_note), q.q, ${HEADLINE}),
        e.kind, e.occurred_on, f.rank
      from (select s.id, ts_rank(s.doc, q.q) as rank from events_search s, q where s.doc @@ q.q and ${scope}
            order by rank desc limit ${limit}) f
      join events e on e.id = f.id join clients c on c.id = e.client_id, q
    ) hits order by rank desc, entity, id limit ${limit}`.execute(db);
  return rows.map(toHit);
}
