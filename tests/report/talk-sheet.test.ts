// The mediation talk sheet, end to end: the demo agency in a real encrypted ledger, a prep for the open
// Nordlicht / Northgate crisis filled through the contract, exported through `mediation:exportTalkSheet`
// to a real file, and read back with poppler (pdftotext, pdfinfo).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talkSheetFileName } from '../../src/report/talk-sheet/index.ts';
import { buildDemoAgency } from '../../src/services/demo/index.ts';
import { expectOk, openTestLedger } from '../support/temp-ledger.ts';
import { DEMO_TODAY, pdfPages, pdfText } from './support.ts';
import { fillNordlichtPrep, MARKUP, nordlichtCrisis } from './talk-sheet-support.ts';

/** pdftotext output with every run of whitespace made one space, so wrapped lines read as one text. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const HEADINGS = {
  de: ['Gesprächsleitfaden', 'Diagnose und Empfehlung', 'Die drei Gespräche', 'Interessen und BATNA', 'Was wir sagen', 'Fragen, die wir stellen', 'Angestrebte Vereinbarungen'],
  en: ['Talk sheet', 'Diagnosis and recommendation', 'The three conversations', 'Interests and BATNA', 'What we will say', 'Questions to ask', 'Agreements sought'],
} as const;

type Lang = 'de' | 'en';

async function openDemo(lang: Lang) {
  const now = new Date(2026, 10, 22, 10, 0);
  // Where the save target points; null answers "cancelled", like a closed dialog.
  const target: { path: string | null; asked: string[] } = { path: null, asked: [] };
  const ledger = await openTestLedger({
    now: () => now,
    saveTarget: async (name) => {
      target.asked.push(name);
      return target.path;
    },
  });
  await buildDemoAgency(ledger.dispatcher, { lang, today: now });
  return { ...ledger, target };
}

const ledgers: Partial<Record<Lang, Awaited<ReturnType<typeof openDemo>>>> = {};
const sheets: Partial<Record<Lang, { prepId: number; text: string; pages: number; fileName: string }>> = {};

beforeAll(async () => {
  for (const lang of ['de', 'en'] as const) {
    const l = await openDemo(lang);
    ledgers[lang] = l;
    const prepId = await fillNordlichtPrep(l.dispatcher, lang);
    l.target.path = join(l.dir, `sheet-${lang}.pdf`);
    const result = expectOk(await l.dispatcher.call('mediation:exportTalkSheet', { prepId, lang, today: DEMO_TODAY }));
    expect(result.saved).toBe(true);
    const pdf = readFileSync(l.target.path);
    expect(result.bytes).toBe(pdf.length);
    sheets[lang] = { prepId, text: pdfText(pdf, l.dir, `read-${lang}.pdf`), pages: pdfPages(pdf, l.dir, `read-${lang}.pdf`), fileName: result.fileName };
    expect(result.pages).toBe(sheets[lang].pages);
  }
}, 180_000);

afterAll(async () => {
  for (const l of Object.values(ledgers)) await l?.cleanup();
});

const sheet = (lang: Lang) => {
  const s = sheets[lang];
  if (!s) throw new Error(`no ${lang} sheet`);
  return s;
};
const ledger = (lang: Lang) => {
  const l = ledgers[lang];
  if (!l) throw new Error(`no ${lang} ledger`);
  return l;
};

describe.each(['de', 'en'] as const)('the talk sheet in %s', (lang) => {
  it('fits on one or two A4 pages and has every section', () => {
    const { text, pages } = sheet(lang);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // The title and the small labels are set in capitals.
    for (const heading of HEADINGS[lang]) expect(flat(text).toUpperCase()).toContain(heading.toUpperCase());
    expect(flat(text)).toContain(lang === 'de' ? `Seite ${pages} von ${pages}` : `Page ${pages} of ${pages}`);
  });

  it('names the client, the crisis, the day of the talk and who sits at the table', () => {
    const t = flat(sheet(lang).text);
    if (lang === 'de') {
      expect(t).toContain('Nordlicht Versicherung AG');
      expect(t).toContain('Drohung mit Kündigung und Rechtsabteilung');
      expect(t).toContain('30.11.2026');
      expect(t).toContain('Dr. Anna Groß, Mediatorin (IHK)');
    } else {
      expect(t).toContain('Northgate Mutual Insurance');
      expect(t).toContain('Threat of notice and legal action');
      expect(t).toContain('30 Nov 2026');
      expect(t).toContain('Dr Anna Gross, mediator (CEDR)');
    }
  });

  it('gives the diagnosed Glasl stage with its name and the recommendation from the domain', () => {
    const t = flat(sheet(lang).text);
    expect(t).toContain(lang === 'de' ? 'Glasl-Stufe 6: Drohstrategien' : 'Glasl stage 6: Threat strategies');
    expect(t).toContain(lang === 'de' ? 'Empfehlung: Eine neutrale Mediation.' : 'Recommended: A neutral mediator.');
    expect(t).toContain(lang === 'de' ? 'eine neutrale Mediation schafft wieder einen sicheren Rahmen' : 'a neutral mediator restores a safe frame');
  });

  it('sets the prepared words as written: statements in one go, questions, interests, BATNA, what we seek', () => {
    const t = flat(sheet(lang).text);
    const de = lang === 'de';
    expect(t).toContain(de
      ? 'Als die zweite Fassung zwei Tage nach dem vereinbarten Termin kam, war ich besorgt, weil wir gemeinsam planen können müssen.'
      : 'When the second draft arrived two days after the agreed date, I was worried, because we need to be able to plan together.');
    expect(t).toContain(de ? 'Wer im Vorstand muss überzeugt werden – und wovon?' : 'Who on the board needs convincing – and of what?');
    expect(t).toContain(de ? 'Ausschreibung, mindestens sechs Monate Übergang.' : 'A tender, at least six months of transition.');
    expect(t).toContain(de ? 'Zusammenarbeiten (beabsichtigt)' : 'Collaborating (intended)');
    expect(t).toContain(de ? 'Ein Termin für den nächsten Lenkungskreis' : 'A date for the next steering meeting');
    expect(t).toContain(de ? 'verärgert' : 'irritated');
  });

  it('prints markup in a statement literally', () => {
    expect(flat(sheet(lang).text)).toContain(MARKUP);
  });

  it('suggests a file name in the sheet’s language, dated the day of the talk', () => {
    expect(sheet(lang).fileName).toBe(lang === 'de'
      ? 'Gespraechsleitfaden_Nordlicht-Versicherung-AG_2026-11-30.pdf'
      : 'Talk-sheet_Northgate-Mutual-Insurance_2026-11-30.pdf');
  });
});

describe('the talk sheet', () => {
  it('keeps German umlauts and ß', () => {
    const t = flat(sheet('de').text);
    for (const word of ['Gespräche', 'Gefühle', 'Förde', 'Groß', 'Weiß', 'Übergang', 'überzeugt']) expect(t).toContain(word);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const l = ledger('en');
    l.target.path = null;
    const before = l.target.asked.length;
    const result = expectOk(await l.dispatcher.call('mediation:exportTalkSheet', { prepId: sheet('en').prepId, lang: 'en' }));
    expect(result).toMatchObject({ saved: false, fileName: sheet('en').fileName });
    expect(result.pages).toBeGreaterThan(0);
    expect(l.target.asked.slice(before)).toEqual([sheet('en').fileName]);
    expect(existsSync(join(l.dir, 'Talk-sheet_Northgate-Mutual-Insurance_2026-11-30.pdf'))).toBe(false);
  });

  it('shows a barely started prep as "not prepared", with the stage recorded on the crisis', async () => {
    const l = ledger('de');
    const { clientId } = await nordlichtCrisis(l.dispatcher);
    const older = expectOk(await l.dispatcher.call('events:list', { clientId, kinds: ['crisis'] })).items.find((e) => e.kind === 'crisis' && e.status === 'resolved');
    if (!older) throw new Error('the demo has no resolved Nordlicht crisis');
    const prep = expectOk(await l.dispatcher.call('mediation:create', { eventId: older.id }));
    l.target.path = join(l.dir, 'empty.pdf');
    const result = expectOk(await l.dispatcher.call('mediation:exportTalkSheet', { prepId: prep.id, lang: 'de', today: DEMO_TODAY }));
    expect(result.pages).toBe(1);
    const t = flat(pdfText(readFileSync(l.target.path), l.dir, 'empty-read.pdf'));
    // Everything but the diagnosis, which falls back to the stage recorded on the crisis.
    expect(t.match(/Nicht vorbereitet\./g)?.length).toBe(5);
    expect(t).toContain('wie an der Krise erfasst');
    expect(t).toContain('noch offen');
    // A date-less prep's file is dated the day it was made.
    expect(result.fileName).toBe('Gespraechsleitfaden_Nordlicht-Versicherung-AG_2026-11-22.pdf');
  });

  it('lists what was agreed once the talk was held', async () => {
    const l = ledger('en');
    expectOk(await l.dispatcher.call('mediation:complete', {
      id: sheet('en').prepId, talkOn: '2026-11-22', talkTitle: 'Talk with the board',
      agreements: [{ what: 'Send the revised media plan', who: 'Priya Natarajan', byWhen: '2026-12-02' }],
    }));
    l.target.path = join(l.dir, 'held.pdf');
    expectOk(await l.dispatcher.call('mediation:exportTalkSheet', { prepId: sheet('en').prepId, lang: 'en', today: DEMO_TODAY }));
    const t = flat(pdfText(readFileSync(l.target.path), l.dir, 'held-read.pdf'));
    expect(t).toContain('AGREED IN THE TALK');
    expect(t).toContain('Send the revised media plan · Priya Natarajan · by 2 Dec 2026');
    expect(t).toContain('Talk held');
  });

  it('answers NOT_FOUND for an unknown prep and INVALID for a bad request', async () => {
    const d = ledger('en').dispatcher;
    const missing = await d.call('mediation:exportTalkSheet', { prepId: 999_999, lang: 'en' });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
    const bad = await d.dispatch('mediation:exportTalkSheet', { prepId: sheet('en').prepId, lang: 'fr' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('INVALID');
    const path = await d.dispatch('mediation:exportTalkSheet', { prepId: sheet('en').prepId, lang: 'en', path: '/tmp/evil.pdf' });
    expect(path.ok ? 'ok' : path.error.code).toBe('INVALID');
  });

  it('makes a file name that is safe on every file system', () => {
    expect(talkSheetFileName({ lang: 'de', today: '2026-11-22', client: { name: 'Müller & Söhne / Straße: AG?' }, talk: { date: null } as never }))
      .toBe('Gespraechsleitfaden_Muller-Sohne-Strasse-AG_2026-11-22.pdf');
    expect(talkSheetFileName({ lang: 'en', today: '2026-11-22', client: { name: '///' }, talk: { date: '2026-12-01' } as never }))
      .toBe('Talk-sheet_client_2026-12-01.pdf');
  });
});
