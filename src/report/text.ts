// Ledger text as the report sets it: verbatim, only shortened where a table cell must stay a cell.
// Nothing here interprets markup; a title like `<b>x</b>` stays those eight characters.

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis; null stays null. */
export function clip(text: string | null | undefined, max: number): string | null {
  if (text == null) return null;
  const t = text.trim();
  if (t === '') return null;
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Invisible joiners, variation selectors and skin-tone modifiers: parts of emoji sequences. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, ...Array.from({ length: 16 }, (_, i) => 0xfe00 + i), 0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff]);
export const REPLACEMENT = '\ufffd';

/**
 * Text as the PDF's fonts can set it: a character none of them can draw becomes one replacement mark
 * (�) instead of garbage, tabs and other spacing become a space, invisible emoji joiners and control
 * characters go. Line breaks stay. Letters, punctuation and markup characters are untouched.
 */
export function printable(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  let replaced = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '\n') {
      out += ch;
      replaced = false;
      continue;
    }
    if (INVISIBLE.has(cp) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      if (ch === '\t' || ch === '\r') out += ' ';
      continue;
    }
    if (/\s/u.test(ch) && !covers(cp)) {
      out += ' ';
      replaced = false;
      continue;
    }
    if (covers(cp)) {
      out += ch;
      replaced = false;
    } else if (!replaced) {
      out += REPLACEMENT;
      replaced = true;
    }
  }
  return out;
}

/** Every string in a plain data object passed through `fn` (a copy; the input is left alone). */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}
