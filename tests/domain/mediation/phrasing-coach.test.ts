import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS, PHRASING_RULES, checkPhrasing } from '../../../src/domain/mediation/phrasing-coach.ts';
import type { PhrasingFlag } from '../../../src/domain/mediation/phrasing-coach.ts';
import type { FlagKind } from '../../../src/domain/mediation/phrasing-rules.ts';
import { TIPS } from '../../../src/domain/mediation/phrasing-tips.ts';
import { CORPUS_DE, CORPUS_EN } from './phrasing-corpus.ts';
import type { CorpusEntry } from './phrasing-corpus.ts';

const CORPUS: readonly CorpusEntry[] = [...CORPUS_EN, ...CORPUS_DE];
const kindsOf = (e: CorpusEntry): FlagKind[] => [...new Set(checkPhrasing(e.text, e.lang).map((f) => f.kind))].sort();

describe('the corpus', () => {
  it('has at least 40 sentences per language, accusing and clean', () => {
    for (const corpus of [CORPUS_EN, CORPUS_DE]) {
      expect(corpus.length).toBeGreaterThanOrEqual(40);
      expect(corpus.filter((e) => e.expect.length > 0).length).toBeGreaterThanOrEqual(25);
      expect(corpus.filter((e) => e.clean).length).toBeGreaterThanOrEqual(10);
    }
    const all = CORPUS.flatMap((e) => e.expect);
    for (const kind of ['absolute', 'blaming_you', 'label', 'demand'] as const) {
      expect(CORPUS_EN.filter((e) => e.expect.includes(kind)).length, `en ${kind}`).toBeGreaterThanOrEqual(5);
      expect(CORPUS_DE.filter((e) => e.expect.includes(kind)).length, `de ${kind}`).toBeGreaterThanOrEqual(5);
      expect(all).toContain(kind);
    }
  });

  it('has real-world blaming you-statements with their rewrites, and fair sentences of the same shapes (issue #16, item 7)', () => {
    for (const corpus of [CORPUS_EN, CORPUS_DE]) {
      expect(corpus.length).toBeGreaterThanOrEqual(110);
      expect(corpus.filter((e) => e.expect.includes('blaming_you')).length).toBeGreaterThanOrEqual(50);
      expect(corpus.filter((e) => typeof e.rewrite === 'string').length).toBeGreaterThanOrEqual(25);
      expect(corpus.filter((e) => e.rewrite === null).length).toBeGreaterThanOrEqual(4);
      expect(corpus.filter((e) => !e.expect.includes('blaming_you')).length).toBeGreaterThanOrEqual(45);
    }
    expect(CORPUS_DE.map((e) => e.text)).toContain('Sie haben uns nie rechtzeitig informiert.');
  });

  it('has no duplicate sentences', () => {
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });
});

describe.each([
  ['English', CORPUS_EN],
  ['German', CORPUS_DE],
])('%s corpus: exactly the expected flag kinds', (_name, corpus) => {
  it.each(corpus.map((e) => [e.text, e] as const))('%s', (_text, e) => {
    expect(kindsOf(e)).toEqual([...e.expect].sort());
  });
});

describe('clean I-statements', () => {
  it.each(CORPUS.filter((e) => e.clean).map((e) => [e.lang, e.text] as const))('[%s] no flag: %s', (lang, text) => {
    expect(checkPhrasing(text, lang)).toEqual([]);
  });

  it('the example from the issue, completed, has no flag', () => {
    const text = 'Ich habe bemerkt, dass der Bericht zwei Tage später kam, und ich war beunruhigt, weil mir Planbarkeit wichtig ist. Wären Sie bereit, mir bis Mittwoch Bescheid zu geben?';
    expect(checkPhrasing(text, 'de')).toEqual([]);
  });
});

describe('every flag', () => {
  const flagged = CORPUS.flatMap((e) => checkPhrasing(e.text, e.lang).map((f) => ({ e, f })));

  it('points at its words: text.slice(start, end) === match', () => {
    expect(flagged.length).toBeGreaterThan(80);
    for (const { e, f } of flagged) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(e.text.length);
      expect(e.text.slice(f.start, f.end)).toBe(f.match);
    }
  });

  it('says why in English and German, and gives its rule’s tip', () => {
    for (const { f } of flagged) {
      expect(f.explanation.en.length).toBeGreaterThan(40);
      expect(f.explanation.de.length).toBeGreaterThan(40);
      expect(f.tip.en.length).toBeGreaterThan(40);
      expect(f.tip.de.length).toBeGreaterThan(40);
      const rule = PHRASING_RULES.en.concat(PHRASING_RULES.de).find((r) => r.id === f.rule);
      expect(f.tip).toBe(TIPS[rule?.tip as keyof typeof TIPS]);
      expect(f.explanation.en).not.toContain('{m}');
      expect(f.explanation.de).not.toContain('{m}');
      if (f.kind === 'blaming_you') {
        // The words are marked in the draft; the reason does not echo the sentence back.
        expect(f.explanation.en).not.toContain(f.match);
        expect(f.explanation.de).not.toContain(f.match);
      } else {
        expect(f.explanation.en).toContain(`“${f.match}”`);
        expect(f.explanation.de).toContain(`„${f.match}“`);
      }
    }
  });

  it('offers a rewrite only for the flagged words, never a thank-you, and the rewrite reads clean', () => {
    const rewritten = flagged.filter(({ f }) => f.rewrite);
    expect(rewritten.length).toBeGreaterThanOrEqual(50);
    for (const { e, f } of rewritten) {
      const r = f.rewrite as NonNullable<PhrasingFlag['rewrite']>;
      expect(f.kind).toBe('blaming_you');
      expect([r.start, r.end]).toEqual([f.start, f.end]);
      expect(r.text).toMatch(e.lang === 'de' ? /^(?:Ich|ich) hätte mir gewünscht, / : /^I (?:was|would) /);
      expect(r.text).not.toMatch(/\s{2}|\s[.,]|^\s|\s$|danke|thank/iu);
      const after = e.text.slice(0, r.start) + r.text + e.text.slice(r.end);
      expect(checkPhrasing(after, e.lang).filter((g) => g.kind === 'blaming_you'), after).toEqual([]);
    }
  });

  it('names a rule of its own language and kind', () => {
    for (const { e, f } of flagged) {
      const rule = PHRASING_RULES[e.lang].find((r) => r.id === f.rule);
      expect(rule?.kind).toBe(f.kind);
    }
  });

  it('comes in reading order', () => {
    for (const e of CORPUS) {
      const starts = checkPhrasing(e.text, e.lang).map((f) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('blaming you-statements (issue #16, item 7)', () => {
  it('hears the tester’s sentence: the blaming you-statement with its span, and the absolute inside it', () => {
    const text = 'Sie haben uns nie rechtzeitig informiert.';
    const flags = checkPhrasing(text, 'de');
    expect(flags.map((f) => [f.kind, f.rule, f.match])).toEqual([
      ['blaming_you', 'de.blame.never_done', 'Sie haben uns nie rechtzeitig informiert'],
      ['absolute', 'de.absolute.nie', 'nie'],
    ]);
    const blame = flags[0] as PhrasingFlag;
    expect([blame.start, blame.end]).toEqual([0, text.length - 1]);
    expect(blame.rewrite).toEqual({ start: 0, end: text.length - 1, text: 'Ich hätte mir gewünscht, rechtzeitig informiert zu werden' });
    expect(flags[1]?.rewrite).toBeUndefined();
  });

  it.each([...CORPUS_EN, ...CORPUS_DE].filter((e) => e.rewrite !== undefined).map((e) => [e.lang, e.text, e] as const))(
    '[%s] rewrite of: %s',
    (_lang, _text, e) => {
      const blame = checkPhrasing(e.text, e.lang).filter((f) => f.kind === 'blaming_you');
      if (e.rewrite === null) {
        expect(blame.every((f) => !f.rewrite)).toBe(true);
        return;
      }
      const withRewrite = blame.filter((f) => f.rewrite);
      expect(withRewrite).toHaveLength(1);
      const r = (withRewrite[0] as PhrasingFlag).rewrite as NonNullable<PhrasingFlag['rewrite']>;
      expect(e.text.slice(0, r.start) + r.text + e.text.slice(r.end)).toBe(e.rewrite);
    },
  );

  it('follows the draft’s own register in a German rewrite', () => {
    const text = (t: string) => checkPhrasing(t, 'de').find((f) => f.rewrite)?.rewrite?.text;
    expect(text('Du hast das Briefing nicht gelesen.')).toBe('Ich hätte mir gewünscht, dass du das Briefing gelesen hättest');
    expect(text('Sie haben das Briefing nicht gelesen.')).toBe('Ich hätte mir gewünscht, dass Sie das Briefing gelesen hätten');
    expect(text('Ihr habt das Briefing nicht gelesen.')).toBe('Ich hätte mir gewünscht, dass ihr das Briefing gelesen hättet');
    expect(text('Ihr Team hat das Briefing nicht gelesen.')).toBe('Ich hätte mir gewünscht, dass Ihr Team das Briefing gelesen hätte');
  });

  it('varies its tips: each shape of blame has advice of its own', () => {
    for (const corpus of [CORPUS_EN, CORPUS_DE]) {
      const flags = corpus.flatMap((e) => checkPhrasing(e.text, e.lang));
      const blameTips = new Set(flags.filter((f) => f.kind === 'blaming_you').map((f) => f.tip.en));
      expect(blameTips.size).toBeGreaterThanOrEqual(8);
      expect(new Set(flags.map((f) => f.tip.en)).size).toBeGreaterThanOrEqual(20);
    }
    const tips = Object.values(TIPS).map((t) => t.en);
    expect(new Set(tips).size).toBe(tips.length);
  });

  it('gives no rewrite in a question or when the clause goes on with the same subject', () => {
    for (const [text, lang] of [
      ['Haben Sie uns nicht informiert, weil Sie keine Zeit hatten?', 'de'],
      ['Sie haben uns nie informiert?', 'de'],
      ['You didn’t send the draft?', 'en'],
      ['You ignored the brief and billed us anyway.', 'en'],
    ] as const) {
      expect(checkPhrasing(text, lang).filter((f) => f.rewrite), text).toEqual([]);
    }
  });
});

describe('the rules', () => {
  it('are global, unicode-aware patterns with unique ids', () => {
    for (const rules of Object.values(PHRASING_RULES)) {
      for (const r of rules) {
        expect(r.pattern.flags).toContain('g');
        expect(r.pattern.flags).toContain('u');
        expect(r.sentenceMust?.flags ?? '').not.toContain('g');
      }
    }
    const ids = Object.values(PHRASING_RULES).flatMap((rules) => rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each fire on at least one corpus sentence (no untested rule)', () => {
    for (const lang of ['en', 'de'] as const) {
      const fired = new Set(CORPUS.filter((e) => e.lang === lang).flatMap((e) => checkPhrasing(e.text, lang).map((f) => f.rule)));
      const silent = PHRASING_RULES[lang].map((r) => r.id).filter((id) => !fired.has(id));
      expect(silent, `${lang} rules without a corpus example`).toEqual([]);
    }
  });
});

describe('German specifics', () => {
  it('reads "Sie" in mid-sentence as the formal you and "sie" as she/they', () => {
    expect(checkPhrasing('Gestern haben Sie die Frist verpasst.', 'de').map((f) => f.kind)).toEqual(['blaming_you']);
    expect(checkPhrasing('Gestern haben sie die Frist verpasst.', 'de')).toEqual([]);
    expect(checkPhrasing('Ich glaube, dass sie müssen.', 'de')).toEqual([]);
  });

  it('at a sentence start, reads "Sie" as you only with a plural verb', () => {
    expect(checkPhrasing('Sie haben die Frist verpasst.', 'de')).toHaveLength(1);
    expect(checkPhrasing('Sie hat die Frist verpasst.', 'de')).toEqual([]);
    expect(checkPhrasing('Sie ist schon wieder zu spät.', 'de')).toEqual([]);
    expect(checkPhrasing('Sie sind schon wieder zu spät.', 'de').map((f) => f.kind)).toEqual(['blaming_you']);
  });

  it('"ihr" is you (plural) only with a second-person verb, never "her"', () => {
    expect(checkPhrasing('Ihr habt die Frist verpasst.', 'de').map((f) => f.kind)).toEqual(['blaming_you']);
    expect(checkPhrasing('Ich habe ihr Team gefragt, und ihr Bericht kam schon wieder spät an.', 'de')).toEqual([]);
  });

  it('uses Unicode word boundaries, so umlauts do not break or fake a word', () => {
    expect(checkPhrasing('Das ist vollständig, zuständig und selbständig.', 'de')).toEqual([]);
    expect(checkPhrasing('Ständige Änderungen.', 'de').map((f) => f.match)).toEqual(['Ständige']);
    expect(checkPhrasing('Die Übergabe war unzuverlässig.', 'de').map((f) => f.match)).toEqual(['unzuverlässig']);
    expect(checkPhrasing('Das Genie an der Linie, nieselig.', 'de')).toEqual([]);
  });

  it('merges overlapping flags of one kind, keeps different kinds on the same words', () => {
    const flags = checkPhrasing('Du hast schon wieder die Präsentation vergessen.', 'de');
    expect(flags.map((f) => [f.kind, f.match])).toEqual([['blaming_you', 'Du hast schon wieder die Präsentation vergessen']]);
    const both = checkPhrasing('Sie hören mir nie zu.', 'de');
    expect(both.map((f) => f.kind).sort()).toEqual(['absolute', 'blaming_you']);
  });
});

describe('robustness', () => {
  it('returns nothing for empty or blank text', () => {
    expect(checkPhrasing('', 'en')).toEqual([]);
    expect(checkPhrasing('   \n ', 'de')).toEqual([]);
  });

  it('finds every occurrence, with offsets, across sentences and lines', () => {
    const text = 'Sie liefern nie pünktlich.\nUnd Sie antworten nie.';
    const flags = checkPhrasing(text, 'de').filter((f) => f.kind === 'absolute');
    expect(flags.map((f) => f.start)).toEqual([text.indexOf('nie'), text.lastIndexOf('nie')]);
  });

  it('stays fast on a long draft and reads at most MAX_DRAFT_CHARS', () => {
    const long = 'Sie haben uns die Unterlagen gestern leider nicht rechtzeitig geschickt und '.repeat(600);
    const t0 = performance.now();
    const flags = checkPhrasing(long, 'de');
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(flags.every((f) => f.end <= MAX_DRAFT_CHARS)).toBe(true);
  });
});
