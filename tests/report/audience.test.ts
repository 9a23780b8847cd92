// Who the report is for (issue #16, item 6): the client preset, the default, leaves out what is for the
// agency's eyes only (the talking points, what moves each contact, the emotions counted one by one); the
// internal preset has it all, on pages marked internal. Read back from the PDF with pdftotext, in German
// and English, for the demo agency's severest client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESET_SECTIONS, presetOf, REPORT_SECTIONS, ReportRequest } from '../../src/contract/report.ts';
import { isRapportError } from '../../src/contract/errors.ts';
import { buildReportData, createReport, dict, formatter, type ReportData } from '../../src/report/index.ts';
import { tempDir } from '../support/temp-ledger.ts';
import { clientId, DEMO_TODAY, openDemoLedger, pdfText } from './support.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Labels are set in capitals: compare without case. */
const folded = (text: string) => flat(text).toLowerCase();

interface Pair { lang: 'de' | 'en'; client: { data: ReportData; text: string }; internal: { data: ReportData; text: string } }

/** What only the internal report may say, taken from the report's own data. */
function internalContent(d: ReportData): string[] {
  const t = dict(d.lang);
  const f = formatter(d.lang);
  const motivators = d.glance.contacts.flatMap((c) => c.motivators);
  const counted = d.nev.topEmotions.map((e) => `${e.label} ${f.int(e.count)}`);
  return [
    t.sections.motivators, t.sections.emotions, t.sections.talkingPoints, t.glance.motivators, t.nev.clusters, t.nev.mostSeen,
    t.internalNote, t.internalHeader,
    ...new Set(motivators), ...counted, ...d.talkingPoints.map((p) => p.text),
  ];
}

describe('the report for the client and the internal one', () => {
  const { dir, cleanup } = tempDir('rapport-report-audience-');
  const pairs: Pair[] = [];

  beforeAll(async () => {
    for (const [lang, name] of [['de', /Nordlicht/], ['en', /Northgate/]] as const) {
      const ledger = await openDemoLedger(lang);
      try {
        const id = await clientId(ledger.dispatcher, name);
        const render = async (preset?: 'client' | 'internal') => {
          const { data, pdf } = await createReport(ledger.dispatcher, { clientId: id, lang, today: DEMO_TODAY, ...(preset ? { preset } : {}) });
          return { data, text: pdfText(pdf, dir, `${lang}-${preset ?? 'default'}.pdf`) };
        };
        const byDefault = await render();
        const client = await render('client');
        expect(byDefault.data.sections).toEqual(client.data.sections);
        pairs.push({ lang, client, internal: await render('internal') });
      } finally {
        await ledger.cleanup();
      }
    }
  }, 180_000);

  afterAll(() => cleanup());

  it('the demo client has what only the internal report may show: motivators, negative emotions counted, talking points', () => {
    for (const { internal } of pairs) {
      const d = internal.data;
      expect(d.glance.contacts.some((c) => c.motivators.length > 0)).toBe(true);
      expect(d.nev.topEmotions.some((e) => e.valence < 0)).toBe(true);
      expect(d.talkingPoints.length).toBeGreaterThan(0);
    }
  });

  it('by default, for the client: none of the internal sections’ content, no "internal" mark, the rest intact', () => {
    for (const { lang, client } of pairs) {
      const t = dict(lang);
      const text = flat(client.text);
      expect(client.data.sections).toEqual([...PRESET_SECTIONS.client]);
      for (const s of internalContent(client.data)) expect(folded(text), `${lang}: ${s}`).not.toContain(folded(s));
      expect(text).not.toMatch(lang === 'de' ? /\bintern\b/i : /\binternal\b/i);
      for (const s of PRESET_SECTIONS.client) if (s !== 'cover') expect(text, s).toContain(t.sections[s]);
      // The people are still named, only what moves them is not.
      for (const c of client.data.glance.contacts) expect(text).toContain(c.name);
    }
  });

  it('internal: every internal section with its content, each of their pages marked internal, the others not', () => {
    for (const { lang, internal } of pairs) {
      const t = dict(lang);
      const text = flat(internal.text);
      expect(internal.data.sections).toEqual([...REPORT_SECTIONS]);
      for (const s of internalContent(internal.data)) {
        expect(folded(text), `${lang}: ${s}`).toContain(folded(s));
      }
      const pages = internal.text.split('\f').filter((p) => p.trim() !== '');
      const marked = pages.map((p) => flat(p).includes(t.internalHeader.toUpperCase()));
      const first = pages.findIndex((p) => flat(p).includes(t.sections.motivators) && !folded(p).includes(t.contents.toLowerCase()));
      expect(first).toBeGreaterThan(1);
      // The internal pages come last, each under the band and with the footer saying so; none before.
      expect(marked).toEqual(pages.map((_, i) => i >= first));
      for (const p of pages.slice(first)) expect(flat(p)).toContain(t.internalHeader);
      // Beside each internal section's title, and on the cover's contents.
      for (const s of ['motivators', 'emotions', 'talkingPoints'] as const) {
        expect(text).toMatch(new RegExp(`${t.sections[s]} ${t.internalMark.toUpperCase()}`));
      }
    }
  });
});

describe('the preset in the request', () => {
  it('is client or internal, nothing else, and not together with a choice of sections', () => {
    expect(ReportRequest.safeParse({ clientId: 1, lang: 'de', preset: 'client' }).success).toBe(true);
    expect(ReportRequest.safeParse({ clientId: 1, lang: 'en', preset: 'internal' }).success).toBe(true);
    for (const preset of ['board', 'Client', '', 'all', 1, null]) {
      expect(ReportRequest.safeParse({ clientId: 1, lang: 'de', preset }).success, String(preset)).toBe(false);
    }
    expect(ReportRequest.safeParse({ clientId: 1, lang: 'de', preset: 'client', sections: ['glance'] }).success).toBe(false);
  });

  it('an unknown preset is INVALID from the engine', async () => {
    const ledger = await openDemoLedger('en');
    try {
      const id = await clientId(ledger.dispatcher, /Northgate/);
      const error = await buildReportData(ledger.dispatcher, { clientId: id, lang: 'en', preset: 'board' as never }).catch((e: unknown) => e);
      expect(isRapportError(error) && error.code).toBe('INVALID');
      const channel = await ledger.dispatcher.call('report:preview', { clientId: id, lang: 'en', preset: 'board' as never });
      expect(channel.ok ? 'ok' : channel.error.code).toBe('INVALID');
    } finally {
      await ledger.cleanup();
    }
  }, 60_000);

  it('tells a choice of sections by the preset it amounts to, else custom', () => {
    expect(presetOf(PRESET_SECTIONS.client)).toBe('client');
    expect(presetOf([...REPORT_SECTIONS].reverse())).toBe('internal');
    expect(presetOf(['glance'])).toBe('custom');
    expect(presetOf(PRESET_SECTIONS.client.filter((s) => s !== 'cover'))).toBe('custom');
    expect(presetOf([...PRESET_SECTIONS.client, 'talkingPoints'])).toBe('custom');
  });
});
