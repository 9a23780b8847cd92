// The ledger's own files are never an output: backup/export --out naming the ledger, its -wal, its key wrapper,
// a symlink to it or a file in its backups folder is refused (OWN_FILE), and nothing of the ledger changes.
// An existing file is replaced only with --force.
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFileSet, rapport, sha256, tempDir } from './support.ts';

describe('rapport output paths', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'own.ledger');
  const hashes = () => ledgerFileSet(ledger).filter((f) => !f.endsWith('-shm')).map(sha256);

  beforeAll(() => {
    expect(rapport(['--ledger', ledger, 'init']).status).toBe(0);
    expect(rapport(['--ledger', ledger, 'client', 'add', 'Nordlicht']).status).toBe(0);
    expect(rapport(['--ledger', ledger, 'backup']).status).toBe(0);
    symlinkSync(ledger, join(dir, 'innocent.json'));
  }, 120_000);
  afterAll(cleanup);

  const cases: [string, string[]][] = [
    ['backup --out X.keys.json', ['backup', '--out', `${ledger}.keys.json`, '--force']],
    ['export --out X.keys.json', ['export', '--out', `${ledger}.keys.json`, '--force']],
    ['export --format csv --out <ledger>', ['export', '--format', 'csv', '--out', ledger, '--force']],
    ['export --out <ledger>-wal', ['export', '--out', `${ledger}-wal`, '--force']],
    ['export --out a symlink to the ledger', ['export', '--out', join(dir, 'innocent.json'), '--force']],
    ['export --out <backups>/x.json', ['export', '--out', join(`${ledger}.backups`, 'x.json')]],
    ['report --all --out-dir <backups>', ['report', '--all', '--out-dir', join(`${ledger}.backups`, 'reports')]],
  ];
  for (const [name, args] of cases) {
    it(`refuses ${name}`, () => {
      const before = hashes();
      const backups = readdirSync(`${ledger}.backups`).sort();
      const r = rapport(['--ledger', ledger, ...args]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('belongs to the ledger itself');
      expect(r.stderr).toContain('(OWN_FILE)');
      expect(hashes()).toEqual(before);
      expect(readdirSync(`${ledger}.backups`).sort()).toEqual(backups);
      expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
      const list = rapport(['--ledger', ledger, 'client', 'list']);
      expect(list.status).toBe(0);
      expect(list.stdout).toContain('Nordlicht');
    }, 120_000);
  }

  it('refuses an existing target without --force and replaces it with --force; every format says NOT encrypted', () => {
    const out = join(dir, 'events.csv');
    writeFileSync(out, 'keep me');
    const refused = rapport(['--ledger', ledger, 'export', '--format', 'csv', '--out', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('(TARGET_EXISTS)');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = rapport(['--ledger', ledger, 'export', '--format', 'csv', '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('NOT encrypted');
    expect(readFileSync(out, 'utf8')).not.toBe('keep me');
    const ics = rapport(['--ledger', ledger, 'export', '--format', 'ics', '--out', join(dir, 'cal.ics')]);
    expect(ics.status).toBe(0);
    expect(ics.stderr).toContain('NOT encrypted');
    const backupOut = join(dir, 'copy.ledger');
    writeFileSync(backupOut, 'keep me');
    expect(rapport(['--ledger', ledger, 'backup', '--out', backupOut]).stderr).toContain('(TARGET_EXISTS)');
    expect(readFileSync(backupOut, 'utf8')).toBe('keep me');
    expect(rapport(['--ledger', ledger, 'backup', '--out', backupOut, '--force']).status).toBe(0);
    expect(readFileSync(backupOut).length).toBeGreaterThan(1000);
  }, 120_000);

  it('leaves no temporary file when the final move fails (the target is a folder)', () => {
    const target = join(dir, 'a-folder.json');
    mkdirSync(target);
    const r = rapport(['--ledger', ledger, 'export', '--out', target, '--force']);
    expect(r.status).not.toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(existsSync(join(target, 'x'))).toBe(false);
  }, 120_000);
});
