// `rapport import` as a child process: the per-line report, --dry-run, --client, --map, and exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFileSet, rapport, readAll, sha256, tempDir, withUnlocked } from './support.ts';

describe('rapport import', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'import.ledger');
  const at = (args: string[], env: Record<string, string> = {}) => rapport(['--ledger', ledger, ...args], env);
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const hashes = () => ledgerFileSet(ledger).map(sha256);

  beforeAll(() => {
    expect(at(['init']).status).toBe(0);
  });
  afterAll(cleanup);

  it('a dry run prints every line and the counts, writes nothing, exits 0', () => {
    const csv = file('companies.csv', 'Company name,Create Date,Industry\nNordlicht AG,2019-03-01,Insurance\nVelotech GmbH,01.06.2021,Bikes\n');
    const before = hashes();
    const r = at(['import', csv, '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('companies.csv (CSV, clients): 2 lines');
    expect(r.stdout).toMatch(/Not mapped \(left out\): "Industry"/);
    expect(r.stdout).toMatch(/2\s+create\s+client\s+Nordlicht AG/);
    expect(r.stdout).toContain('2 to create · 0 skipped · 0 rejected');
    expect(r.stdout).toContain('Dry run: nothing was written.');
    expect(hashes()).toEqual(before);
  });

  it('a broken row imports nothing, names the line on stderr and exits 1', async () => {
    const csv = file('broken.csv', 'Name,Since\nA,2024-01-01\nB,2024-01-02\nC,not a date\nD,2024-01-04\n');
    const r = at(['import', csv]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/4\s+reject\s+client\s+C\s+since: "not a date" is not a date/);
    expect(r.stderr).toContain('Nothing was imported: rejected line(s) 4.');
    const content = await withUnlocked(ledger, readAll);
    expect(content.clients).toHaveLength(0);
  });

  it('imports with --map and --client, then skips what exists', async () => {
    expect(at(['client', 'add', 'Acme']).status).toBe(0);
    const csv = file('people.csv', 'Wer,Mail,Lieblingswein\nAnna Weber,anna@acme.example,Riesling\n');
    const r = at(['import', csv, '--client', 'acme', '--as', 'contact', '--map', 'Wer=name', '--map', 'mail=email']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Imported.');
    const content = await withUnlocked(ledger, readAll);
    expect(content.contacts.map((c) => [c.name, c.email])).toEqual([['Anna Weber', 'anna@acme.example']]);
    const again = at(['import', csv, '--client', 'Acme', '--as', 'contact', '--map', 'Wer=name']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/2\s+skip\s+contact\s+Anna Weber\s+already in the ledger/);
  });

  it('speaks German and refuses a bad --map as a usage error', () => {
    const csv = file('x.csv', 'Name\nA\n');
    const bad = at(['import', csv, '--map', 'Nope=name']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('the file has no column "Nope"');
    const de = at(['--lang', 'de', 'import', csv, '--dry-run']);
    expect(de.status).toBe(0);
    expect(de.stdout).toContain('Probelauf: nichts wurde geschrieben.');
  });

  it('refuses an oversize file with TOO_LARGE', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const r = at(['import', big]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('(TOO_LARGE)');
  });
});
