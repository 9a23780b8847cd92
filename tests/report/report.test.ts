// The renewal report, end to end: the demo agency in a real encrypted ledger, the report built through
// the dispatcher, rendered to PDF, and read back with poppler (pdftotext, pdfinfo).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/contract/events.ts';
import { isRapportError } from '../../src/contract/errors.ts';
import {
  buildReportData, createReport, fetchAllEvents, formatter, renderReportPdf, reportFileName, type ReportData,
} from '../../src/report/index.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { tempDir } from '../support/temp-ledger.ts';
import { clientId, DEMO_TODAY, openDemoLedger, pdfPages, pdfText } from './support.ts';

/** pdftotext output with every run of whitespace made one space, so wrapped lines read as one text. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const HEADINGS = {
  de: [
    'Die Beziehung auf einen Blick', 'Beziehungsgesundheit', 'Emotionaler Nettowert', 'Höhepunkte der Zusammenarbeit',
    'Krisen und Missverständnisse', 'Gezeigte Wertschätzung', 'Offene Punkte und Vereinbarungen', 'Was die Ansprechpartner bewegt',
    'Emotionen im Einzelnen', 'Gesprächspunkte für die Verlängerung',
  ],
  en: [
    'The relationship at a glance', 'Relationship health', 'Net emotional value', 'Highlights of our work together',
    'Crises and misunderstandings', 'Appreciation shown', 'Open points and agreements', 'What moves the contacts', 'Emotions in detail',
    'Talking points for the renewal',
  ],
} as const;

const MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script>';

interface Rendered {
  dispatcher: Dispatcher;
  cleanup: () => Promise<void>;
  id: number;
  events: TimelineEvent[];
  data: ReportData;
  pdf: Buffer;
  text: string;
  pages: number;
}

async function renderDemo(lang: 'de' | 'en', name: RegExp, dir: string): Promise<Rendered> {
  const ledger = await openDemoLedger(lang);
  const id = await clientId(ledger.dispatcher, name);
  const events = await fetchAllEvents(ledger.dispatcher, { clientId: id });
  const client = await ledger.dispatcher.call('clients:get', { id });
  if (!client.ok) throw new Error(client.error.code);
  // The whole relationship, so the long-resolved crises are in the period; every section (the internal
  // preset), so every heading is there.
  const { data, pdf } = await createReport(ledger.dispatcher, { clientId: id, lang, today: DEMO_TODAY, from: client.value.since, preset: 'internal' });
  return {
    dispatcher: ledger.dispatcher, cleanup: ledger.cleanup, id, events, data, pdf,
    text: pdfText(pdf, dir, `${lang}.pdf`), pages: pdfPages(pdf, dir, `${lang}.pdf`),
  };
}

const resolvedCrisis = (events: TimelineEvent[]) => {
  const crisis = events.find((e): e is Extract<TimelineEvent, { kind: 'crisis' }> => e.kind === 'crisis' && e.status === 'resolved');
  if (!crisis || !crisis.resolution) throw new Error('the demo client has no resolved crisis');
  return { title: crisis.title, resolution: crisis.resolution };
};

describe('the renewal report from the demo agency', () => {
  const { dir, cleanup } = tempDir('rapport-report-');
  let de: Rendered;
  let en: Rendered;

  beforeAll(async () => {
    // German first, then English in the same process: the second document must keep every glyph
    // (regression: fontkit's glyph cache used to drop characters in later documents).
    de = await renderDemo('de', /Nordlicht/, dir);
    en = await renderDemo('en', /Northgate/, dir);
  }, 120_000);

  afterAll(async () => {
    await de?.cleanup();
    await en?.cleanup();
    cleanup();
  });

  it('is a PDF of a sane length with "page X of N" on every content page', () => {
    for (const [r, word, of] of [[de, 'Seite', 'von'], [en, 'Page', 'of']] as const) {
      expect(r.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(r.pages).toBeGreaterThanOrEqual(5);
      expect(r.pages).toBeLessThanOrEqual(14);
      const numbers = [...r.text.matchAll(new RegExp(`${word} (\\d+) ${of} (\\d+)`, 'g'))].map((m) => [Number(m[1]), Number(m[2])]);
      // Every page after the cover carries its number and the right total.
      expect(numbers.map(([n]) => n)).toEqual(Array.from({ length: r.pages - 1 }, (_, i) => i + 2));
      for (const [, total] of numbers) expect(total).toBe(r.pages);
    }
  });

  it('names the client and the agency, and has every section heading in its language', () => {
    for (const [r, lang] of [[de, 'de'], [en, 'en']] as const) {
      const text = flat(r.text);
      expect(text).toContain(r.data.client.name);
      expect(text).toContain(r.data.agencyName as string);
      for (const heading of HEADINGS[lang]) expect(text, heading).toContain(heading);
      for (const heading of HEADINGS[lang === 'de' ? 'en' : 'de']) expect(text, heading).not.toContain(heading);
    }
    // The running header sets the report's title in small capitals.
    expect(flat(de.text)).toContain('BEZIEHUNGSBERICHT');
    expect(flat(en.text)).toContain('RELATIONSHIP REPORT');
  });

  it('tells a resolved crisis with its resolution and how fast it was resolved', () => {
    for (const [r, after] of [[de, 'gelöst nach'], [en, 'resolved after']] as const) {
      const crisis = resolvedCrisis(r.events);
      const text = flat(r.text);
      expect(text).toContain(crisis.title);
      expect(text).toContain(flat(crisis.resolution));
      expect(text).toMatch(new RegExp(`${after} \\d+ (Tagen|days)`));
    }
  });

  it('keeps umlauts and ß intact, and dates in the locale’s form', () => {
    const text = flat(de.text);
    for (const word of ['Höhepunkte', 'Missverständnisse', 'Gesprächspunkte für die Verlängerung', 'Gezeigte Wertschätzung']) {
      expect(text).toContain(word);
    }
    // The demo's own German text (a bouquet, „Blumenstrauß“, among the highlights) carries the ß.
    for (const ch of ['ä', 'ö', 'ü', 'ß', 'Ä', '„', '“']) expect(text, ch).toContain(ch);
    expect(text).toContain(`Erstellt am ${formatter('de').date(DEMO_TODAY)}`);
    expect(formatter('de').date(DEMO_TODAY)).toBe('22.11.2026');
    expect(flat(en.text)).toContain('Prepared on 22 Nov 2026');
  });

  it('keeps every character in a document rendered after another one', () => {
    // The English talking point quotes the open crisis in curly quotes; the closing quote was the glyph
    // that went missing when the German document had been rendered first.
    const crisis = en.data.openPoints.issues.find((i) => i.kind === 'crisis');
    expect(crisis).toBeDefined();
    expect(flat(en.text)).toContain(`“${crisis?.title}” has been open for`);
    for (const point of en.data.talkingPoints) expect(flat(en.text), point.key).toContain(flat(point.text));
  });

  it('words the severe signals on the health page: the Glasl 6 crisis as the primary driver, the near renewal, the cap', () => {
    // Northgate / Nordlicht: an open crisis at Glasl 6, the renewal in 85 days with 60 days' notice; the
    // factors alone add up to more than the "in crisis" band allows.
    for (const r of [de, en]) {
      expect(r.data.health).toMatchObject({ score: 19, band: 'in_crisis' });
      expect(r.data.health.rules.map((x) => x.code)).toEqual(['openCrisisGlasl', 'renewalWithCrisis']);
      expect(r.data.health.weightedScore).toBeGreaterThan(19);
    }
    const sentences = {
      de: [
        'Was diese Gesundheit bestimmt'.toUpperCase(),
        'Hauptgrund Eine offene Krise auf Glasl-Stufe 6 (Drohstrategien) bringt die Beziehung in die Krise, unabhängig vom Durchschnitt.',
        'Außerdem Die Verlängerung ist in 85 Tagen (Kündigung noch 25 Tage möglich), und eine Krise ist offen: höchstens „gefährdet“.',
        `Die Faktoren ergeben ${de.data.health.weightedScore}; die Regel begrenzt den Wert auf 19.`,
      ],
      en: [
        'What decides this health'.toUpperCase(),
        'Primary driver An open crisis at Glasl stage 6 (Threat strategies) puts the relationship in crisis, whatever the average.',
        'Also The renewal is in 85 days (last day to give notice in 25 days) while a crisis is open: at best “at risk”.',
        `The factors add up to ${en.data.health.weightedScore}; the rule caps the score at 19.`,
      ],
    };
    for (const [r, lang] of [[de, 'de'], [en, 'en']] as const) {
      const text = flat(r.text);
      let at = -1;
      for (const sentence of sentences[lang]) {
        const i = text.indexOf(sentence);
        expect(i, sentence).toBeGreaterThan(at);
        at = i;
      }
      // The old wording, which named a factor instead of the rule, is gone.
      expect(text).not.toMatch(/set by the factor|durch den Faktor/);
    }
  });

  it('derives talking points from the data, in both languages', () => {
    const keys = de.data.talkingPoints.map((p) => p.key);
    expect(keys).toEqual(en.data.talkingPoints.map((p) => p.key));
    expect(keys).toContain('openCrisis-0');
    expect(keys).toContain('renewal');
    expect(keys).toContain('repair');
    const renewal = de.data.glance.renewal;
    expect(renewal?.noticeBy).toBeTruthy();
    const point = de.data.talkingPoints.find((p) => p.key === 'renewal')?.text ?? '';
    expect(point).toContain(formatter('de').date(renewal?.noticeBy as string));
    expect(flat(de.text)).toContain('Zur internen Vorbereitung');
    expect(flat(en.text)).toContain('For internal preparation');
  });
});

describe('report data and options', () => {
  let dispatcher: Dispatcher;
  let done: () => Promise<void>;
  let id: number;
  const { dir, cleanup } = tempDir('rapport-report-opts-');

  beforeAll(async () => {
    const ledger = await openDemoLedger('de');
    dispatcher = ledger.dispatcher;
    done = ledger.cleanup;
    id = await clientId(dispatcher, /Nordlicht/);
  }, 120_000);

  afterAll(async () => {
    await done?.();
    cleanup();
  });

  it('starts the period at the last renewal by default, else at the start of the relationship', async () => {
    const data = await buildReportData(dispatcher, { clientId: id, lang: 'de', today: DEMO_TODAY });
    const events = await fetchAllEvents(dispatcher, { clientId: id });
    const renewals = events
      .filter((e) => e.kind === 'milestone' && e.milestoneType === 'renewal' && e.occurredOn < DEMO_TODAY)
      .map((e) => e.occurredOn)
      .sort();
    expect(data.period).toMatchObject({ from: renewals.at(-1), to: DEMO_TODAY, basis: 'lastRenewal' });
    expect(data.asOf).toBe(DEMO_TODAY);

    const fresh = await dispatcher.call('clients:create', { name: 'Neukunde Süd', since: '2026-09-01' });
    if (!fresh.ok) throw new Error(fresh.error.code);
    const none = await buildReportData(dispatcher, { clientId: fresh.value.id, lang: 'en', today: DEMO_TODAY });
    expect(none.period).toMatchObject({ from: '2026-09-01', basis: 'relationship' });
    // An empty relationship still renders.
    expect(pdfPages(await renderReportPdf(none), dir, 'empty.pdf')).toBeGreaterThanOrEqual(2);
  });

  it('renders only the chosen sections, in the canonical order, with a title block when there is no cover', async () => {
    const data = await buildReportData(dispatcher, { clientId: id, lang: 'de', today: DEMO_TODAY, sections: ['talkingPoints', 'glance'] });
    expect(data.sections).toEqual(['glance', 'talkingPoints']);
    const text = flat(pdfText(await renderReportPdf(data), dir, 'subset.pdf'));
    expect(text).toContain('1 Die Beziehung auf einen Blick');
    expect(text).toContain('2 Gesprächspunkte für die Verlängerung');
    expect(text).not.toContain('Beziehungsgesundheit');
    expect(text).not.toContain('Inhalt');
    expect(text).toContain('Nordlicht Versicherung AG');
  });

  it('computes the figures as of the period’s end: an issue resolved later was still open then', async () => {
    const events = await fetchAllEvents(dispatcher, { clientId: id });
    const crisis = events.find((e): e is Extract<TimelineEvent, { kind: 'crisis' }> => e.kind === 'crisis' && e.status === 'resolved');
    if (!crisis?.resolvedOn) throw new Error('no resolved crisis');
    const data = await buildReportData(dispatcher, { clientId: id, lang: 'en', today: DEMO_TODAY, from: crisis.occurredOn, to: crisis.occurredOn });
    expect(data.asOf).toBe(crisis.occurredOn);
    const asShown = data.issues.items.find((i) => i.title === crisis.title);
    expect(asShown).toMatchObject({ status: 'open', resolution: null, days: 0 });
    expect(data.openPoints.issues.map((i) => i.title)).toContain(crisis.title);
  });

  it('fails with the dispatcher’s codes: NOT_FOUND for an unknown client, INVALID for a reversed period', async () => {
    const missing = await buildReportData(dispatcher, { clientId: 999_999, lang: 'de' }).catch((e: unknown) => e);
    expect(isRapportError(missing) && missing.code).toBe('NOT_FOUND');
    const reversed = await buildReportData(dispatcher, { clientId: id, lang: 'de', from: '2026-05-01', to: '2026-01-01' }).catch((e: unknown) => e);
    expect(isRapportError(reversed) && reversed.code).toBe('INVALID');
    const unknownSection = await buildReportData(dispatcher, { clientId: id, lang: 'de', sections: ['nope' as never] }).catch((e: unknown) => e);
    expect(isRapportError(unknownSection) && unknownSection.code).toBe('INVALID');
  });

  it('words a Glasl 3 crisis and a renewal past its notice date, and shows no rules where none holds', async () => {
    const created = await dispatcher.call('clients:create', { name: 'Kanzlei Brandt', since: '2022-01-10', renewalDate: '2026-12-22', noticeDays: 60 });
    if (!created.ok) throw new Error(created.error.code);
    const crisis = await dispatcher.call('events:create', {
      clientId: created.value.id,
      event: { kind: 'crisis', title: 'Streit um die Abrechnung', occurredOn: '2026-10-01', glaslStage: 3, status: 'open' },
    });
    expect(crisis.ok).toBe(true);
    const data = await buildReportData(dispatcher, { clientId: created.value.id, lang: 'de', today: DEMO_TODAY, from: '2022-01-10' });
    expect(data.health.rules.map((r) => r.code)).toEqual(['openCrisisGlasl', 'renewalWithCrisis']);
    expect(data.health.band).not.toMatch(/thriving|steady|cooling/);
    const text = flat(pdfText(await renderReportPdf(data), dir, 'rules.pdf'));
    expect(text).toContain('Hauptgrund Eine offene Krise auf Glasl-Stufe 3');
    expect(text).toContain('hält die Beziehung bei „gefährdet“ oder darunter, unabhängig vom Durchschnitt.');
    expect(text).toContain('Außerdem Die Verlängerung ist in 30 Tagen (die Kündigungsfrist ist verstrichen), und eine Krise ist offen: höchstens „gefährdet“.');
    const { score, weightedScore } = data.health;
    expect(text).toContain(
      weightedScore > score ? `Die Faktoren ergeben ${weightedScore}; die Regel begrenzt den Wert auf ${score}.` : `Die Faktoren allein ergeben ${score}, innerhalb des Bands, das die Regel zulässt.`,
    );

    // A resolved crisis, even at Glasl 6: no rule holds, and the page says nothing about rules.
    const calm = await dispatcher.call('clients:create', { name: 'Ruhige Werft', since: '2022-01-10' });
    if (!calm.ok) throw new Error(calm.error.code);
    const resolved = await dispatcher.call('events:create', {
      clientId: calm.value.id,
      event: { kind: 'crisis', title: 'Frühere Verstimmung', occurredOn: '2025-03-01', glaslStage: 6, status: 'resolved', resolvedOn: '2025-04-01', resolution: 'Geklärt.' },
    });
    expect(resolved.ok).toBe(true);
    const none = await buildReportData(dispatcher, { clientId: calm.value.id, lang: 'de', today: DEMO_TODAY, from: '2022-01-10' });
    expect(none.health.rules).toEqual([]);
    expect(flat(pdfText(await renderReportPdf(none), dir, 'no-rules.pdf'))).not.toContain('WAS DIESE GESUNDHEIT BESTIMMT');
  });

  it('sets ledger text as text: markup in a title appears literally', async () => {
    const created = await dispatcher.call('clients:create', { name: 'Ölmühle Weiß & Söhne', since: '2020-03-01', contractValue: 50_000, renewalDate: '2027-03-01', noticeDays: 90 });
    if (!created.ok) throw new Error(created.error.code);
    const crisis = await dispatcher.call('events:create', {
      clientId: created.value.id,
      event: {
        kind: 'crisis', title: MARKUP, body: 'Pfeil → und Minus − und Haken ✓, dazu ein Emoji 🎉.', occurredOn: '2026-03-02', glaslStage: 2, status: 'resolved', resolvedOn: '2026-03-20',
        resolution: '<b>Gespräch</b> &amp; Entschuldigung — Äußerungen geklärt, große Erleichterung.',
      },
    });
    expect(crisis.ok).toBe(true);
    const project = await dispatcher.call('events:create', {
      clientId: created.value.id,
      event: { kind: 'project', title: '{{7*7}} ${process.env.HOME} <i>Projekt</i>', occurredOn: '2026-04-01', value: 12_000 },
    });
    expect(project.ok).toBe(true);
    const data = await buildReportData(dispatcher, { clientId: created.value.id, lang: 'de', today: DEMO_TODAY, from: '2020-03-01' });
    const text = flat(pdfText(await renderReportPdf(data), dir, 'markup.pdf'));
    expect(text).toContain(MARKUP);
    expect(text).toContain('<b>Gespräch</b> &amp; Entschuldigung — Äußerungen geklärt, große Erleichterung.');
    expect(text).toContain('{{7*7}} ${process.env.HOME} <i>Projekt</i>');
    expect(text).toContain('Ölmühle Weiß & Söhne');
    // Arrows, minus and ticks come from the fallback fonts; what no font has becomes one mark.
    expect(text).toContain('Pfeil → und Minus − und Haken ✓, dazu ein Emoji �.');
    expect(reportFileName(data)).toBe('Beziehungsbericht_Olmuhle-Weiss-Sohne_2026-11-22.pdf');
  });
});
