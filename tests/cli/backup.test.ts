// `rapport backup` and `rapport restore` as a child process on real encrypted ledgers: the backup lands in the
// backups folder (or --out), restore brings the old state back and keeps the current one first, a file that does
// not open with the key is refused with every file unchanged, and a damaged ledger can be restored.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir } from '../../src/store/backup.ts';
import { ledgerFileSet, rapport, sha256, tempDir } from './support.ts';

const names = (r: { stdout: string; stderr: string }) => {
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { name: string }[]).map((c) => c.name).sort();
};

describe('rapport backup / restore', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'agency.ledger');
  const at = (args: string[]) => rapport(['--ledger', ledger, ...args]);
  let first = '';

  beforeAll(() => {
    expect(at(['init']).status).toBe(0);
    expect(at(['client', 'add', 'Stadtwerke Lindenau']).status).toBe(0);
  });
  afterAll(cleanup);

  it('backup writes into the backups folder and prints the path; --list shows it', () => {
    const r = at(['backup']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    first = /backup written: (.+)$/m.exec(r.stdout)![1]!;
    expect(first.startsWith(backupsDir(ledger))).toBe(true);
    expect(existsSync(first)).toBe(true);
    expect(readFileSync(first).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const list = at(['backup', '--list', '--json']);
    expect(list.status).toBe(0);
    const manual = (JSON.parse(list.stdout) as { name: string; reason: string }[]).filter((b) => b.reason === 'manual');
    expect(manual).toEqual([expect.objectContaining({ name: first.slice(backupsDir(ledger).length + 1) })]);
    const text = at(['backup', '--list']);
    expect(text.stdout).toContain('manual');
  });

  it('backup --out FILE writes that file', () => {
    const out = join(dir, 'elsewhere.ledger');
    const r = at(['backup', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(out);
    expect(statSync(out).size).toBeGreaterThan(4096);
  });

  it('restore brings back the backed-up state and keeps the current one as a backup first', () => {
    expect(at(['client', 'add', 'Nordlicht Versicherung AG']).status).toBe(0);
    const r = at(['restore', first]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const kept = /previous state is kept in (.+)$/m.exec(r.stdout)![1]!;
    expect(existsSync(kept)).toBe(true);
    expect(names(at(['client', 'list', '--json']))).toEqual(['Stadtwerke Lindenau']);
    // ... and the kept state restores in turn.
    expect(at(['restore', kept]).status).toBe(0);
    expect(names(at(['client', 'list', '--json']))).toEqual(['Nordlicht Versicherung AG', 'Stadtwerke Lindenau']);
  });

  it('refuses a file that does not open with the key, and changes nothing', () => {
    const other = join(dir, 'other.ledger');
    expect(rapport(['--ledger', other, 'init']).status).toBe(0);
    const foreign = join(dir, 'foreign-backup.ledger');
    expect(rapport(['--ledger', other, 'backup', '--out', foreign]).status).toBe(0);
    const before = [...ledgerFileSet(ledger).map(sha256), readdirSync(backupsDir(ledger)).sort().join(',')];
    const r = at(['restore', foreign]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not open with the key of this ledger.*Nothing was changed/);
    expect([...ledgerFileSet(ledger).map(sha256), readdirSync(backupsDir(ledger)).sort().join(',')]).toEqual(before);
    expect(at(['restore', join(dir, 'missing.ledger')])).toMatchObject({ status: 1 });
    expect(at(['restore', first]).status).toBe(0); // control: a good file is accepted
  });

  it('restores a damaged ledger; the damaged bytes are kept in the backups folder', () => {
    const bytes = readFileSync(ledger);
    const pages = bytes.length / 4096;
    const damaged = bytes.subarray(0, Math.floor(pages / 2) * 4096);
    writeFileSync(ledger, damaged);
    expect(at(['client', 'list'])).toMatchObject({ status: 3 });
    const r = at(['restore', first]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const kept = /previous state is kept in (.+)$/m.exec(r.stdout)![1]!;
    expect(kept).toMatch(/before-restore-damaged\.ledger$/);
    expect(readFileSync(kept).equals(damaged)).toBe(true);
    expect(names(at(['client', 'list', '--json']))).toEqual(['Stadtwerke Lindenau']);
  });
});
