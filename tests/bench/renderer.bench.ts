// Benchmark: the renderer in real Chromium (tests/e2e/harness.ts) on the large ledger the store bench uses.
//   renderer_portfolio_<n>_clients       from clicking Portfolio to the table of every client on screen (its rows
//                                          are virtual: the table holds all n, the rows on screen are drawn) and
//                                          a frame painted after it, engine warm
//   renderer_portfolio_first_after_unlock  the same, the first time after unlock (the engine computes health)
//   renderer_portfolio_row_nodes           how many client rows the DOM held meanwhile
//   renderer_portfolio_scroll_to_end       from scrolling to the page's end to the last client's row drawn
//   renderer_timeline_<n>_scroll           scrolling the client's whole timeline, newest to oldest
//   renderer_timeline_max_event_nodes      the most event nodes the DOM held meanwhile (target ≤ 500)
// Needs the built renderer (out/renderer, or RAPPORT_RENDERER_OUT): built here first when it is missing.
// Run: npx tsx tests/bench/renderer.bench.ts [--quick]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchRapport, RENDERER_DIR, ROOT } from '../e2e/harness.ts';
import { TEST_PASSPHRASE } from '../support/temp-ledger.ts';
import { emit, median } from './support/figures.ts';
import { cachedScale, eventsForRun, ledgerIn } from './support/scale-ledger.ts';

if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
  process.stderr.write('bench: building the renderer (electron-vite build)\n');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { dir, meta } = await cachedScale(eventsForRun());
const app = await launchRapport({ ledgerPath: ledgerIn(dir), passphrase: TEST_PASSPHRASE, locale: 'en', colorScheme: 'light' });
try {
  const { page } = app;
  // As app.unlock(), with room for a large ledger: quick_check reads every page of it first.
  const field = page.getByTestId('unlock-passphrase');
  await field.waitFor();
  await field.fill(TEST_PASSPHRASE);
  await field.press('Enter');
  await page.getByTestId('lock-button').waitFor({ timeout: 180_000 });
  // The table shows active clients; a visit is done when every one is a row.
  const active = await app.dispatcher.call('clients:list', { includeArchived: false });
  if (!active.ok) throw new Error(active.error.message);
  const count = active.value.length;
  const settled = () => page.evaluate('new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))');
  const allRows = async () => {
    // The table of every active client with its first row drawn (the trend cell exists only on the portfolio's
    // rows; the client list has rows of the same test id), then the next frame: the page is interactive.
    await page.locator(`[data-testid="portfolio-table"][data-row-count="${count}"] [data-testid="trend"]`).first().waitFor({ timeout: 120_000 });
    await settled();
  };
  const rowNodes = () => page.locator('[data-testid="client-row"]').count();
  let started = performance.now();
  await page.getByTestId('nav-portfolio').click();
  await allRows();
  emit('renderer_portfolio_first_after_unlock', performance.now() - started, 'ms');

  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('trend').first().waitFor({ state: 'detached' });
    started = performance.now();
    await page.getByTestId('nav-portfolio').click();
    await allRows();
    times.push(performance.now() - started);
  }
  emit(`renderer_portfolio_${count}_clients`, median(times), 'ms');
  const nodes = await rowNodes();

  started = performance.now();
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  await page.locator(`[data-testid="client-row"][data-index="${count - 1}"]`).waitFor({ timeout: 60_000 });
  await settled();
  emit('renderer_portfolio_scroll_to_end', performance.now() - started, 'ms');
  emit('renderer_portfolio_row_nodes', Math.max(nodes, await rowNodes()), 'nodes');
  await page.evaluate('window.scrollTo(0, 0)');

  // The client whose timeline is nearest 20,000 events (the largest one in a quick run).
  const sizes = active.value.map((c) => ({ c, n: c.eventCount }));
  const target = sizes.reduce((best, x) => (Math.abs(x.n - 20_000) < Math.abs(best.n - 20_000) ? x : best)).c;
  await page.getByTestId('nav-clients').click();
  await page.getByRole('button', { name: target.name, exact: true }).click();
  await page.getByTestId('timeline-event').first().waitFor();
  const probe = () => page.evaluate(`(() => ({
    dom: document.querySelectorAll('[data-testid="timeline-event"]').length,
    end: document.querySelector('[data-testid="timeline-end"]') !== null,
    last: [...document.querySelectorAll('[data-testid="event-title"]')].at(-1)?.textContent ?? null,
  }))()`) as Promise<{ dom: number; end: boolean; last: string | null }>;
  let maxDom = 0;
  let p = await probe();
  started = performance.now();
  for (let steps = 0; !p.end && steps < 2_000; steps += 1) {
    await page.evaluate('window.scrollBy(0, Math.round(document.documentElement.scrollHeight / 3))');
    maxDom = Math.max(maxDom, (await probe()).dom);
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const before = p.last;
    for (let wait = 0; wait < 500; wait += 1) {
      p = await probe();
      if (p.last !== before || p.end) break;
      await new Promise((ok) => setTimeout(ok, 20));
    }
    maxDom = Math.max(maxDom, p.dom);
  }
  if (!p.end) throw new Error('the timeline never reached its beginning');
  emit(`renderer_timeline_${target.eventCount}_scroll`, (performance.now() - started) / 1000, 's');
  emit('renderer_timeline_max_event_nodes', maxDom, 'nodes');
  if (app.errors.length) throw new Error(`the page reported errors: ${app.errors.join('; ')}`);
  process.stderr.write(`bench: renderer on ${meta.summary.events} events\n`);
} finally {
  await app.close();
}
