// docs/security.md 7 (migrations atomic and version-guarded, a fixture test per migration), 8 (a backup before a
// pending migration runs on an existing ledger) and 25 (integrity + foreign_key_check after migrations).
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.ts';
import { backupsDir } from '../../src/store/backup.ts';

/** The backups themselves, not the key file each one carries beside it. */
const ledgerFilesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ledger'));
import { integrityReport, openEncrypted, type RawDatabase } from '../../src/store/connection.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { unlockWithPassphrase } from '../../src/store/ledger.ts';
import { createKysely, executedMigrations, migrate } from '../../src/store/migrate.ts';
import {
  dataKeyOf, expectCode, hasClient, insertClient, makeLedger, PASSPHRASE, removeTempDirs, snapshot, tempDir,
  type TestLedger,
} from './helpers.ts';

afterAll(removeTempDirs);

/** Everything a migration could change: schema, recorded migrations, the lock row, and the data. */
function state(raw: RawDatabase) {
  return {
    schema: raw.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all(),
    executed: executedMigrations(raw),
    lock: raw.prepare('select * from kysely_migration_lock').all(),
    clients: raw.prepare('select * from clients order by id').all(),
    settings: raw.prepare('select * from settings order by key').all(),
    emotions: raw.prepare('select count(*) as n from emotions').get(),
  };
}

/** A migration that changes schema and data the way real ones do. */
const working = (table: string): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('v', 'text').execute();
    await sql`insert into ${sql.table(table)} (v) values ('seeded')`.execute(db);
    await sql`alter table clients add column ${sql.ref(`${table}_note`)} text`.execute(db);
    await sql`update clients set notes = ${`touched by ${table}`}`.execute(db);
    await sql`insert into settings (key, value) values (${`${table}_ran`}, 'true')`.execute(db);
  },
});

/** The same, then a throw halfway through. */
const failing = (table: string): Migration => ({
  async up(db: Kysely<unknown>) {
    await working(table).up(db);
    await sql`delete from emotions where key = 'happy'`.execute(db);
    throw new Error(`simulated failure inside ${table}`);
  },
});

// Named to sort after every real migration, however many there are.
const NAMES = ['9001_alpha', '9002_beta', '9003_gamma'] as const;
const REAL = Object.keys(MIGRATIONS);
const fakeList = (failAt: number | null): Record<string, Migration> => ({
  ...MIGRATIONS,
  ...Object.fromEntries(NAMES.map((name, i) => [name, i + 1 === failAt ? failing(`t_${name}`) : working(`t_${name}`)])),
});

describe('docs/security.md 7: 0001_initial (N-1 → N fixture: an empty database → schema version 1)', () => {
  test('creates the expected tables, triggers and reference rows, in one pass, with integrity ok', async () => {
    const path = join(tempDir(), 'fresh.db');
    const raw = openEncrypted(path, Buffer.alloc(32, 1), { create: true });
    const db = createKysely(raw);
    try {
      expect(executedMigrations(raw)).toEqual([]);
      const result = await migrate(raw, db, { ledgerPath: path, migrations: { '0001_initial': MIGRATIONS['0001_initial']! } });
      expect(result).toEqual({ applied: ['0001_initial'], backupPath: null, schemaVersion: 1 });
      expect(existsSync(backupsDir(path))).toBe(false); // nothing to back up in an empty database

      const tables = (raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not glob '*_fts_*' order by name").all() as { name: string }[]).map((r) => r.name);
      expect(tables).toEqual([
        'appreciation_stages', 'clients', 'clients_fts', 'contact_dates', 'contact_motivators', 'contacts', 'contacts_fts',
        'crisis_stage_history', 'emotion_clusters', 'emotions', 'event_emotions', 'event_participants', 'event_root_causes',
        'events', 'events_fts', 'glasl_stages', 'kysely_migration', 'kysely_migration_lock', 'motivators', 'root_causes', 'settings',
      ]);
      const count = (table: string) => (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect({
        emotions: count('emotions'), emotion_clusters: count('emotion_clusters'), motivators: count('motivators'),
        appreciation_stages: count('appreciation_stages'), glasl_stages: count('glasl_stages'), root_causes: count('root_causes'),
      }).toEqual({ emotions: 20, emotion_clusters: 4, motivators: 10, appreciation_stages: 7, glasl_stages: 9, root_causes: 7 });
      expect(raw.prepare('select stage from appreciation_stages order by stage').pluck().all()).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(raw.prepare('select stage from glasl_stages order by stage').pluck().all()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(raw.prepare("select count(*) from sqlite_master where type = 'trigger'").pluck().get()).toBe(9);
      expect(integrityReport(raw)).toEqual({ quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0 });

      // The schema works as the repositories expect: checks, cascades, search with folded diacritics.
      const id = insertClient(raw, 'Müller GmbH');
      expect(raw.prepare("select rowid from clients_fts where clients_fts match 'muller'").pluck().all()).toEqual([id]);
      expect(() => raw.prepare("update clients set status = 'bogus' where id = ?").run(id)).toThrow(/CHECK/);
      expect(() => raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (999, 'x', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      await db.destroy();
      if (raw.open) raw.close();
    }
  });
});

describe('docs/security.md 7: migrations are atomic and version-guarded', () => {
  let t: TestLedger;
  beforeAll(async () => {
    t = await makeLedger();
    for (let i = 0; i < 20; i++) insertClient(t.ledger.raw, `client ${i}`, `notes ${i}`);
  });
  afterAll(async () => { await t.ledger.close(); });

  test.each([1, 2, 3])('a throw inside pending migration %i of 3 leaves schema, version and data unchanged', async (k) => {
    const before = state(t.ledger.raw);
    const error = await expectCode(migrate(t.ledger.raw, t.ledger.db, { ledgerPath: t.path, migrations: fakeList(k) }), 'INTERNAL');
    expect(error.message).toContain(NAMES[k - 1]);
    expect(state(t.ledger.raw)).toEqual(before);
    expect(hasClient(t.ledger.raw, t.marker)).toBe(true);
    // The ledger stays usable after the failed update.
    const id = insertClient(t.ledger.raw, `after failure ${k}`);
    t.ledger.raw.prepare('delete from clients where id = ?').run(id);
  });

  test('control: the same migrations without the throw do change schema, version and data', async () => {
    const before = state(t.ledger.raw);
    const result = await migrate(t.ledger.raw, t.ledger.db, { ledgerPath: t.path, migrations: fakeList(null) });
    expect(result.applied).toEqual([...NAMES]);
    expect(result.schemaVersion).toBe(REAL.length + 3);
    const after = state(t.ledger.raw);
    expect(after.executed).toEqual([...REAL, ...NAMES]);
    expect(after.schema).not.toEqual(before.schema);
    expect(after.clients).not.toEqual(before.clients);
  });

  test('a ledger that records a migration this app does not know is refused with FUTURE_VERSION, byte-identical', async () => {
    const { dir, path, ledger } = await makeLedger();
    await ledger.close();
    const key = await dataKeyOf(path, PASSPHRASE);
    const raw = openEncrypted(path, Buffer.from(key));
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('0099_from_a_newer_app', new Date().toISOString());
    raw.close();
    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual(['rapport.ledger', 'rapport.ledger.keys.json']);

    const error = await expectCode(unlockWithPassphrase(path, PASSPHRASE), 'FUTURE_VERSION');
    expect(error.message).toMatch(/newer version/i);
    expect(snapshot(dir)).toEqual(before); // no write, no backup, no -wal/-shm left behind
    expect(existsSync(backupsDir(path))).toBe(false);
    expect(existsSync(ledgerFiles(path).wal)).toBe(false);
  });

  test('FUTURE_VERSION at the migrate() level too: a list that lacks an executed migration changes nothing', async () => {
    const { path, ledger } = await makeLedger();
    const before = state(ledger.raw);
    await expectCode(migrate(ledger.raw, ledger.db, { ledgerPath: path, migrations: {} }), 'FUTURE_VERSION');
    expect(state(ledger.raw)).toEqual(before);
    expect(existsSync(backupsDir(path))).toBe(false);
    await ledger.close();
  });
});

describe('docs/security.md 8: a backup before a pending migration runs on an existing ledger', () => {
  test('a new ledger needs no backup; a pending migration on an existing one gets one first, with the pre-update state', async () => {
    const { path, marker, ledger } = await makeLedger();
    expect(ledger.migration.backupPath).toBeNull();
    expect(existsSync(backupsDir(path))).toBe(false);

    const result = await migrate(ledger.raw, ledger.db, { ledgerPath: path, migrations: { ...MIGRATIONS, '9001_alpha': working('t_alpha') } });
    expect(result.applied).toEqual(['9001_alpha']);
    expect(result.backupPath).not.toBeNull();
    expect(ledgerFilesIn(backupsDir(path)).map((f) => join(backupsDir(path), f))).toEqual([result.backupPath]);
    expect(result.backupPath).toMatch(/before-9001_alpha/);
    expect(executedMigrations(ledger.raw)).toEqual([...REAL, '9001_alpha']);
    await ledger.close();

    const backup = openEncrypted(result.backupPath!, await dataKeyOf(path, PASSPHRASE), { quickCheck: true });
    try {
      expect(executedMigrations(backup)).toEqual(REAL);
      expect(backup.prepare("select count(*) from sqlite_master where name = 't_alpha'").pluck().get()).toBe(0);
      expect(hasClient(backup, marker)).toBe(true);
      expect(integrityReport(backup)).toEqual({ quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0 });
    } finally {
      backup.close();
    }
  });
});

describe('docs/security.md 25: integrity and foreign-key checks after migrations', () => {
  test('a migration that leaves a row breaking a CHECK constraint is reported CORRUPT (the backup made before stays)', async () => {
    const { path, ledger } = await makeLedger();
    const sneaky: Migration = {
      async up(db: Kysely<unknown>) {
        await sql`pragma ignore_check_constraints = on`.execute(db);
        await sql`insert into clients (name, since, status, currency, cadence_ideal_days, cadence_max_days, created_at, updated_at)
                  values ('bad', '2020-01-01', 'bogus', 'EUR', 30, 60, 'x', 'x')`.execute(db);
        await sql`pragma ignore_check_constraints = off`.execute(db);
      },
    };
    const error = await expectCode(migrate(ledger.raw, ledger.db, { ledgerPath: path, migrations: { ...MIGRATIONS, '9001_sneaky': sneaky } }), 'CORRUPT');
    expect(error.message).toMatch(/backup/i);
    expect(ledgerFilesIn(backupsDir(path))).toHaveLength(1);
    await ledger.close();
  });

  test('a ledger with a foreign-key violation is refused CORRUPT before a pending migration runs; nothing applied', async () => {
    const { path, ledger } = await makeLedger();
    ledger.raw.pragma('foreign_keys = OFF');
    ledger.raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (424242, 'orphan', 'x', 'x')").run();
    ledger.raw.pragma('foreign_keys = ON');
    const before = state(ledger.raw);
    await expectCode(migrate(ledger.raw, ledger.db, { ledgerPath: path, migrations: fakeList(null) }), 'CORRUPT');
    expect(state(ledger.raw)).toEqual(before);
    expect(existsSync(backupsDir(path))).toBe(false);
    await ledger.close();
  });

  test('control: the same rows without the bad one pass', async () => {
    const { path, ledger } = await makeLedger();
    const fine: Migration = {
      async up(db: Kysely<unknown>) {
        await sql`insert into clients (name, since, status, currency, cadence_ideal_days, cadence_max_days, created_at, updated_at)
                  values ('good', '2020-01-01', 'active', 'EUR', 30, 60, 'x', 'x')`.execute(db);
      },
    };
    const result = await migrate(ledger.raw, ledger.db, { ledgerPath: path, migrations: { ...MIGRATIONS, '9001_fine': fine } });
    expect(result.applied).toEqual(['9001_fine']);
    await ledger.close();
  });
});

// What each migration after the first must have built; a new migration adds its line here.
const BUILT: Record<string, (raw: RawDatabase, clientId: number) => void> = {
  '0002_reminder_states': (raw, clientId) => {
    raw.prepare("insert into reminder_states (client_id, kind, on_day, state, until, updated_at) values (?, 'renewal', '2027-01-01', 'snoozed', '2026-12-01', 'x')").run(clientId);
    expect(() => raw.prepare("insert into reminder_states (client_id, kind, on_day, state, updated_at) values (?, 'renewal', '2027-02-01', 'snoozed', 'x')").run(clientId)).toThrow(/CHECK/);
  },
  '0003_mediation_preps': (raw, clientId) => {
    const eventId = raw.prepare("insert into events (client_id, kind, title, occurred_on, glasl_stage, status, created_at, updated_at) values (?, 'crisis', 'c', '2026-01-01', 3, 'open', 'x', 'x')").run(clientId).lastInsertRowid;
    raw.prepare("insert into mediation_preps (client_id, event_id, body, created_at, updated_at) values (?, ?, '{}', 'x', 'x')").run(clientId, eventId);
    expect(() => raw.prepare("update mediation_preps set status = 'bogus'").run()).toThrow(/CHECK/);
  },
  '0004_health_revisions': (raw, clientId) => {
    const rev = () => (raw.prepare('select rev from health_revisions where client_id = ?').get(clientId) as { rev: number } | undefined)?.rev ?? 0;
    const before = rev();
    raw.prepare("insert into events (client_id, kind, title, occurred_on, created_at, updated_at) values (?, 'milestone', 'm', '2026-01-01', 'x', 'x')").run(clientId);
    expect(rev()).toBe(before + 1);
    raw.prepare("update clients set notes = 'n' where id = ?").run(clientId);
    expect(rev()).toBe(before + 2);
  },
  '0005_fts_secure_delete': (raw, clientId) => {
    // The option is stored in each table's _config, so it persists; the rebuild purged what 0001 left behind.
    for (const t of ['clients_fts', 'contacts_fts', 'events_fts']) {
      expect(raw.prepare(`select v from ${t}_config where k = 'secure-delete'`).get()).toEqual({ v: 1 });
    }
    const blobs = () => Buffer.concat((raw.prepare('select block from clients_fts_data').all() as { block: Buffer }[]).map((r) => r.block)).toString('latin1');
    expect(blobs()).toContain('kunde'); // the marker client's name is indexed
    raw.prepare("update clients set name = 'Umbenannt' where id = ?").run(clientId);
    expect(blobs()).not.toContain('kunde');
  },
  '0006_authors_and_team': (raw, clientId) => {
    // A file ledger has one writer: the author columns exist and stay empty; the team tables are the server's.
    expect(raw.prepare('select created_by, updated_by from clients where id = ?').get(clientId)).toEqual({ created_by: null, updated_by: null });
    for (const t of ['contacts', 'events', 'mediation_preps']) {
      const columns = (raw.prepare(`pragma table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns, t).toEqual(expect.arrayContaining(['created_by', 'updated_by']));
    }
    expect(raw.prepare("select count(*) as n from sqlite_master where name in ('team_members', 'assignments')").get()).toEqual({ n: 0 });
  },
  '0007_change_stamp_and_sie': (raw) => {
    // The German reference texts address the reader as "Sie"; the change stamp is the server's (none here).
    const german = raw.prepare("select description_de as d from appreciation_stages union all select description_de from root_causes").all() as { d: string }[];
    expect(german.map((r) => r.d).join(' ')).not.toMatch(/\b(du|dich|dir|dein\w*|schau)\b/i);
    expect(german.map((r) => r.d)).toEqual(expect.arrayContaining(['Der Kunde verlässt sich auf Sie, ohne nachzuprüfen.']));
    expect(raw.prepare("select count(*) as n from sqlite_master where name like 'rapport_change%'").get()).toEqual({ n: 0 });
  },
  '0008_rls_through_parent_exists': (raw, clientId) => {
    // Only the server's policies change (tests/store/server/child-policies.test.ts); a file ledger's child
    // tables take and cascade rows as before.
    const contactId = raw.prepare("insert into contacts (client_id, name, created_at, updated_at) values (?, 'k', 'x', 'x')").run(clientId).lastInsertRowid;
    raw.prepare("insert into contact_dates (contact_id, label, date) values (?, 'Geburtstag', '1980-05-01')").run(contactId);
    const eventId = raw.prepare("insert into events (client_id, kind, title, occurred_on, created_at, updated_at) values (?, 'touchpoint', 't', '2026-01-01', 'x', 'x')").run(clientId).lastInsertRowid;
    raw.prepare("insert into event_emotions (event_id, emotion_key, intensity) values (?, (select key from emotions limit 1), 3)").run(eventId);
    raw.prepare('insert into event_participants (event_id, contact_id) values (?, ?)').run(eventId, contactId);
    raw.prepare('delete from contacts where id = ?').run(contactId);
    const left = (table: string) => (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect({ dates: left('contact_dates'), participants: left('event_participants'), emotions: left('event_emotions') })
      .toEqual({ dates: 0, participants: 0, emotions: 1 });
  },
};

describe('docs/security.md 7: every migration after the first (N-1 → N fixture on a ledger with data)', () => {
  test('each real migration has its fixture check', () => {
    expect(Object.keys(BUILT)).toEqual(REAL.slice(1));
  });

  test.each(REAL.slice(1).map((name) => [name]))('%s: a ledger at the version before is backed up, upgraded, and keeps every row', async (name) => {
    const index = REAL.indexOf(name);
    const upTo = (n: number) => Object.fromEntries(REAL.slice(0, n).map((k) => [k, MIGRATIONS[k]!]));
    const path = join(tempDir(), 'previous.ledger');
    const raw = openEncrypted(path, Buffer.alloc(32, 7), { create: true });
    const db = createKysely(raw);
    try {
      await migrate(raw, db, { ledgerPath: path, migrations: upTo(index) });
      const marker = `Kunde vor ${name}`;
      const clientId = insertClient(raw, marker);
      const result = await migrate(raw, db, { ledgerPath: path, migrations: upTo(index + 1) });
      expect(result.applied).toEqual([name]);
      expect(result.backupPath).toMatch(new RegExp(`before-${name}`));
      expect(executedMigrations(raw)).toEqual(REAL.slice(0, index + 1));
      expect(hasClient(raw, marker)).toBe(true);
      BUILT[name]!(raw, clientId);
      expect(integrityReport(raw)).toEqual({ quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0 });
      const backup = openEncrypted(result.backupPath!, Buffer.alloc(32, 7), { quickCheck: true });
      try {
        expect(executedMigrations(backup)).toEqual(REAL.slice(0, index));
        expect(hasClient(backup, marker)).toBe(true);
      } finally {
        backup.close();
      }
    } finally {
      await db.destroy();
      if (raw.open) raw.close();
    }
  });

  test('unlocking a version-1 ledger runs every pending migration in one go, after one backup', async () => {
    const { path: template, ledger: made } = await makeLedger();
    await made.close();
    const path = join(tempDir(), 'v1.ledger');
    const raw = openEncrypted(path, await dataKeyOf(template, PASSPHRASE), { create: true });
    const db = createKysely(raw);
    await migrate(raw, db, { ledgerPath: path, migrations: { '0001_initial': MIGRATIONS['0001_initial']! } });
    insertClient(raw, 'Version-1 Kunde GmbH');
    await db.destroy();
    if (raw.open) raw.close();
    copyFileSync(ledgerFiles(template).keys, ledgerFiles(path).keys);
    const upgraded = await unlockWithPassphrase(path, PASSPHRASE);
    try {
      expect(upgraded.migration.applied).toEqual(REAL.slice(1));
      expect(ledgerFilesIn(backupsDir(path))).toHaveLength(1);
      expect(hasClient(upgraded.raw, 'Version-1 Kunde GmbH')).toBe(true);
    } finally {
      await upgraded.close();
    }
  });
});
