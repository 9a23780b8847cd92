// docs/security.md 2: no plaintext temp files. temp_store=MEMORY after every open; a large sort and a temp table
// write no file under SQLITE_TMPDIR — and without the pragma they do (negative control).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL('./child-tempfiles.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface TempFile { fd: string; target: string; plaintext: boolean }
interface Report {
  tempStoreAfterOpen: number; tempStore: number; duringSort: TempFile[]; withTempTable: TempFile[]; leftInTmpDir: string[];
}

function runChild(mode: 'contract' | 'no-temp-store-pragma'): { report: Report; sqliteTmpDir: string } {
  const dir = tempDir();
  const sqliteTmpDir = join(dir, 'sqlite-tmp');
  mkdirSync(sqliteTmpDir);
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHILD, join(dir, 'x.ledger'), mode], {
    cwd: ROOT, env: { ...process.env, SQLITE_TMPDIR: sqliteTmpDir }, encoding: 'utf8', timeout: 30_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return { report: JSON.parse(result.stdout.trim().split('\n').pop()!) as Report, sqliteTmpDir };
}

describe('docs/security.md 2: no plaintext temp files', () => {
  test('with the pragma contract: temp_store=2, a large sort and a temp table open no file under SQLITE_TMPDIR', () => {
    const { report, sqliteTmpDir } = runChild('contract');
    expect(report.tempStoreAfterOpen).toBe(2);
    expect(report.tempStore).toBe(2);
    expect(report.duringSort).toEqual([]);
    expect(report.withTempTable).toEqual([]);
    expect(report.leftInTmpDir).toEqual([]);
    expect(readdirSync(sqliteTmpDir)).toEqual([]);
  });

  test('negative control: without temp_store=MEMORY the same work spills plaintext temp files there', () => {
    const { report } = runChild('no-temp-store-pragma');
    expect(report.tempStoreAfterOpen).toBe(2);
    expect(report.tempStore).toBe(0);
    expect(report.duringSort.length).toBeGreaterThan(0);
    expect(report.duringSort.some((f) => f.plaintext)).toBe(true);
    expect(report.withTempTable.length).toBeGreaterThan(0);
    expect(report.withTempTable.some((f) => f.plaintext)).toBe(true);
  });
});
