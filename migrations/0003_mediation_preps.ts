// Mediation preps: one workspace per crisis or misunderstanding. The sections live in one JSON document
// (validated by the contract on every write and read); the talk itself becomes a timeline event.
import { sql, type Kysely } from 'kysely';
import { generatedId } from './dialect.ts';

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('mediation_preps')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open','held')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('talk_event_id', 'integer', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mediation_preps_client').on('mediation_preps').columns(['client_id', 'updated_at']).execute();
  await db.schema.createIndex('mediation_preps_event').on('mediation_preps').column('event_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not undone; restore the backup made before them.');
}
