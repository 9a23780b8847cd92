import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, Settings } from '../../contract/settings.ts';
import type { Database } from '../schema.ts';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

export async function readSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', KEYS).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  // A stored value that no longer fits the schema falls back to its default rather than breaking the app.
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) {
    if (!(key in stored)) continue;
    const candidate = { ...merged, [key]: stored[key] };
    if (Settings.safeParse(candidate).success) Object.assign(merged, { [key]: stored[key] });
  }
  return merged;
}

export async function writeSettings(db: Kysely<Database>, patch: Partial<Settings>): Promise<void> {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  await db
    .insertInto('settings')
    .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}
