// Benchmark: a CSV import through the real `rapport import` (child process, the same Node): wall time from
// spawn to exit (key derivation and the report included) and the child's peak resident set. 100,000 event
// rows over 500 clients (--quick: 20,000), into a fresh encrypted ledger, one transaction.
// Run: npx tsx tests/bench/import.bench.ts [--quick]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { eventsCsv, importWithPeak } from '../support/big-import.ts';
import { emit } from './support/figures.ts';

const quick = process.argv.includes('--quick');
const ROWS = quick ? 20_000 : 100_000;
const PASSPHRASE = 'bench passphrase for the import figure';

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-import-'));
try {
  const ledger = join(dir, 'agency.ledger');
  const d = createDispatcher({ ledgerPath: ledger });
  const created = await d.call('ledger:create', { passphrase: PASSPHRASE });
  await d.close();
  if (!created.ok) throw new Error(created.error.message);
  const file = join(dir, 'events.csv');
  writeFileSync(file, eventsCsv(ROWS, 500));
  const run = importWithPeak(ledger, file, join(dir, 'peak'), PASSPHRASE);
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr}`);
  emit(`import_csv_${ROWS}_rows`, run.ms, 'ms');
  emit(`import_csv_${ROWS}_rows_peak_rss`, run.peakKb / 1024, 'MB');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
