// Every sentence the rules produce exists in English and German, with the actual numbers in it. Numbers
// are formatted here, by hand rather than `Intl`, so app, CLI and PDF print exactly the same text.
import type { Locale } from '../contract/primitives.ts';

export interface Bilingual {
  en: string;
  de: string;
}

/** A number with at most `decimals` decimals and no trailing zeros; German uses a decimal comma. */
export function num(n: number, locale: Locale, decimals = 1): string {
  const f = 10 ** decimals;
  const rounded = Math.round(n * f) / f;
  const s = String(Object.is(rounded, -0) ? 0 : rounded);
  return locale === 'de' ? s.replace('.', ',') : s;
}

/** A signed value with fixed decimals, e.g. `+0.40` / `+0,40`, `-0.25` / `-0,25`, `0.00`. */
export function signed(n: number, locale: Locale, decimals = 2): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const zero = Number(fixed) === 0;
  const s = `${zero ? '' : n > 0 ? '+' : '-'}${fixed}`;
  return locale === 'de' ? s.replace('.', ',') : s;
}

/** `1 day`, `12 days` (English). */
export const daysEn = (n: number): string => (n === 1 ? '1 day' : `${n} days`);
/** German days; `dative` after seit/vor/in: `1 Tag`, `seit 12 Tagen`, else `12 Tage`. */
export const daysDe = (n: number, dative = false): string => (n === 1 ? '1 Tag' : `${n} ${dative ? 'Tagen' : 'Tage'}`);

/**
 * A span of days as people say it: days up to a year ("166 days", exact where the thresholds people set
 * are in days), then months ("about 14 months"), then whole years ("over 7 years"): nobody reads
 * "2567 days". German `dative` after seit/vor/in.
 */
export function spanEn(n: number): string {
  if (n < 365) return daysEn(n);
  if (n < 730) return `about ${Math.round(n / 30.44)} months`;
  const years = Math.floor(n / 365);
  return `${n % 365 > 0 ? 'over ' : ''}${years} years`;
}
export function spanDe(n: number, dative = false): string {
  if (n < 365) return daysDe(n, dative);
  if (n < 730) return `etwa ${Math.round(n / 30.44)} ${dative ? 'Monaten' : 'Monate'}`;
  const years = Math.floor(n / 365);
  return `${n % 365 > 0 ? 'über ' : ''}${years} ${dative ? 'Jahren' : 'Jahre'}`;
}

/** `today`, `1 day ago`, `12 days ago` / `heute`, `vor 1 Tag`, `vor 12 Tagen`. */
export const agoEn = (n: number): string => (n === 0 ? 'today' : `${daysEn(n)} ago`);
export const agoDe = (n: number): string => (n === 0 ? 'heute' : `vor ${daysDe(n, true)}`);

/** A count and a noun with its plural: `plural(1, 'crisis', 'crises')`. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

// Invisible characters that make look-alike names: zero-width space/non-joiner/joiner, word joiner, BOM,
// soft hyphen, and the bidi marks, embeddings, overrides and isolates.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The key two names are compared by (clients at import, in the client form, the CLI's CLIENT lookup):
 * NFKC-normalised, invisible characters removed, whitespace collapsed, case-folded. "Nordlicht\u200B AG",
 * "ＮＯＲＤＬＩＣＨＴ AG" and "nordlicht ag" share one key.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFKC');
}
