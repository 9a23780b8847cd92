// Text that does not fit, measured in the page: for overflow.test.ts and for looking at the screens by hand.
// Each element with text of its own is checked twice:
//  - truncated: it (or the box that clips it: overflow hidden/clip, text-overflow ellipsis) is narrower than
//    its text (scrollWidth > clientWidth + 1, or the text's own rectangle ends past the clipping box);
//  - off screen: its text ends past the window's right edge, and no container on the way scrolls sideways;
//  - broken: a date (30.11.2026, 30 Nov 2026) or a short token with a digit in it (a number, an amount,
//    "85 T") runs over two lines.
// Plus the page itself: no horizontal scroll (document.documentElement.scrollWidth <= innerWidth).
import type { Page } from 'playwright-core';

export interface Offender {
  kind: 'truncated' | 'offscreen' | 'broken';
  tag: string;
  testid: string | null;
  className: string;
  text: string;
  /** How many pixels do not fit (broken: how many extra lines). */
  by: number;
}

export interface OverflowReport {
  offenders: Offender[];
  scrollWidth: number;
  innerWidth: number;
}

/**
 * Truncation that is meant, each with why: matched (Element.matches) against the offending element or an
 * ancestor within three levels. Truncated text listed here must carry its full text in a title attribute.
 */
export const ALLOWED_TRUNCATION: { selector: string; reason: string }[] = [];

/** The check, as page source (a function compiled by tsx would carry helpers such as __name the page lacks). */
const CHECK = `(allowed) => {
  const offenders = [];
  const vw = window.innerWidth;
  // Dates as the app writes them (de 30.11.2026, en 30 Nov 2026) and any token with a digit in it.
  const tokens = /\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2} [A-Z][a-z]{2,3}\\.? \\d{4}|[^\\s]*\\d[^\\s]*/g;
  const clips = (s) => ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
  const scrollsX = (el, s) => ['auto', 'scroll'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
  const describe = (el) => ({
    tag: el.tagName.toLowerCase(),
    testid: el.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
    className: (typeof el.className === 'string' ? el.className : '').split(/\\s+/).filter((c) => c).slice(0, 3).join(' '),
    text: (el.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 80),
  });
  const isAllowed = (el) => {
    let e = el;
    for (let i = 0; e && i < 4; i += 1, e = e.parentElement) {
      if (allowed.some((sel) => e.matches(sel)) && (el.closest('[title]')?.getAttribute('title') ?? '').length > 0) return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION'].includes(el.tagName)) continue;
    const texts = [...el.childNodes].filter((n) => n.nodeType === 3 && (n.textContent ?? '').trim().length > 0);
    if (texts.length === 0) continue;
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (screen readers only): a 1px box by design.
    if (rect.width <= 2 || rect.height <= 2) continue;
    if (el.closest('[aria-hidden="true"]')) continue;
    const range = document.createRange();
    range.setStartBefore(texts[0]);
    range.setEndAfter(texts[texts.length - 1]);
    const textRect = range.getBoundingClientRect();
    const own = getComputedStyle(el);
    // Truncated in its own box.
    if (clips(own) && el.scrollWidth > el.clientWidth + 1) {
      if (!isAllowed(el)) offenders.push({ kind: 'truncated', ...describe(el), by: el.scrollWidth - el.clientWidth });
      continue;
    }
    // Cut by a clipping ancestor, or past the window's edge without a sideways-scrolling container.
    let scrolled = false;
    let cut = null;
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (scrollsX(a, s)) { scrolled = true; break; }
      if (clips(s)) {
        const box = a.getBoundingClientRect();
        if (textRect.right > box.right + 1 || textRect.left < box.left - 1) { cut = Math.max(textRect.right - box.right, box.left - textRect.left); break; }
      }
    }
    if (cut !== null) {
      if (!isAllowed(el)) offenders.push({ kind: 'truncated', ...describe(el), by: Math.round(cut) });
      continue;
    }
    if (!scrolled && textRect.right > vw + 1) {
      offenders.push({ kind: 'offscreen', ...describe(el), by: Math.round(textRect.right - vw) });
      continue;
    }
    // A date, a number, an amount broken over two lines ("30.11.202 / 6", "30 Nov / 2026").
    for (const node of texts) {
      const value = node.textContent ?? '';
      for (const m of value.matchAll(tokens)) {
        // A long run without spaces (a file name, an address) may wrap; a date, a number, an amount may not.
        if (m[0].length > 24) continue;
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
        if (tops.size > 1) offenders.push({ kind: 'broken', ...describe(el), text: m[0], by: tops.size - 1 });
      }
    }
  }
  return { offenders, scrollWidth: document.documentElement.scrollWidth, innerWidth: vw };
}`;

export async function measureOverflow(page: Page): Promise<OverflowReport> {
  const fn = await page.evaluateHandle(CHECK);
  const result = await page.evaluate(
    ([check, allowed]) => (check as unknown as (a: string[]) => OverflowReport)(allowed),
    [fn, ALLOWED_TRUNCATION.map((a) => a.selector)] as const,
  );
  await fn.dispose();
  return result;
}

/** The report as lines for a failure message: one per element that does not fit. */
export function describeOverflow(report: OverflowReport): string {
  const lines = report.offenders.map(
    (o) => `${o.kind === 'broken' ? `broken over ${o.by + 1} lines` : `${o.kind} by ${o.by}px`}: <${o.tag}${o.testid ? ` in [data-testid=${o.testid}]` : ''}${o.className ? ` class="${o.className}"` : ''}> "${o.text}"`,
  );
  if (report.scrollWidth > report.innerWidth) lines.push(`the page scrolls sideways: ${report.scrollWidth}px in a ${report.innerWidth}px window`);
  return lines.join('\n');
}

/** The main screens with the demo agency, in order; each step leaves the screen settled. */
export const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'portfolio',
    open: async (page) => {
      await page.getByTestId('nav-portfolio').click();
      await page.getByTestId('client-row').first().waitFor();
    },
  },
  {
    name: 'clients',
    open: async (page) => {
      await page.getByTestId('nav-clients').click();
      await page.locator('h1', { hasText: /Clients|Kunden/ }).waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'client',
    open: async (page) => {
      // The first row of the portfolio: open crises come first, so the fullest client page.
      await page.getByTestId('nav-portfolio').click();
      await page.getByTestId('client-row').first().locator('[data-nav="name"]').click();
      await page.getByTestId('client-name-heading').waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  {
    name: 'mediation',
    open: async (page) => {
      await page.getByTestId('nav-mediation').click();
      await page.getByTestId('mediation-client').first().waitFor();
    },
  },
  {
    name: 'reports',
    open: async (page) => {
      // The report of the same client, from its page: the preview with every section.
      await page.getByTestId('nav-portfolio').click();
      await page.getByTestId('client-row').first().locator('[data-nav="name"]').click();
      await page.getByTestId('client-report').click();
      await page.getByTestId('preview-cover').waitFor();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('backups-section').waitFor();
    },
  },
];

/** Fonts loaded, data settled, no pointer hovering over anything. */
export async function settle(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.mouse.move((size?.width ?? 1024) - 1, (size?.height ?? 680) - 1);
  await page.waitForLoadState('networkidle');
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.waitForTimeout(300);
}
