// Benchmark: the renewal report for a client with 2,000 events, from the ledger to PDF bytes
// (buildReportData through the dispatcher + renderReportPdf). Prints one JSON line:
//   {"name":"report_pdf_2000_events","value":<ms>,"unit":"ms"}
// The value is the median of seven runs after two warm-up runs (the app renders in a warm process);
// with --quick, of three runs after one (same 2,000 events, so the figure means the same).
// Run: npx tsx tests/bench/report.bench.ts [--quick]
import { buildReportData, renderReportPdf } from '../../src/report/index.ts';
import { openTestLedger } from '../support/temp-ledger.ts';
import { DEMO_TODAY, seedLargeClient } from '../report/support.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const WARM_UP = quick ? 1 : 2;
const ledger = await openTestLedger({ now: () => new Date(`${DEMO_TODAY}T10:00:00`) });
try {
  const clientId = await seedLargeClient(ledger.dispatcher, { count: 2000 });
  const once = async () => {
    const started = performance.now();
    const data = await buildReportData(ledger.dispatcher, { clientId, lang: 'de', today: DEMO_TODAY });
    const pdf = await renderReportPdf(data);
    if (pdf.length < 1000) throw new Error('no PDF');
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(JSON.stringify({ name: 'report_pdf_2000_events', value: Math.round(median), unit: 'ms', baseline: null, ratio: null }));
} finally {
  await ledger.cleanup();
}
