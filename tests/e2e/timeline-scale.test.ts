// A relationship with 20,000 events opens fast and scrolls from the newest to the oldest and back, with never more
// than 500 events in memory and never more than 500 event nodes in the DOM.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, seedLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';
import { fastTempLedger, seedLongStory } from './timeline-fixtures.ts';

const TOTAL = 20_000;
const NAME = 'Archive Partners (long story)';
const NEWEST = `Call ${String(TOTAL - 1).padStart(5, '0')}`;
const OLDEST = 'Project 00000';

interface Probe {
  dom: number;
  loaded: number;
  first: string | null;
  last: string | null;
  end: boolean;
  y: number;
}

const probe = (page: Page): Promise<Probe> =>
  page.evaluate(`(() => {
    const rows = [...document.querySelectorAll('[data-testid="timeline-event"]')];
    const titles = rows.map((el) => el.querySelector('[data-testid="event-title"]')?.textContent ?? null);
    const list = document.querySelector('[data-testid="timeline-list"]');
    return {
      dom: rows.length,
      loaded: Number(list?.getAttribute('data-loaded-events') ?? 0),
      first: titles[0] ?? null,
      last: titles[titles.length - 1] ?? null,
      end: document.querySelector('[data-testid="timeline-end"]') !== null,
      y: Math.round(window.scrollY),
    };
  })()`);

describe('a timeline of 20,000 events', () => {
  const ledger = fastTempLedger();
  let app: Rapport;
  let seedMs = 0;

  beforeAll(async () => {
    const t0 = Date.now();
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await seedLongStory(d, NAME, TOTAL);
    });
    seedMs = Date.now() - t0;
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light' });
    await app.unlock();
  }, 300_000);

  afterEach(() => {
    expect(app.errors).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('was seeded through the dispatcher', () => {
    // One events:create per event: the same validation as anything typed in the app (no raw SQL).
    console.log(`seeded ${TOTAL} events in ${(seedMs / 1000).toFixed(1)} s`);
    expect(seedMs).toBeGreaterThan(0);
  });

  it('opens fast with the newest events', async () => {
    const { page } = app;
    await page.getByTestId('nav-clients').click();
    const t0 = Date.now();
    await page.getByRole('button', { name: NAME, exact: true }).click();
    await page.getByTestId('timeline-event').first().waitFor();
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(5_000);
    const p = await probe(page);
    expect(p.first).toBe(NEWEST);
    expect(p.loaded).toBe(100);
    expect(await page.getByTestId('timeline-summary').innerText()).toBe('20,000 events');
  });

  it('scrolls to the oldest event and back to the newest, never holding more than 500', async () => {
    const { page } = app;
    let maxDom = 0;
    let maxLoaded = 0;
    let steps = 0;
    const track = (p: Probe) => {
      maxDom = Math.max(maxDom, p.dom);
      maxLoaded = Math.max(maxLoaded, p.loaded);
      expect(p.dom).toBeLessThanOrEqual(500);
      expect(p.loaded).toBeLessThanOrEqual(500);
    };

    // Down: scroll to the bottom of what is loaded, wait for the next page, again, until the beginning.
    let p = await probe(page);
    while (!(p.end && p.last === OLDEST)) {
      const before = p.last;
      // Two moves per page: through the middle of the loaded rows, then to their end.
      await page.evaluate('window.scrollBy(0, Math.round(document.documentElement.scrollHeight / 3))');
      track(await probe(page));
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      await expect.poll(async () => {
        p = await probe(page);
        return p.last !== before || p.end;
      }, { timeout: 10_000, interval: 20 }).toBe(true);
      track(p);
      steps++;
      expect(steps).toBeLessThan(1_000);
    }
    await page.getByTestId('timeline-end').waitFor();
    expect(await page.getByTestId('timeline-end').innerText()).toContain('The relationship began on');
    // The oldest year is marked on the rail.
    await expect.poll(() => page.getByTestId('year-jump-1991').getAttribute('data-active')).toBe('true');

    // Up: pages dropped on the way down are fetched again.
    p = await probe(page);
    let upSteps = 0;
    while (!(p.first === NEWEST && p.y === 0)) {
      const before = p.first;
      await page.evaluate('window.scrollBy(0, -Math.round(document.documentElement.scrollHeight / 3))');
      track(await probe(page));
      await page.evaluate('window.scrollTo(0, 0)');
      await expect.poll(async () => {
        p = await probe(page);
        return p.first !== before || p.first === NEWEST;
      }, { timeout: 10_000, interval: 20 }).toBe(true);
      track(p);
      upSteps++;
      expect(upSteps).toBeLessThan(1_000);
    }
    console.log(`down in ${steps} steps, up in ${upSteps}; at most ${maxDom} event nodes in the DOM, ${maxLoaded} events in memory`);
    expect(maxLoaded).toBe(500);
    expect(maxDom).toBeLessThanOrEqual(60);
  }, 600_000);

  it('keeps the row under the reader in place while pages come and go', async () => {
    const { page } = app;
    // Scroll slowly through a few page boundaries; the event at the top of the screen may only move by the scroll.
    await page.evaluate('window.scrollTo(0, 0)');
    for (let i = 0; i < 40; i++) {
      const before = await page.evaluate(`(() => {
        const rows = [...document.querySelectorAll('[data-testid="timeline-event"]')]
          .map((el) => ({ id: el.getAttribute('data-event-id'), top: el.getBoundingClientRect().top }))
          .filter((r) => r.top > 150 && r.top < 600);
        return rows[0] ?? null;
      })()`) as { id: string; top: number } | null;
      const scrolledFrom = (await page.evaluate('window.scrollY')) as number;
      await page.mouse.wheel(0, 1200);
      // Wait for the wheel to land (a loaded machine may take longer than a frame), then for the frame after it.
      await expect.poll(() => page.evaluate('window.scrollY'), { timeout: 10_000, interval: 10 }).not.toBe(scrolledFrom);
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))))');
      if (!before) continue;
      const after = await page.evaluate(`(() => {
        const el = document.querySelector('[data-event-id="${before.id}"]');
        return el ? el.getBoundingClientRect().top : null;
      })()`) as number | null;
      if (after !== null) expect(Math.abs(before.top - 1200 - after)).toBeLessThan(2);
      const p = await probe(page);
      expect(p.loaded).toBeLessThanOrEqual(500);
    }
  }, 120_000);

  it('jumps to a year far back', async () => {
    const { page } = app;
    await page.getByTestId('year-jump-2003').click();
    await page.getByTestId('timeline-jump-banner').waitFor();
    await expect.poll(() => page.getByTestId('timeline-year').first().getAttribute('data-year')).toBe('2003');
    const p = await probe(page);
    expect(p.loaded).toBeLessThanOrEqual(500);
    const dates: string[] = await page.evaluate(`[...document.querySelectorAll('[data-testid="timeline-event"]')].map((el) => el.getAttribute('data-occurred-on'))`);
    expect(dates.every((d) => d <= '2003-12-31' && d >= '2003-01-01')).toBe(true);
  });
});
