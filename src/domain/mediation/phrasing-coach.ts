// The phrasing coach reads a draft statement for a crisis talk and flags what will be heard as an
// accusation: absolutes, blaming you-statements, labels and demands. Every flag names its rule, points
// at the exact words (text.slice(start, end) === match), says why it lands as an accusation, gives the
// tip of its rule and, where one can be built safely, an I-statement to put in place of the words.
// Rule-based on purpose: the user can see why a flag fired and decide to keep the words.
import type { Bilingual, Locale } from './bilingual.ts';
import { RULES_DE } from './phrasing-rules.de.ts';
import { RULES_EN } from './phrasing-rules.en.ts';
import type { FlagKind, PhrasingRule } from './phrasing-rules.ts';
import { explanationFor } from './phrasing-texts.ts';
import { TIPS } from './phrasing-tips.ts';

export interface PhrasingRewrite {
  /** text.slice(start, end) is what the rewrite replaces (the flagged words). */
  start: number;
  end: number;
  /** In the draft's language, not the UI's: it is the user's sentence to the other side. */
  text: string;
}

export interface PhrasingFlag {
  kind: FlagKind;
  rule: string;
  start: number;
  end: number;
  match: string;
  /** Why these words land as an accusation, in both UI languages. */
  explanation: Bilingual;
  /** What to do about this shape of wording: the tip of the rule that fired. */
  tip: Bilingual;
  /** An I-statement for the flagged words; absent when the coach cannot build one safely. */
  rewrite?: PhrasingRewrite;
}

export const PHRASING_RULES: Readonly<Record<Locale, readonly PhrasingRule[]>> = { en: RULES_EN, de: RULES_DE };

/** Longer drafts are cut here: a statement for a talk is a few sentences, not a document. */
export const MAX_DRAFT_CHARS = 20_000;

const TERMINATORS = '.!?…';
const CLOSERS = '"”“»«’)';

/** The sentence around [start, end): from after the last terminator + space (or line break) to the next terminator. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0) {
    const prev = text.charAt(from - 1);
    if (prev === '\n') break;
    if (/\s/u.test(prev)) {
      let k = from - 2;
      while (k >= 0 && CLOSERS.includes(text.charAt(k))) k--;
      if (k >= 0 && TERMINATORS.includes(text.charAt(k))) break;
    }
    from--;
  }
  let to = end;
  while (to < text.length) {
    const c = text.charAt(to);
    if (c === '\n') break;
    if (TERMINATORS.includes(c)) {
      let k = to + 1;
      while (k < text.length && CLOSERS.includes(text.charAt(k))) k++;
      if (k >= text.length || /\s/u.test(text.charAt(k))) {
        to = k;
        break;
      }
    }
    to++;
  }
  return { from, to };
}

const isQuestion = (sentence: string): boolean => /\?["”“»«’)]*\s*$/u.test(sentence);

export function checkPhrasing(text: string, lang: Locale, rules: readonly PhrasingRule[] = PHRASING_RULES[lang]): PhrasingFlag[] {
  const draft = text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text;
  const found: PhrasingFlag[] = [];
  for (const rule of rules) {
    for (const m of draft.matchAll(rule.pattern)) {
      const match = m[0];
      if (match.length === 0) continue;
      const start = m.index;
      const end = start + match.length;
      let rewrite: PhrasingRewrite | undefined;
      if (rule.notInQuestion || rule.sentenceMust || rule.rewrite) {
        const bounds = sentenceAround(draft, start, end);
        const sentence = draft.slice(bounds.from, bounds.to);
        const question = isQuestion(sentence);
        if (rule.notInQuestion && question) continue;
        if (rule.sentenceMust && !rule.sentenceMust.test(sentence)) continue;
        const text = rule.rewrite?.({
          match,
          groups: m.groups ?? {},
          before: draft.slice(bounds.from, start),
          after: draft.slice(end, bounds.to),
          question,
        });
        if (text) rewrite = { start, end, text };
      }
      found.push({
        kind: rule.kind,
        rule: rule.id,
        start,
        end,
        match,
        explanation: explanationFor(rule.kind, match, rule.explanation, rule.note),
        tip: TIPS[rule.tip],
        ...(rewrite ? { rewrite } : {}),
      });
    }
  }
  return dedupe(found);
}

// Two rules of the same kind on overlapping words are one problem, so the longer match wins
// ("Du hast schon wieder … vergessen" is one blaming flag, not two). Different kinds on the same
// words stay: "You never listen" is an absolute and a blaming you-statement.
function dedupe(flags: PhrasingFlag[]): PhrasingFlag[] {
  const byLength = [...flags].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhrasingFlag[] = [];
  for (const f of byLength) {
    if (!kept.some((k) => k.kind === f.kind && k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
