// The pure parts of the report engine: formatters, sections, highlights, as-of logic, talking points.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/contract/events.ts';
import { defaultPeriodStart, eventsAsOf } from '../../src/report/assemble.ts';
import { hyphenate } from '../../src/report/fonts.ts';
import { selectHighlights } from '../../src/report/highlights.ts';
import { DICTIONARIES, formatter, listOf } from '../../src/report/i18n.ts';
import { DEFAULT_SECTIONS, INTERNAL_SECTIONS, normaliseSections, PRESET_SECTIONS, REPORT_SECTIONS } from '../../src/report/sections.ts';
import { inSentence } from '../../src/report/talking-points.ts';
import { clip, mapStrings, printable, REPLACEMENT } from '../../src/report/text.ts';
import { reportFileName } from '../../src/report/index.ts';

const meta = { clientId: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', body: null, emotions: [], participantIds: [] };
let nextId = 1;
const milestone = (occurredOn: string, milestoneType: 'renewal' | 'anniversary' | 'contract_change' = 'renewal'): TimelineEvent =>
  ({ ...meta, id: nextId++, kind: 'milestone', title: `M ${occurredOn}`, occurredOn, milestoneType });
const project = (occurredOn: string, value: number): TimelineEvent =>
  ({ ...meta, id: nextId++, kind: 'project', title: `P ${occurredOn}`, occurredOn, endsOn: null, outcome: null, value });
const crisis = (occurredOn: string, resolvedOn: string | null): TimelineEvent => ({
  ...meta, id: nextId++, kind: 'crisis', title: `C ${occurredOn}`, occurredOn, glaslStage: 3, rootCauses: [],
  status: resolvedOn ? 'resolved' : 'open', resolvedOn, resolution: resolvedOn ? 'talked' : null,
});
const ref = { emotionClusters: [], emotions: [] };

describe('formatters', () => {
  it('formats dates, money, numbers and days per locale', () => {
    const de = formatter('de');
    const en = formatter('en');
    expect(de.date('2026-11-22')).toBe('22.11.2026');
    expect(en.date('2026-11-22')).toBe('22 Nov 2026');
    expect(de.date('2026-03-05')).toBe('05.03.2026');
    expect(en.date('2025-09-07')).toBe('7 Sep 2025');
    expect(de.money(186000, 'EUR')).toBe('186.000\u00a0€');
    expect(en.money(186000, 'GBP')).toBe('£186,000');
    expect(de.money(5, 'XYZ')).toMatch(/5/);
    expect(de.signed(0.4)).toBe('+0,40');
    expect(en.signed(-0.25)).toBe('\u20130.25');
    expect(en.signed(0)).toBe('0.00');
    expect(de.fixed(1, 2)).toBe('1,00');
    expect(de.days(1)).toBe('1 Tag');
    expect(de.daysDat(12)).toBe('12 Tagen');
    expect(en.daysDat(12)).toBe('12 days');
    expect(de.month('2026-03')).toBe('Mär');
    expect(listOf(['a', 'b', 'c'], 'de')).toBe('a, b und c');
    expect(listOf(['a'], 'en')).toBe('a');
  });

  it('has the same keys in both dictionaries', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    expect(keys(DICTIONARIES.de)).toEqual(keys(DICTIONARIES.en));
  });
});

describe('sections', () => {
  it('keeps the canonical order, each once, and defaults to the client preset: everything but the internal sections', () => {
    expect(DEFAULT_SECTIONS).toEqual(REPORT_SECTIONS.filter((s) => !(INTERNAL_SECTIONS as readonly string[]).includes(s)));
    expect(DEFAULT_SECTIONS).toEqual(PRESET_SECTIONS.client);
    expect(normaliseSections(undefined)).toEqual([...DEFAULT_SECTIONS]);
    expect(normaliseSections([])).toEqual([...DEFAULT_SECTIONS]);
    expect(normaliseSections(undefined, 'internal')).toEqual([...REPORT_SECTIONS]);
    expect(normaliseSections(['glance'], 'internal')).toEqual(['glance']);
    expect(normaliseSections(['talkingPoints', 'cover', 'talkingPoints'])).toEqual(['cover', 'talkingPoints']);
  });
});

describe('the period and the as-of view', () => {
  it('starts at the last renewal before the day, else at the start', () => {
    const events = [milestone('2024-02-15'), milestone('2025-02-15'), milestone('2026-02-15'), milestone('2025-06-01', 'anniversary')];
    expect(defaultPeriodStart({ since: '2021-11-03' }, events, '2026-11-22')).toEqual({ from: '2026-02-15', basis: 'lastRenewal', renewalOn: '2026-02-15' });
    expect(defaultPeriodStart({ since: '2021-11-03' }, events, '2026-02-15')).toMatchObject({ from: '2025-02-15' });
    expect(defaultPeriodStart({ since: '2021-11-03' }, [], '2026-11-22')).toEqual({ from: '2021-11-03', basis: 'relationship', renewalOn: null });
  });

  it('drops later events and reopens issues resolved after the day', () => {
    const events = [crisis('2026-01-10', '2026-03-01'), crisis('2026-01-20', '2026-01-30'), crisis('2026-05-01', null)];
    const asOf = eventsAsOf(events, '2026-02-15');
    expect(asOf).toHaveLength(2);
    expect(asOf[0]).toMatchObject({ status: 'open', resolvedOn: null, resolution: null });
    expect(asOf[1]).toMatchObject({ status: 'resolved', resolvedOn: '2026-01-30' });
  });
});

describe('highlights', () => {
  it('are capped, leave room for other kinds and come out oldest first', () => {
    const events = [
      ...Array.from({ length: 20 }, (_, i) => project(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`, 1000 * (i + 1))),
      milestone('2025-06-30', 'contract_change'),
      milestone('2025-07-30', 'renewal'),
    ];
    const chosen = selectHighlights(events, ref, new Set(), 10);
    expect(chosen).toHaveLength(10);
    expect(chosen.filter((h) => h.kind === 'project')).toHaveLength(8);
    expect(chosen.filter((h) => h.kind === 'milestone')).toHaveLength(2);
    expect(chosen.map((h) => h.date)).toEqual([...chosen.map((h) => h.date)].sort());
  });
});

describe('text', () => {
  it('clips at a word boundary and leaves short text alone', () => {
    expect(clip('kurz', 10)).toBe('kurz');
    expect(clip('  ', 10)).toBeNull();
    expect(clip(null, 10)).toBeNull();
    expect(clip('eins zwei drei vier fünf sechs', 16)).toBe('eins zwei drei…');
  });

  it('keeps what the fonts can draw and marks the rest once', () => {
    const covers = (cp: number) => cp < 0x2000 || cp === 0x2013 || cp === 0x201e || cp === 0x201c;
    expect(printable('<b>Grüße</b> & „Dank“', covers)).toBe('<b>Grüße</b> & „Dank“');
    expect(printable('Danke 🎉🎉 und ❤️', covers)).toBe(`Danke ${REPLACEMENT} und ${REPLACEMENT}`);
    expect(printable('a\tb\u0007c\nd\u200de', covers)).toBe('a bc\nde');
    const data = { title: 'x🎉', nested: [{ t: 'ok' }], n: 3, none: null };
    expect(mapStrings(data, (s) => printable(s, covers))).toEqual({ title: `x${REPLACEMENT}`, nested: [{ t: 'ok' }], n: 3, none: null });
    expect(data.title).toBe('x🎉');
  });

  it('lets only overlong words break', () => {
    expect(hyphenate('Verlängerungsgespräch')).toEqual(['Verlängerungsgespräch']);
    expect(hyphenate('https://example.com/a/very/long/path/that/never/ends').length).toBeGreaterThan(1);
    expect(hyphenate('https://example.com/a/very/long/path/that/never/ends').join('')).toBe('https://example.com/a/very/long/path/that/never/ends');
  });

  it('sets motivator labels inside a sentence', () => {
    expect(inSentence('Sich wohlfühlen', 'de')).toBe('sich wohlfühlen');
    expect(inSentence('Zuversicht in die Zukunft haben', 'de')).toBe('Zuversicht in die Zukunft haben');
    expect(inSentence('Feel secure', 'en')).toBe('feel secure');
  });

  it('names the file after the client and the day', () => {
    expect(reportFileName({ lang: 'en', today: '2026-11-22', client: { name: 'Fairley & Rudd Architects' } as never })).toBe(
      'Relationship-report_Fairley-Rudd-Architects_2026-11-22.pdf',
    );
  });
});
