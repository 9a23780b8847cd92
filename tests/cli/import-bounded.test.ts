// Imports in bounded memory (docs/security.md 31): the real `rapport import` of a 100,000-row CSV stays under
// 400 MB at its peak and writes every row in one transaction; the same file with one bad line near its end
// imports nothing and names the line. Memory is read by a preload in the child itself (max-rss.mjs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { eventsCsv, importWithPeak } from '../support/big-import.ts';
import { PASSPHRASE, sha256, tempDir, withUnlocked } from './support.ts';

const ROWS = 100_000;
const CLIENTS = 500;
const MAX_RSS_KB = 400 * 1024;

describe('a 100,000-row CSV import through the real CLI', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'agency.ledger');

  beforeAll(async () => {
    const d = createDispatcher({ ledgerPath: ledger });
    const created = await d.call('ledger:create', { passphrase: PASSPHRASE });
    await d.close();
    if (!created.ok) throw new Error(created.error.message);
  });
  afterAll(cleanup);

  it('one bad line near the end: nothing is imported, the line is named, the ledger file is unchanged', () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, eventsCsv(ROWS, CLIENTS, ROWS - 5));
    const before = sha256(ledger);
    const run = importWithPeak(ledger, file, join(dir, 'bad.rss'), PASSPHRASE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`rejected line(s) ${ROWS - 5}`);
    expect(run.stdout).toContain('0 skipped · 1 rejected');
    expect(sha256(ledger)).toBe(before);
    expect(run.peakKb).toBeLessThan(MAX_RSS_KB);
  }, 300_000);

  it('the whole file: every row is written, with a peak under 400 MB', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, eventsCsv(ROWS, CLIENTS));
    const run = importWithPeak(ledger, file, join(dir, 'good.rss'), PASSPHRASE);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported.');
    expect(run.peakKb).toBeLessThan(MAX_RSS_KB);
    // Piped stderr: no progress line (it is for terminals only).
    expect(run.stderr).not.toContain('Checking row');
    const counts = await withUnlocked(ledger, async (d) => {
      const clients = await d.call('clients:list', { includeArchived: true });
      const found = await d.call('search:query', { query: 'Notes about call number 99999' });
      return { clients: clients.ok ? clients.value.length : -1, hit: found.ok ? found.value.hits.map((h) => h.title) : [] };
    });
    expect(counts.clients).toBe(CLIENTS);
    expect(counts.hit).toContain('Call 99999');
  }, 300_000);
});
