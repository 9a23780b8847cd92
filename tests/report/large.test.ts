// A long relationship: 2,000 events through the dispatcher, the report built and rendered. No timing
// here (tests/bench/report.bench.ts measures it); this proves the engine pages, caps and renders them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportData, renderReportPdf } from '../../src/report/index.ts';
import { HIGHLIGHT_LIMIT } from '../../src/report/highlights.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { openTestLedger, tempDir } from '../support/temp-ledger.ts';
import { DEMO_TODAY, pdfPages, pdfText, seedLargeClient } from './support.ts';

describe('a client with 2,000 events', () => {
  let dispatcher: Dispatcher;
  let done: () => Promise<void>;
  let clientId: number;
  const { dir, cleanup } = tempDir('rapport-report-large-');

  beforeAll(async () => {
    const ledger = await openTestLedger({ now: () => new Date(`${DEMO_TODAY}T10:00:00`) });
    dispatcher = ledger.dispatcher;
    done = ledger.cleanup;
    clientId = await seedLargeClient(dispatcher, { count: 2000 });
  }, 180_000);

  afterAll(async () => {
    await done?.();
    cleanup();
  });

  it('renders the whole relationship with every list capped and every table intact', async () => {
    // Every section, the internal ones too.
    const data = await buildReportData(dispatcher, { clientId, lang: 'de', today: DEMO_TODAY, from: '2000-01-01', preset: 'internal' });
    expect(data.glance.eventsTotal).toBe(2000);
    expect(data.highlights.items.length).toBe(HIGHLIGHT_LIMIT);
    expect(new Set(data.highlights.items.map((h) => h.kind)).size).toBeGreaterThan(1);
    expect(data.issues.items.length).toBeLessThanOrEqual(8);
    expect(data.issues.items.length + data.issues.more.length + data.issues.omitted).toBe(data.issues.resolved + data.issues.open);
    expect(data.appreciation.gestures.length).toBeLessThanOrEqual(14);
    expect(data.nev.months.length).toBe(24);

    const pdf = await renderReportPdf(data);
    const pages = pdfPages(pdf, dir);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(20);
    const text = pdfText(pdf, dir).replace(/\s+/g, ' ');
    expect(text).toContain('Großkunde Müller & Söhne KG');
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    expect(text).toContain('Weitere gelöste Themen im Zeitraum');
    expect(text).toContain('INTERN – NICHT FÜR DEN KUNDEN');
  });

  it('renders the default period (since the last renewal) and the default preset (for the client) in English', async () => {
    const data = await buildReportData(dispatcher, { clientId, lang: 'en', today: DEMO_TODAY });
    expect(data.period.basis).toBe('lastRenewal');
    const pdf = await renderReportPdf(data);
    expect(pdfPages(pdf, dir, 'en.pdf')).toBeGreaterThanOrEqual(4);
    const text = pdfText(pdf, dir, 'en.pdf');
    expect(text).toContain('Open points and agreements');
    expect(text).not.toContain('Talking points for the renewal');
  });
});
