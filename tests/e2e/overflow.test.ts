// Every window from 1024 px up (issue #16): on the main screens with the demo agency, in German and English,
// at 1024×680 and 1280×800, no text is cut (an ellipsis, a clipping box), none runs past the window's right
// edge outside a container that scrolls sideways, no date or number breaks over two lines, and the page
// itself never scrolls sideways (tests/e2e/overflow.ts measures it in the page). At 1024 px the portfolio's
// table scrolls inside its frame with the client's name frozen at the left edge.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Locale, type Rapport } from './harness.ts';
import { describeOverflow, measureOverflow, SCREENS, settle } from './overflow.ts';

const VIEWPORTS = [
  { width: 1024, height: 680 },
  { width: 1280, height: 800 },
];

describe.each<Locale>(['de', 'en'])('no text overflows its box (%s)', (locale) => {
  const ledger = tempLedger();
  let app: Rapport | undefined;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: locale, today: new Date() });
    });
  });

  afterEach(async () => {
    expect(app?.errors).toEqual([]);
    await app?.close();
    app = undefined;
  });

  afterAll(() => ledger.cleanup());

  it.each(VIEWPORTS)('at $width×$height on every main screen', async (viewport) => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale, colorScheme: 'light', viewport });
    await app.unlock();
    const found: string[] = [];
    for (const screen of SCREENS) {
      await screen.open(app.page);
      await settle(app.page);
      const report = await measureOverflow(app.page);
      const problems = describeOverflow(report);
      if (problems) found.push(`${screen.name}:\n${problems}`);
    }
    expect(found.join('\n\n'), `overflow at ${viewport.width}×${viewport.height} (${locale})`).toBe('');
  });
});

describe('the check itself and the portfolio at 1024 px', () => {
  const ledger = tempLedger();
  let app: Rapport;

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await buildDemoAgency(d, { lang: 'de', today: new Date() });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', colorScheme: 'dark', viewport: { width: 1024, height: 680 } });
    await app.unlock();
    await app.page.getByTestId('client-row').first().waitFor();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('finds cut text, text past the edge, a broken date and a page that scrolls sideways', async () => {
    const { page } = app;
    await page.evaluate(`(() => {
      const box = document.createElement('div');
      box.id = 'overflow-probe';
      box.innerHTML = '<p data-testid="cut" style="width:60px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">Verlängerungen ≤ 90 Tage</p>'
        + '<span data-testid="past" style="position:relative;left:' + (innerWidth - 40) + 'px;white-space:nowrap">in 85 Tagen</span>'
        + '<p data-testid="broken" style="width:40px;overflow-wrap:anywhere">30.11.2026</p>';
      document.querySelector('main').prepend(box);
    })()`);
    const report = await measureOverflow(page);
    const message = describeOverflow(report);
    expect(message).toMatch(/truncated by \d+px: <p in \[data-testid=cut\][^\n]*"Verlängerungen ≤ 90 Tage"/);
    expect(message).toMatch(/offscreen by \d+px: <span in \[data-testid=past\][^\n]*"in 85 Tagen"/);
    expect(message).toMatch(/broken over \d lines: <p in \[data-testid=broken\][^\n]*"30.11.2026"/);
    expect(message).toMatch(/the page scrolls sideways/);
    await page.evaluate(`document.getElementById('overflow-probe').remove()`);
    expect(describeOverflow(await measureOverflow(page))).toBe('');
  });

  it('scrolls the table inside its frame with the client names frozen at the left, shadowed once scrolled', async () => {
    const { page } = app;
    const frame = page.getByTestId('portfolio-frame');
    expect(await frame.getAttribute('data-narrow')).not.toBeNull();
    interface Layout {
      scrollable: boolean; frameLeft: number; frameRight: number; nameLeft: number; headLeft: number;
      nameBackground: string; frameBackground: string; renewalRight: number; shadow: number; scrolled: boolean; pageScroll: number;
    }
    const layout = () =>
      page.evaluate<Layout>(`(() => {
        const el = document.querySelector('[data-testid="portfolio-frame"]');
        const box = el.getBoundingClientRect();
        const name = el.querySelector('tbody tr[data-testid="client-row"] td');
        const head = el.querySelector('thead th');
        const renewal = el.querySelector('[data-testid="portfolio-sort-renewal"]');
        return {
          scrollable: el.scrollWidth > el.clientWidth,
          frameLeft: Math.round(box.left + el.clientLeft),
          frameRight: Math.round(box.left + el.clientLeft + el.clientWidth),
          nameLeft: Math.round(name.getBoundingClientRect().left),
          headLeft: Math.round(head.getBoundingClientRect().left),
          nameBackground: getComputedStyle(name).backgroundColor,
          frameBackground: getComputedStyle(el).backgroundColor,
          renewalRight: Math.round(renewal.getBoundingClientRect().right),
          shadow: Number(getComputedStyle(name, '::after').opacity),
          scrolled: el.hasAttribute('data-scrolled'),
          pageScroll: document.documentElement.scrollWidth - innerWidth,
        };
      })()`);
    const toEnd = `(() => { const el = document.querySelector('[data-testid="portfolio-frame"]'); el.scrollTo({ left: el.scrollWidth }); })()`;
    const before = await layout();
    expect(before.scrollable).toBe(true);
    expect(before.nameLeft).toBe(before.frameLeft);
    expect(before.scrolled).toBe(false);
    expect(before.shadow).toBe(0);
    // An opaque cell, the frame's own background: the other columns pass under it unseen.
    expect(before.nameBackground).toMatch(/^rgb\(/);
    expect(before.nameBackground).toBe(before.frameBackground);
    expect(before.pageScroll).toBe(0);

    await page.evaluate(toEnd);
    await expect.poll(async () => (await layout()).scrolled).toBe(true);
    await expect.poll(async () => (await layout()).shadow).toBe(1);
    const after = await layout();
    expect(after.nameLeft).toBe(after.frameLeft);
    expect(after.headLeft).toBe(after.frameLeft);
    expect(after.renewalRight).toBeLessThanOrEqual(after.frameRight);
    expect(after.pageScroll).toBe(0);

    // Tab from the name to the health button of the same row: it comes out from under the frozen column.
    await page.evaluate(toEnd);
    await page.getByTestId('client-row').first().locator('[data-nav="name"]').focus();
    await page.keyboard.press('Tab');
    const health = await page.evaluate<{ nav: string | null; left: number; nameRight: number }>(`(() => {
      const el = document.activeElement;
      const name = el.closest('tr').querySelector('td');
      return { nav: el.getAttribute('data-nav'), left: el.getBoundingClientRect().left, nameRight: name.getBoundingClientRect().right };
    })()`);
    expect(health.nav).toBe('health');
    expect(health.left).toBeGreaterThanOrEqual(health.nameRight - 1);
  });
});
