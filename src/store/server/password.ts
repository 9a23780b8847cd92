// A person changes their own login's password: proven by connecting with the current one, then stored as a
// SCRAM verifier (never the password itself; PostgreSQL lets a role change its own password).
import { sql } from 'kysely';
import { withServerConnection } from './open.ts';
import { scramVerifier } from './scram.ts';

export async function changeServerPassword(spec: string, current: string, next: string, ca?: string): Promise<void> {
  await withServerConnection(spec, current, async (db) => {
    const { rows } = await sql<{ login: string }>`select current_user as login`.execute(db);
    // ALTER ROLE takes no bound parameters; the verifier is base64 and '$', quoted as a literal anyway.
    await sql`alter role ${sql.id(rows[0]!.login)} password ${sql.lit(scramVerifier(next))}`.execute(db);
  }, ca);
}
