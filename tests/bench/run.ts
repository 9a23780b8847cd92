// `npm run bench [-- --quick]`: runs every tests/bench/*.bench.ts in its own process (a fresh heap per
// figure), passes --quick on, collects the JSON lines they print and shows them as a table.
// Benchmarks report figures; they assert nothing about time, so CI can run them without flaking.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Figure { name: string; value: number; unit: string; baseline?: number | null; ratio?: number | null }

/** The targets of issues #8 and #17, for the full run (1M events, 500 clients) on this 2-core machine. */
const TARGETS: { match: RegExp; max: number; on: 'value' | 'ratio'; label: string }[] = [
  { match: /^build_1M_events$/, max: 60, on: 'value', label: '≤ 60 s' },
  { match: /^build_/, max: 3, on: 'ratio', label: '≤ 3× raw' },
  { match: /^unlock$/, max: 1500, on: 'value', label: '≤ 1.5 s' },
  { match: /^portfolio_\d+_clients$/, max: 50, on: 'value', label: '≤ 50 ms' },
  { match: /^timeline_(first_page|year_jump)/, max: 5, on: 'value', label: '≤ 5 ms' },
  { match: /^search_(all|common_word)$/, max: 20, on: 'value', label: '≤ 20 ms' },
  { match: /^event_(create|update|delete)$/, max: 2, on: 'value', label: '≤ 2 ms' },
  { match: /^report_pdf_2000_events$/, max: 2000, on: 'value', label: '≤ 2 s' },
  { match: /^store_encrypted_over_plain$/, max: 1.5, on: 'ratio', label: '≤ 1.5×' },
  { match: /^engine_rss_after_suite$/, max: 300, on: 'value', label: '≤ 300 MB' },
  { match: /^import_csv_100000_rows$/, max: 30_000, on: 'value', label: '≤ 30 s' },
  { match: /^import_csv_100000_rows_peak_rss$/, max: 400, on: 'value', label: '≤ 400 MB' },
  { match: /^renderer_portfolio_\d+_clients$/, max: 1000, on: 'value', label: '≤ 1 s' },
  { match: /^renderer_timeline_max_event_nodes$/, max: 500, on: 'value', label: '≤ 500' },
  // The shared ledger (issue #17): the app beside the same statements hand-written with pg, and no write lost under load.
  { match: /^server_(portfolio_\d+_clients|timeline_first_page|search_common_word|event_(create|update))$/, max: 3, on: 'ratio', label: '≤ 3× hand-written' },
  { match: /^server_\d+_writers_(failed|lost)$/, max: 0, on: 'value', label: '= 0' },
];

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();

const figures: Figure[] = [];
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (const line of run.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const figure = JSON.parse(line) as Figure;
    figures.push(figure);
    console.log(line);
  }
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench: ${file} failed (exit ${run.status})`);
  }
}

const verdict = (f: Figure): [string, string] => {
  const targets = TARGETS.filter((t) => t.match.test(f.name));
  if (targets.length === 0) return ['–', ''];
  const met = targets.every((t) => {
    const x = t.on === 'value' ? f.value : f.ratio;
    return x !== null && x !== undefined && x <= t.max;
  });
  return [targets.map((t) => t.label).join(', '), met ? 'met' : 'MISSED'];
};
const rows = figures.map((f) => [
  f.name, `${f.value} ${f.unit}`,
  f.baseline === undefined || f.baseline === null ? '–' : `${f.baseline} ${f.unit}`,
  f.ratio === undefined || f.ratio === null ? '–' : f.ratio.toFixed(2),
  ...verdict(f),
]);
const head = ['figure', 'value', 'baseline', 'ratio', 'target', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
if (quick) console.log('\n(--quick: a 20,000-event ledger; the targets are for the full 1M-event run, so "met" here proves little.)');
process.exit(failed > 0 ? 1 : 0);
