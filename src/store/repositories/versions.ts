// Two people (or the app and the CLI) editing the same record: a save names the version it was made on,
// and a record that changed since is refused with CONFLICT, nothing written, so the second person sees
// what the first did instead of silently overwriting it. Inside the caller's transaction; on PostgreSQL the
// row is locked (FOR UPDATE) until it ends, so a save racing another cannot slip between check and write.
// A file ledger's write transaction is exclusive already.
import type { Kysely } from 'kysely';
import { DEFAULT_MESSAGES, RapportError } from '../../contract/errors.ts';
import type { Database } from '../schema.ts';
import { onServer } from './dialect.ts';

export async function assertVersion(
  trx: Kysely<Database>, table: 'clients' | 'contacts' | 'events', id: number, expected: string | undefined,
): Promise<void> {
  if (expected === undefined) return;
  const query = trx.selectFrom(table as 'events').select('updated_at').where('id', '=', id);
  const row = await (onServer(trx) ? query.forUpdate() : query).executeTakeFirst();
  // A missing row is the caller's NOT_FOUND; a changed one is ours.
  if (row) assertSameVersion(row.updated_at, expected);
}

/** For a caller that read the row itself (locked, on the server): someone saved it since `expected`. */
export function assertSameVersion(actual: string, expected: string | undefined): void {
  if (expected !== undefined && actual !== expected) throw new RapportError('CONFLICT', DEFAULT_MESSAGES.CONFLICT);
}
