// The whole domain as of the first release. Migrations import only kysely: each is a frozen snapshot,
// so the reference rows seeded here are data, not code the app branches on.
import { sql, type Kysely } from 'kysely';
import { float, generatedId, onPostgres } from './dialect.ts';
import { createServerSearch } from './server-search.ts';

const now = () => new Date().toISOString();

const EMOTION_CLUSTERS = [
  // key, en, de, valence, weight (loyalty impact, Beyond Philosophy: Advocacy strongest), sort
  ['advocacy', 'Advocacy', 'Fürsprache', 1, 3, 1],
  ['recommendation', 'Recommendation', 'Empfehlung', 1, 2, 2],
  ['attention', 'Attention', 'Aufmerksamkeit', 1, 1, 3],
  ['destroying', 'Destroying', 'Zerstörend', -1, 2, 4],
] as const;

const EMOTIONS = [
  ['happy', 'advocacy', 'happy', 'glücklich'],
  ['pleased', 'advocacy', 'pleased', 'zufrieden'],
  ['trusting', 'recommendation', 'trusting', 'vertrauensvoll'],
  ['valued', 'recommendation', 'valued', 'wertgeschätzt'],
  ['cared_for', 'recommendation', 'cared for', 'umsorgt'],
  ['focused', 'recommendation', 'focused', 'fokussiert'],
  ['safe', 'recommendation', 'safe', 'sicher'],
  ['interested', 'attention', 'interested', 'interessiert'],
  ['energetic', 'attention', 'energetic', 'enthusiastisch'],
  ['stimulated', 'attention', 'stimulated', 'angeregt'],
  ['exploratory', 'attention', 'exploratory', 'neugierig'],
  ['indulgent', 'attention', 'indulgent', 'nachsichtig'],
  ['irritated', 'destroying', 'irritated', 'verärgert'],
  ['hurried', 'destroying', 'hurried', 'gehetzt'],
  ['neglected', 'destroying', 'neglected', 'vernachlässigt'],
  ['unhappy', 'destroying', 'unhappy', 'unglücklich'],
  ['unsatisfied', 'destroying', 'unsatisfied', 'unzufrieden'],
  ['stressed', 'destroying', 'stressed', 'gestresst'],
  ['disappointed', 'destroying', 'disappointed', 'enttäuscht'],
  ['frustrated', 'destroying', 'frustrated', 'frustriert'],
] as const;

const MOTIVATORS = [
  ['stand_out', 'Stand out from the crowd', 'Sich von der Masse abheben'],
  ['confidence_future', 'Have confidence in the future', 'Zuversicht in die Zukunft haben'],
  ['well_being', 'Enjoy a sense of well-being', 'Sich wohlfühlen'],
  ['freedom', 'Feel a sense of freedom', 'Sich frei fühlen'],
  ['thrill', 'Feel a sense of thrill', 'Begeisterung erleben'],
  ['belonging', 'Feel a sense of belonging', 'Sich zugehörig fühlen'],
  ['environment', 'Protect the environment', 'Die Umwelt schützen'],
  ['be_who_i_want', 'Be the person I want to be', 'Der Mensch sein, der ich sein will'],
  ['secure', 'Feel secure', 'Sich sicher fühlen'],
  ['succeed', 'Succeed in life', 'Im Leben erfolgreich sein'],
] as const;

const LADDER = [
  [1, 'attention', 'Attention', 'Aufmerksamkeit & Beachtung', 'Noticing the client and what they say.', 'Den Kunden und das, was er sagt, wahrnehmen.'],
  [2, 'mindfulness', 'Mindfulness', 'Achtsamkeit', 'Listening, putting yourself in their place.', 'Zuhören, sich in die Lage des anderen versetzen.'],
  [3, 'respect', 'Respect', 'Respekt & Achtung', 'Taking their views and feedback seriously.', 'Sichtweisen und Rückmeldungen ernst nehmen.'],
  [4, 'recognition', 'Recognition', 'Anerkennung', 'Acknowledging what they achieve and contribute.', 'Anerkennen, was der Kunde leistet und beiträgt.'],
  [5, 'appreciation', 'Appreciation', 'Wertschätzung', 'Showing, personally, that they matter.', 'Persönlich zeigen, dass der Kunde zählt.'],
  [6, 'trust', 'Trust', 'Vertrauen', 'The client relies on you without checking.', 'Der Kunde verlässt sich auf dich, ohne nachzuprüfen.'],
  [7, 'bond', 'Bond', 'Verbundenheit', 'The client stays because of the relationship itself.', 'Der Kunde bleibt wegen der Beziehung selbst.'],
] as const;

const GLASL = [
  [1, 'win-win', 'Hardening', 'Verhärtung', 'direct_talk', 'Talk it out directly.', 'Direkt miteinander sprechen.'],
  [2, 'win-win', 'Debate and polemics', 'Debatte & Polemik', 'direct_talk', 'Talk it out directly.', 'Direkt miteinander sprechen.'],
  [3, 'win-win', 'Actions, not words', 'Taten statt Worte', 'moderator', 'Bring a moderator; talk it out.', 'Eine Moderation hinzuziehen und es ausreden.'],
  [4, 'win-lose', 'Images and coalitions', 'Images & Koalitionen', 'process_consultation', 'A neutral third party: process consultation.', 'Eine neutrale dritte Partei: Prozessbegleitung.'],
  [5, 'win-lose', 'Loss of face', 'Gesichtsverlust', 'mediation', 'A neutral mediator.', 'Eine neutrale Mediation.'],
  [6, 'win-lose', 'Threat strategies', 'Drohstrategien', 'mediation', 'A neutral mediator; prepare for arbitration.', 'Eine neutrale Mediation; ein Schiedsverfahren vorbereiten.'],
  [7, 'lose-lose', 'Limited destructive blows', 'Begrenzte Vernichtungsschläge', 'arbitration', 'Arbitration or court.', 'Schiedsverfahren oder Gericht.'],
  [8, 'lose-lose', 'Fragmentation', 'Zersplitterung', 'orderly_exit', 'Power intervention; plan an orderly exit.', 'Machteingriff; einen geordneten Ausstieg planen.'],
  [9, 'lose-lose', 'Together into the abyss', 'Gemeinsam in den Abgrund', 'orderly_exit', 'Power intervention; plan an orderly exit.', 'Machteingriff; einen geordneten Ausstieg planen.'],
] as const;

const ROOT_CAUSES = [
  ['price_pretext', 'Price as the stated reason', 'Der Preis als genannter Grund',
    'Often a pretext: look for what lies underneath.', 'Oft ein Vorwand: schau, was darunter liegt.'],
  ['insufficient_care', 'Insufficient care', 'Mangelnde Betreuung',
    'The client felt looked after too little.', 'Der Kunde fühlte sich zu wenig betreut.'],
  ['too_little_attention', 'Too little attention', 'Zu wenig Beachtung',
    'The client did not feel seen.', 'Der Kunde fühlte sich nicht gesehen.'],
  ['no_willingness_to_talk', 'No willingness to talk', 'Fehlende Gesprächsbereitschaft',
    'Conversations were avoided or cut short.', 'Gespräche wurden vermieden oder abgebrochen.'],
  ['careless_remarks', 'Careless remarks', 'Unbedachte Äußerungen',
    'Small remarks that hurt more than intended.', 'Kleine Bemerkungen, die mehr verletzten als gewollt.'],
  ['unresolved_misunderstandings', 'Unresolved misunderstandings', 'Ungeklärte Missverständnisse',
    'Old misreadings that were never cleared up.', 'Alte Missverständnisse, die nie ausgeräumt wurden.'],
  ['old_patterns', 'Old patterns and transference', 'Alte Muster und Übertragung',
    'Someone reminds someone of someone ("she talks like my mother").', 'Jemand erinnert an jemanden („sie redet wie meine Mutter“).'],
] as const;

// A migration sees the schema as it was then, not the app's current Database type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Reference lists.
  await db.schema.createTable('emotion_clusters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('valence', 'integer', (c) => c.notNull())
    .addColumn('weight', float(db), (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createTable('emotions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('cluster_key', 'text', (c) => c.notNull().references('emotion_clusters.key'))
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createTable('motivators')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createTable('appreciation_stages')
    .addColumn('stage', 'integer', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('description_de', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('glasl_stages')
    .addColumn('stage', 'integer', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('intervention_key', 'text', (c) => c.notNull())
    .addColumn('intervention_en', 'text', (c) => c.notNull())
    .addColumn('intervention_de', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createTable('root_causes')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('description_de', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();

  await db.insertInto('emotion_clusters').values(EMOTION_CLUSTERS.map(([key, en, de, valence, weight, sort]) =>
    ({ key, label_en: en, label_de: de, valence, weight, sort }))).execute();
  await db.insertInto('emotions').values(EMOTIONS.map(([key, cluster, en, de], i) =>
    ({ key, cluster_key: cluster, label_en: en, label_de: de, sort: i + 1 }))).execute();
  await db.insertInto('motivators').values(MOTIVATORS.map(([key, en, de], i) =>
    ({ key, label_en: en, label_de: de, sort: i + 1 }))).execute();
  await db.insertInto('appreciation_stages').values(LADDER.map(([stage, key, en, de, dEn, dDe]) =>
    ({ stage, key, label_en: en, label_de: de, description_en: dEn, description_de: dDe }))).execute();
  await db.insertInto('glasl_stages').values(GLASL.map(([stage, level, en, de, ik, iEn, iDe]) =>
    ({ stage, level, label_en: en, label_de: de, intervention_key: ik, intervention_en: iEn, intervention_de: iDe }))).execute();
  await db.insertInto('root_causes').values(ROOT_CAUSES.map(([key, en, de, dEn, dDe], i) =>
    ({ key, label_en: en, label_de: de, description_en: dEn, description_de: dDe, sort: i + 1 }))).execute();

  await db.schema.createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // The relationships.
  await db.schema.createTable('clients')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active','paused','archived')`))
    .addColumn('contract_value', 'integer')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('renewal_date', 'text')
    .addColumn('notice_days', 'integer')
    .addColumn('cadence_ideal_days', 'integer', (c) => c.notNull())
    .addColumn('cadence_max_days', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('clients_cadence_ordered', sql`cadence_max_days >= cadence_ideal_days`)
    .execute();

  await db.schema.createTable('contacts')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('personal_notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_client').on('contacts').columns(['client_id', 'name']).execute();

  await db.schema.createTable('contact_dates')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('yearly', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('contact_dates_contact').on('contact_dates').column('contact_id').execute();

  await db.schema.createTable('contact_motivators')
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('motivator_key', 'text', (c) => c.notNull().references('motivators.key'))
    .addPrimaryKeyConstraint('contact_motivators_pk', ['contact_id', 'motivator_key'])
    .execute();

  // One table for every kind: the timeline is read as one ordered stream, so kind-specific
  // columns are nullable here and the contract says which belong to which kind.
  await db.schema.createTable('events')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('project','crisis','misunderstanding','appreciation','touchpoint','milestone')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    // project
    .addColumn('ends_on', 'text')
    .addColumn('outcome', 'text')
    .addColumn('value', 'integer')
    // crisis and misunderstanding
    .addColumn('glasl_stage', 'integer', (c) => c.check(sql`glasl_stage between 1 and 9`))
    .addColumn('status', 'text', (c) => c.check(sql`status in ('open','resolved')`))
    .addColumn('resolved_on', 'text')
    .addColumn('resolution', 'text')
    .addColumn('our_understanding', 'text')
    .addColumn('their_understanding', 'text')
    // appreciation
    .addColumn('gesture', 'text')
    .addColumn('direction', 'text')
    .addColumn('is_personal', 'integer')
    .addColumn('is_unscheduled', 'integer')
    .addColumn('personal_note', 'text')
    .addColumn('ladder_stage', 'integer', (c) => c.check(sql`ladder_stage between 1 and 7`))
    // touchpoint
    .addColumn('channel', 'text')
    .addColumn('initiated_by', 'text')
    .addColumn('response_hours', float(db))
    // milestone
    .addColumn('milestone_type', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('events_project_span', sql`ends_on is null or ends_on >= occurred_on`)
    .addCheckConstraint('events_resolution_order', sql`resolved_on is null or resolved_on >= occurred_on`)
    .execute();
  // The timeline reads newest first by client; keyset paging walks this index.
  await db.schema.createIndex('events_client_timeline').on('events').columns(['client_id', 'occurred_on desc', 'id desc']).execute();
  await db.schema.createIndex('events_client_kind').on('events').columns(['client_id', 'kind', 'occurred_on desc']).execute();

  await db.schema.createTable('event_emotions')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('emotion_key', 'text', (c) => c.notNull().references('emotions.key'))
    .addColumn('intensity', 'integer', (c) => c.notNull().check(sql`intensity between 1 and 5`))
    .addPrimaryKeyConstraint('event_emotions_pk', ['event_id', 'emotion_key'])
    .execute();
  await db.schema.createTable('event_participants')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'contact_id'])
    .execute();
  await db.schema.createIndex('event_participants_contact').on('event_participants').column('contact_id').execute();
  await db.schema.createTable('event_root_causes')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('cause_key', 'text', (c) => c.notNull().references('root_causes.key'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('event_root_causes_pk', ['event_id', 'cause_key'])
    .execute();
  // A crisis's Glasl stage over time (the stage on the event is the current one).
  await db.schema.createTable('crisis_stage_history')
    .addColumn('id', 'integer', generatedId(db))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('stage', 'integer', (c) => c.notNull().check(sql`stage between 1 and 9`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('crisis_stage_history_event').on('crisis_stage_history').column('event_id').execute();

  if (onPostgres(db)) await createServerSearch(db);
  else await createFileSearch(db);

  await db.insertInto('settings').values({ key: 'created_at', value: JSON.stringify(now()) }).execute();
}

// Full-text search (SQLite FTS5, the store's edge). rowid = the entity's id, so triggers
// update and delete by key; diacritics folded so "Muller" finds "Müller".
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createFileSearch(db: Kysely<any>): Promise<void> {
  for (const table of ['clients_fts', 'contacts_fts', 'events_fts']) {
    await sql`create virtual table ${sql.raw(table)} using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  }
  const clientText = sql.raw(`coalesce(new.owner,'') || ' ' || coalesce(new.notes,'')`);
  const contactText = sql.raw(`coalesce(new.role,'') || ' ' || coalesce(new.email,'') || ' ' || coalesce(new.personal_notes,'')`);
  const eventText = sql.raw(
    `concat_ws(' ', new.body, new.outcome, new.resolution, new.our_understanding, new.their_understanding, new.gesture, new.personal_note)`,
  );
  const triggers: [string, string, ReturnType<typeof sql.raw>, ReturnType<typeof sql.raw>][] = [
    ['clients', 'clients_fts', sql.raw('new.name'), clientText],
    ['contacts', 'contacts_fts', sql.raw('new.name'), contactText],
    ['events', 'events_fts', sql.raw('new.title'), eventText],
  ];
  for (const [table, fts, title, body] of triggers) {
    const t = sql.raw(table);
    const f = sql.raw(fts);
    await sql`create trigger ${sql.raw(`${table}_ai`)} after insert on ${t} begin
      insert into ${f}(rowid, title, body) values (new.id, ${title}, ${body}); end`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_au`)} after update on ${t} begin
      delete from ${f} where rowid = old.id;
      insert into ${f}(rowid, title, body) values (new.id, ${title}, ${body}); end`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_ad`)} after delete on ${t} begin
      delete from ${f} where rowid = old.id; end`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('The first migration cannot be undone.');
}
