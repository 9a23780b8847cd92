// The phrasing coach's rules are data: a kind, a pattern and an optional context. Each one can be read
// on its own and each flag names the rule that fired, so the coach is never a black box.
import type { Bilingual } from './bilingual.ts';
import type { TipKey } from './phrasing-tips.ts';

export type FlagKind = 'absolute' | 'blaming_you' | 'label' | 'demand';

export interface PhrasingRule {
  /** Stable id, shown with the flag so a surprising flag can be traced to one rule. */
  id: string;
  kind: FlagKind;
  /** Global and unicode (`gu`/`giu`); build it with `rx` so word boundaries work with umlauts. */
  pattern: RegExp;
  /** Replaces the kind's default explanation; `{m}` is the matched text. */
  explanation?: Bilingual;
  /** Appended to the kind's explanation; `{m}` is the matched text. */
  note?: Bilingual;
  /** A question leaves room for no, so some rules do not fire in a sentence ending with "?". */
  notInQuestion?: boolean;
  /** Fires only when the sentence around the match also matches (no `g` flag). */
  sentenceMust?: RegExp;
  /** What the coach advises for this rule (phrasing-texts.ts TIPS): specific to the shape that fired. */
  tip: TipKey;
  /**
   * Builds an I-statement that replaces the matched words, from the match's named groups, in the draft's
   * language; null when it cannot be built safely (a broken sentence is worse than none).
   */
  rewrite?: (ctx: RewriteContext) => string | null;
}

export interface RewriteContext {
  match: string;
  groups: Readonly<Record<string, string | undefined>>;
  /** The sentence's text before the match and after it. */
  before: string;
  after: string;
  question: boolean;
}

// JavaScript's \b knows only ASCII letters: "\bnie\b" would fire inside "Linie" next to an umlaut
// ("für" + "immer" is fine, "zuständig" is not "ständig"). These look-arounds treat every Unicode
// letter and digit as part of a word.
export const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;
export const NOT_BEFORE_LETTER = String.raw`(?![\p{L}\p{N}])`;

/** Up to `n` further words in the same clause (punctuation ends the gap). Lazy, so the shortest wins. */
export const gap = (n: number): string => String.raw`(?: [\p{L}\p{N}-]+){0,${n}}?`;

/** At a sentence start: text start, after . ! ? : ; (and closing quotes) or a line break, opening quotes allowed. */
export const SENTENCE_START = String.raw`(?<=(?:^|[.!?…:;]["“”„»«’)]*\s+|\n)["“„»«(\s]*)`;

/** Followed, later in the same sentence, by an exclamation mark: the mark of a command. */
export const ENDS_WITH_BANG = String.raw`(?=[^.!?]*!)`;

/**
 * A whole-word pattern. In `source` a space means any run of whitespace and an apostrophe means either
 * ' or ’ (so "don't" and "don’t" both match). German rules are case-sensitive on purpose ("Sie" the
 * formal you is not "sie" she/they), so capitalisation at a sentence start is spelled out as [Xx].
 */
export function rx(source: string, flags: 'gu' | 'giu'): RegExp {
  const s = source.replace(/ /g, String.raw`\s+`).replace(/'/g, '[\'’]');
  return new RegExp(`${NOT_AFTER_LETTER}(?:${s})${NOT_BEFORE_LETTER}`, flags);
}

/** `unzuverlässig` → `[Uu]nzuverlässig(?:e[nmrs]?)?`: a German adjective, any case ending, any sentence position. */
export function adjDe(stem: string): string {
  return `${capFirst(stem)}(?:e[nmrs]?)?`;
}

/** First letter in both cases, the rest as written: `immer` → `[Ii]mmer`. */
export function capFirst(word: string): string {
  const first = word.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? word : `[${upper}${first}]${word.slice(1)}`;
}
