// The JSON export/import round trip on real encrypted ledgers: the demo agency (plus a mediation prep,
// reminder decisions and settings) exported from ledger A and imported into a fresh ledger B gives the
// same rows in every table, and search works in B. A dry run writes nothing; a bad record imports nothing
// and is named; oversize input is TOO_LARGE; __proto__ keys are rejected, never dropped.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_ROWS, EXPORT_TABLES, LEDGER_IMPORT_MAX_BYTES } from '../../src/contract/export.ts';
import { isRapportError } from '../../src/contract/errors.ts';
import type { RawDatabase } from '../../src/store/connection.ts';
import { EXCLUDED_TABLES, columnsOf, isFtsTable, listTables } from '../../src/store/repositories/transfer.ts';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { importLedgerJson } from '../../src/services/transfer/json-import.ts';
import { expectOk, openTestLedger, rawOf } from '../support/temp-ledger.ts';

const today = new Date('2026-11-22T12:00:00');
type T = Awaited<ReturnType<typeof openTestLedger>>;
let a: T;
let exported: string;
const opened: T[] = [];

async function fresh(): Promise<T> {
  const t = await openTestLedger({ now: () => today, saveTarget: async (name) => join(t.dir, name) });
  opened.push(t);
  return t;
}
const raw = (t: T): RawDatabase => rawOf(t.dispatcher);

beforeAll(async () => {
  a = await fresh();
  const d = a.dispatcher;
  await buildDemoAgency(d, { lang: 'de', today });
  // What the demo does not make by itself: a prep, reminder decisions, settings.
  const clients = expectOk(await d.call('clients:list', {}));
  let prepped = false;
  for (const c of clients) {
    const open = expectOk(await d.call('events:list', { clientId: c.id, kinds: ['crisis'], status: 'open' })).items;
    if (open[0] && !prepped) {
      expectOk(await d.call('mediation:create', { eventId: open[0].id }));
      prepped = true;
    }
  }
  expect(prepped).toBe(true);
  const rows = expectOk(await d.call('portfolio:get', {})).clients.filter((c) => c.reminders.length > 0);
  const [first, second] = rows;
  expectOk(await d.call('reminders:snooze', { clientId: first!.id, kind: first!.reminders[0]!.kind, on: first!.reminders[0]!.on, until: '2026-12-24' }));
  expectOk(await d.call('reminders:done', { clientId: second!.id, kind: second!.reminders[0]!.kind, on: second!.reminders[0]!.on }));
  expectOk(await d.call('settings:update', { agencyName: 'Müller & Söhne, "Beratung"', autoLockMinutes: 15 }));

  const result = expectOk(await d.call('export:json', {}));
  expect(result.saved).toBe(true);
  exported = readFileSync(join(a.dir, result.fileName), 'utf8');
}, 240_000);

afterAll(async () => {
  for (const t of opened) await t.cleanup();
});

/** Every table's rows, all columns, in a canonical order; migration bookkeeping by name only. */
function dumpAll(db: RawDatabase): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of listTables(db)) {
    if (/_fts_(data|idx|content|docsize|config)$/.test(table)) continue; // FTS internals; the FTS tables are compared
    // Change counters: every import bumps them by itself (they only tell a cache that something moved).
    if (table === 'health_revisions') continue;
    if (table === 'kysely_migration') {
      out[table] = db.prepare('select name from kysely_migration order by name').all();
      continue;
    }
    if (isFtsTable(table)) {
      out[table] = db.prepare(`select rowid, title, body from ${table} order by rowid`).all();
      continue;
    }
    const cols = (db.prepare('select name from pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    out[table] = db.prepare(`select * from ${table} order by ${cols.map((_, i) => i + 1).join(', ')}`).all();
  }
  return out;
}

const fileHashes = (path: string) => [path, `${path}-wal`].map((p) => (existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : null));

describe('the JSON export', () => {
  it('covers every table: each one is exported or deliberately excluded, with all its columns', () => {
    for (const table of listTables(raw(a))) {
      const known = (EXPORT_TABLES as readonly string[]).includes(table) || table in EXCLUDED_TABLES || isFtsTable(table);
      expect(known, `table ${table} is neither exported nor excluded`).toBe(true);
    }
    for (const table of EXPORT_TABLES) {
      expect(Object.keys(EXPORT_ROWS[table].shape).sort(), `columns of ${table}`).toEqual([...columnsOf(raw(a), table)].sort());
    }
  });

  it('is a versioned file holding every user table, each with rows', () => {
    const doc = JSON.parse(exported) as { format: string; version: number; schemaVersion: number; app: { version: string }; data: Record<string, unknown[]> };
    expect(doc).toMatchObject({ format: 'rapport-ledger', version: 1 });
    expect(doc.schemaVersion).toBeGreaterThanOrEqual(3);
    expect(doc.app.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(doc.data)).toEqual([...EXPORT_TABLES]);
    for (const table of EXPORT_TABLES) expect(doc.data[table]!.length, table).toBeGreaterThan(0);
  });

  it('says cancelled when the save target answers null, and writes nothing', async () => {
    const t = await openTestLedger({ now: () => today, saveTarget: async () => null });
    opened.push(t);
    const r = expectOk(await t.dispatcher.call('export:json', {}));
    expect(r.saved).toBe(false);
    expect(r.fileName).toBe('rapport-ledger-2026-11-22.json');
  });
});

describe('the JSON import', () => {
  it('reproduces the ledger exactly in an empty one: every table, row by row, and search works', async () => {
    const b = await fresh();
    const report = await importLedgerJson(b.dispatcher.session, exported, { dryRun: false });
    expect(report).toMatchObject({ format: 'json', imported: true, dryRun: false });
    expect(report.counts.reject).toBe(0);
    expect(report.created.client).toBe(10);
    expect(dumpAll(raw(b))).toEqual(dumpAll(raw(a)));

    const event = raw(a).prepare("select title from events where kind = 'crisis' order by id limit 1").get() as { title: string };
    const word = event.title.split(/\s+/).find((w) => w.length > 4)!;
    const inA = expectOk(await a.dispatcher.call('search:query', { query: word }));
    const inB = expectOk(await b.dispatcher.call('search:query', { query: word }));
    expect(inB.hits.length).toBeGreaterThan(0);
    expect(inB).toEqual(inA);
    // And the imported ledger exports to the same file (bar the time stamp).
    const again = expectOk(await b.dispatcher.call('export:json', {}));
    expect(readFileSync(join(b.dir, again.fileName), 'utf8')).toBe(exported);
  });

  it('dry run: reports per record and writes nothing', async () => {
    const c = await fresh();
    await c.dispatcher.call('ledger:check', {}); // settle the WAL before hashing
    const before = fileHashes(c.ledgerPath);
    const report = await importLedgerJson(c.dispatcher.session, exported, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, imported: false });
    expect(report.counts.create).toBeGreaterThan(700);
    expect(report.lines[0]).toMatchObject({ line: 1, entity: 'setting', outcome: 'create', reason: null });
    expect(report.lines.find((l) => l.entity === 'client')?.label).toBeTruthy();
    expect(fileHashes(c.ledgerPath)).toEqual(before);
    expect(expectOk(await c.dispatcher.call('clients:list', { includeArchived: true }))).toEqual([]);
  });

  it('a broken record anywhere: nothing is imported and the report names it', async () => {
    const c = await fresh();
    const doc = JSON.parse(exported) as { data: Record<string, Record<string, unknown>[]> };
    doc.data.events![5]!.kind = 'party';
    const report = await importLedgerJson(c.dispatcher.session, JSON.stringify(doc), { dryRun: false });
    expect(report).toMatchObject({ imported: false, dryRun: true, created: {} });
    const rejects = report.lines.filter((l) => l.outcome === 'reject');
    expect(rejects[0]).toMatchObject({ entity: 'event', outcome: 'reject' });
    expect(rejects[0]!.reason).toMatch(/^events\[5\]: kind:/);
    // Its emotions, participants … point at an event that is not imported: named too.
    expect(rejects.every((l) => l.entity === 'event' || l.entity === 'mediationPrep')).toBe(true);
    expect(raw(c).prepare('select count(*) as n from clients').get()).toEqual({ n: 0 });
    expect(raw(c).prepare('select count(*) as n from events').get()).toEqual({ n: 0 });
  });

  it('rejects a record with a __proto__ key instead of dropping it, and pollutes nothing', async () => {
    const c = await fresh();
    const poisoned = exported.replace('"contacts": [\n   {', '"contacts": [\n   {"__proto__": {"polluted": true}, ');
    expect(poisoned).not.toBe(exported);
    const report = await importLedgerJson(c.dispatcher.session, poisoned, { dryRun: false });
    expect(report.imported).toBe(false);
    const reject = report.lines.find((l) => l.outcome === 'reject')!;
    expect(reject).toMatchObject({ entity: 'contact' });
    expect(reject.reason).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // In the envelope, it refuses the whole file.
    const envelope = exported.replace('{\n "format"', '{"__proto__": {}, "format"');
    await expect(importLedgerJson(c.dispatcher.session, envelope, { dryRun: true })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('refuses a ledger that already has clients, and input that is not an export', async () => {
    const err = await importLedgerJson(a.dispatcher.session, exported, { dryRun: true }).catch((e: unknown) => e);
    expect(isRapportError(err) && err.code).toBe('INVALID');
    expect((err as Error).message).toMatch(/empty ledger only.*10 clients/);
    const c = await fresh();
    await expect(importLedgerJson(c.dispatcher.session, '{"format":"something-else"}', { dryRun: true })).rejects.toMatchObject({ code: 'INVALID' });
    await expect(importLedgerJson(c.dispatcher.session, 'not json', { dryRun: true })).rejects.toMatchObject({ code: 'INVALID' });
    const unknownTable = exported.replace('"data": {', '"data": {\n  "secrets": [],');
    await expect(importLedgerJson(c.dispatcher.session, unknownTable, { dryRun: true })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('refuses JSON nested 20,000 levels deep as INVALID (not a stack overflow), and brackets inside text are text', async () => {
    const c = await fresh();
    const deep = exported.replace('"data": {', `"data": {\n  "deep": ${'['.repeat(20_000)}${']'.repeat(20_000)},`);
    const err = await importLedgerJson(c.dispatcher.session, deep, { dryRun: true }).catch((e: unknown) => e);
    expect(isRapportError(err) && err.code).toBe('INVALID');
    expect((err as Error).message).toMatch(/nests deeper than 64 levels/);
    // The same brackets inside a title are only characters.
    const doc = JSON.parse(exported) as { data: Record<string, Record<string, unknown>[]> };
    doc.data.events![0]!.title = `${'[{'.repeat(100)} Workshop`;
    const report = await importLedgerJson(c.dispatcher.session, JSON.stringify(doc), { dryRun: true });
    expect(report.counts.reject).toBe(0);
  });

  it('refuses oversize input with TOO_LARGE before parsing it', async () => {
    const c = await fresh();
    const huge = `{"format":"rapport-ledger","pad":"${'x'.repeat(LEDGER_IMPORT_MAX_BYTES)}"}`;
    await expect(importLedgerJson(c.dispatcher.session, huge, { dryRun: true })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
