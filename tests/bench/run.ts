// `npm run bench [-- --quick]`: runs every tests/bench/*.bench.ts in its own process (a fresh heap per
// figure), passes --quick on, collects the JSON lines they print and shows them as a table.
// Benchmarks report figures; they assert nothing about time, so CI can run them without flaking.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Figure { name: string; value: number; unit: string; baseline?: number; ratio?: number }

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

const rows = figures.map((f) => [f.name, `${f.value} ${f.unit}`, f.baseline === undefined ? '–' : `${f.baseline} ${f.unit}`, f.ratio === undefined ? '–' : f.ratio.toFixed(2)]);
const head = ['figure', 'value', 'baseline', 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
process.exit(failed > 0 ? 1 : 0);
