// A big CSV of events and the real `rapport import` of it with its peak memory: shared by the bounded-memory
// test (tests/cli/import-bounded.test.ts) and the import benchmark (tests/bench/import.bench.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** `rows` events over `clients` clients in our CSV columns; `badLine` (1-based, the header is line 1) gets an impossible date. */
export function eventsCsv(rows: number, clients: number, badLine?: number): string {
  const out = ['Client,Date,Type,Title,Description'];
  for (let i = 0; i < rows; i++) {
    const line = i + 2;
    const day = new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);
    out.push(`Firma ${i % clients},${line === badLine ? '31.02.2024' : day},call,Call ${i},Notes about call number ${i}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * `rapport --ledger LEDGER import FILE` as a child process (this Node), English messages; the peak resident set
 * in kB is read in the child itself by a preload (tests/cli/max-rss.mjs) and written to `rssFile`.
 */
export function importWithPeak(ledger: string, file: string, rssFile: string, passphrase: string) {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', resolve(ROOT, 'tests/cli/max-rss.mjs'), 'bin/rapport.js', '--ledger', ledger, 'import', file],
    {
      cwd: ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', RAPPORT_PASSPHRASE: passphrase, RAPPORT_MAX_RSS_FILE: rssFile },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const ms = performance.now() - started;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms, peakKb: Number(readFileSync(rssFile, 'utf8')) };
}
