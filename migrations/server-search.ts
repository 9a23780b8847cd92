// Full-text search on the shared ledger (PostgreSQL), shaped like the file ledger's FTS5 tables: one
// `<table>_search` table per searchable table (id, client, tsvector), kept by a trigger, with a GIN index,
// so a row read never carries its index. Each text is indexed with the `german` and the `english`
// configuration (stems: "Verhandlungen" finds "Verhandlung") and the `simple` one (whole words, so a prefix
// of a word that stems shorter still matches), diacritics folded by `unaccent` so "Muller" finds "Müller".
// Titles weigh more (A) in the rank. The same words as the FTS5 triggers index.
import { sql, type Kysely } from 'kysely';

const joined = (columns: string[]) => columns.map((c) => `coalesce(new.${c}, '')`).join(` || ' ' || `);

const TEXTS = [
  { table: 'clients', clientId: 'new.id', title: 'new.name', body: joined(['owner', 'notes']) },
  { table: 'contacts', clientId: 'new.client_id', title: 'new.name', body: joined(['role', 'email', 'personal_notes']) },
  {
    table: 'events', clientId: 'new.client_id', title: 'new.title',
    body: joined(['body', 'outcome', 'resolution', 'our_understanding', 'their_understanding', 'gesture', 'personal_note']),
  },
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createServerSearch(db: Kysely<any>): Promise<void> {
  // A trusted extension (PostgreSQL ≥ 13): the database's owner may create it without being a superuser.
  await sql`create extension if not exists unaccent with schema public`.execute(db);
  // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes it safe to index.
  await sql`create function rapport_fold(t text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$`.execute(db);
  await sql`create function rapport_search_doc(title text, body text) returns tsvector language sql immutable parallel safe
    as $$ select
      setweight(to_tsvector('german'::regconfig, rapport_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('english'::regconfig, rapport_fold(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple'::regconfig, rapport_fold(coalesce(title, ''))), 'A')
      || to_tsvector('german'::regconfig, rapport_fold(coalesce(body, '')))
      || to_tsvector('english'::regconfig, rapport_fold(coalesce(body, '')))
      || to_tsvector('simple'::regconfig, rapport_fold(coalesce(body, ''))) $$`.execute(db);
  for (const { table, clientId, title, body } of TEXTS) {
    await sql.raw(`create table ${table}_search (
      id integer primary key references ${table}(id) on delete cascade,
      client_id integer not null,
      doc tsvector not null)`).execute(db);
    await sql.raw(`create index ${table}_search_doc on ${table}_search using gin (doc)`).execute(db);
    await sql.raw(`create index ${table}_search_client on ${table}_search (client_id)`).execute(db);
    // Security definer: the index is bookkeeping; who may read a hit is the row-level policy's business.
    await sql.raw(`create function rapport_${table}_search() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$ begin
        insert into ${table}_search (id, client_id, doc) values (new.id, ${clientId}, rapport_search_doc(${title}, ${body}))
        on conflict (id) do update set client_id = excluded.client_id, doc = excluded.doc;
        return null;
      end $$`).execute(db);
    await sql.raw(`create trigger ${table}_search after insert or update on ${table}
      for each row execute function rapport_${table}_search()`).execute(db);
  }
}
