// `rapport export` as a child process: the demo agency exported as JSON and imported with `rapport import`
// into a new ledger gives the same rows in every table; CSV (BOM, localized headers, formulas neutralised,
// one client) and .ics; usage errors.
import { rawOf } from '../support/temp-ledger.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDatabase } from '../../src/store/connection.ts';
import { listTables } from '../../src/store/repositories/transfer.ts';
import { rapport, tempDir, withUnlocked } from './support.ts';

const { dir, cleanup } = tempDir();
const a = join(dir, 'a.ledger');
afterAll(cleanup);

beforeAll(() => {
  const demo = rapport(['--ledger', a, 'demo', '--lang', 'de']);
  expect(demo.status, demo.stderr).toBe(0);
  // A cell a spreadsheet would run as a formula.
  const added = rapport(['--ledger', a, 'event', 'add', 'Nordlicht Versicherung AG', '--kind', 'touchpoint', '--channel', 'call',
    '--title', '=HYPERLINK("http://evil.example","klick")', '--text', '@SUM(1;2), "zitiert"\nzweite Zeile', '--date', '2024-05-02']);
  expect(added.status, added.stderr).toBe(0);
}, 240_000);

/** Every ordinary table (FTS included, its internals not), all columns, canonical order; migrations by name. */
function dumpAll(db: RawDatabase): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of listTables(db)) {
    if (/_fts_(data|idx|content|docsize|config)$/.test(table)) continue;
    // Change counters: every import bumps them by itself (they only tell a cache that something moved).
    if (table === 'health_revisions') continue;
    if (table === 'kysely_migration') {
      out[table] = db.prepare('select name from kysely_migration order by name').all();
      continue;
    }
    if (table.endsWith('_fts')) {
      out[table] = db.prepare(`select rowid, title, body from ${table} order by rowid`).all();
      continue;
    }
    const n = (db.prepare('select count(*) as n from pragma_table_info(?)').get(table) as { n: number }).n;
    out[table] = db.prepare(`select * from ${table} order by ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).all();
  }
  return out;
}

describe('rapport export', () => {
  it('JSON, then rapport import into a new ledger, reproduces the demo agency in every table', async () => {
    const file = join(dir, 'ledger.json');
    const r = rapport(['--ledger', a, 'export', '--out', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(file);
    expect(r.stderr).toMatch(/NOT encrypted/);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; data: Record<string, unknown[]> };
    expect(doc.format).toBe('rapport-ledger');

    const b = join(dir, 'b.ledger');
    expect(rapport(['--ledger', b, 'init']).status).toBe(0);
    const dry = rapport(['--ledger', b, 'import', file, '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(await withUnlocked(b, async (d) => rawOf(d).prepare('select count(*) as n from clients').get())).toEqual({ n: 0 });
    const imported = rapport(['--ledger', b, 'import', file]);
    expect(imported.status, imported.stderr + imported.stdout).toBe(0);

    const dumpA = await withUnlocked(a, async (d) => dumpAll(rawOf(d)));
    const dumpB = await withUnlocked(b, async (d) => dumpAll(rawOf(d)));
    expect(dumpA.events!.length).toBeGreaterThan(500);
    expect(dumpB).toEqual(dumpA);

    // Into a ledger that already has clients: refused, nothing changed.
    const again = rapport(['--ledger', b, 'import', file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/empty ledger/);
  }, 120_000);

  it('CSV of one client: BOM, German headers split on semicolons, CRLF, every formula neutralised, quoting intact', () => {
    const file = join(dir, 'nordlicht.csv');
    const r = rapport(['--ledger', a, '--lang', 'de', 'export', '--format', 'csv', '--client', 'Nordlicht Versicherung AG', '--out', file]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFDatum;Kunde;Art;Titel;Beschreibung;Status;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`2024-05-02;Nordlicht Versicherung AG;Kontakt;"'=HYPERLINK(""http://evil.example"",""klick"")";"'@SUM(1;2), ""zitiert""\nzweite Zeile"`);
    // Only this client's events; no cell anywhere starts with a formula character.
    const records = text.slice(1).split('\r\n').filter(Boolean);
    expect(records.length).toBeGreaterThan(10);
    for (const line of records.slice(1)) expect(line.startsWith('20') && line.includes(';Nordlicht Versicherung AG;')).toBe(true);
    expect(text).not.toMatch(/(^|;)"?[=+\-@]/m);
  });

  it('CSV of all clients in English, and .ics', () => {
    const csv = join(dir, 'all.csv');
    expect(rapport(['--ledger', a, '--lang', 'en', 'export', '--format', 'csv', '--out', csv]).status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFFDate,Client,Kind,Title,Description,Status,Glasl stage,Emotions,')).toBe(true);
    expect(new Set(text.split('\r\n').slice(1).map((l) => /^\d{4}-\d{2}-\d{2},([^,]+),/.exec(l)?.[1]).filter(Boolean)).size).toBe(10);

    const ics = join(dir, 'cal.ics');
    const r = rapport(['--ledger', a, 'export', '--format', 'ics', '--out', ics]);
    expect(r.status, r.stderr).toBe(0);
    const cal = readFileSync(ics, 'utf8');
    expect(cal.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(cal).toContain('BEGIN:VEVENT\r\n');
  });

  it('usage errors exit 2', () => {
    expect(rapport(['--ledger', a, 'export']).status).toBe(2);
    expect(rapport(['--ledger', a, 'export', '--out', join(dir, 'x.json'), '--client', 'Nordlicht Versicherung AG']).status).toBe(2);
    expect(rapport(['--ledger', a, 'export', '--format', 'xml', '--out', join(dir, 'x.xml')]).status).toBe(2);
  });
});
