// File names the save dialog suggests: ASCII-safe, dated, so several exports sit side by side.
import { todayIso } from '../../domain/dates.ts';

/** A name part from ledger text: accents folded, everything else that is not a letter or digit a dash. */
export const slug = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);

export const exportFileName = (what: string, now: Date, ext: 'json' | 'csv' | 'ics', part?: string): string =>
  `rapport-${what}${part ? `-${slug(part) || 'client'}` : ''}-${todayIso(now)}.${ext}`;
