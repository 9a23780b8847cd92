// Terminal output: aligned columns that fit the terminal, dates and amounts, JSON.
import type { Lang } from './i18n.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Terminal width when stdout is a terminal; otherwise undefined (no truncation). */
  columns: number | undefined;
  /**
   * A status line that rewrites itself (progress of long work), only when stderr is a terminal: a script
   * reading stderr never sees it. `null` clears it.
   */
  status?: ((line: string | null) => void) | undefined;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** May be shortened (with …) when the table is wider than the terminal. */
  flexible?: boolean;
  /** The narrowest a flexible column may become (default 12). */
  min?: number;
}

/** Width as a terminal shows it: code points, combining marks not counted. */
export const displayWidth = (s: string): number => Array.from(s.normalize('NFC').replace(/\p{M}/gu, '')).length;

export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return '…'.slice(0, width);
  return `${Array.from(s.normalize('NFC')).slice(0, width - 1).join('').trimEnd()}…`;
}

const pad = (s: string, width: number, align: 'left' | 'right') => {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'right' ? gap + s : s + gap;
};

/** One line per text, whitespace runs (line breaks too) folded to a single space. */
export const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function table(columns: readonly Column[], input: readonly (readonly string[])[], maxWidth?: number): string {
  const gap = 2;
  // Escaped first, so the widths are those of what the terminal shows (an ESC becomes six visible characters).
  const rows = input.map((r) => r.map(escapeControls));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  if (maxWidth !== undefined) {
    let total = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
    // Shrink the widest flexible column until it fits, but never below its minimum.
    while (total > maxWidth) {
      let widest = -1;
      columns.forEach((c, i) => {
        if (c.flexible && (widths[i] ?? 0) > (c.min ?? 12) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      total -= 1;
    }
  }
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => pad(truncate(cells[i] ?? '', widths[i] ?? 0), widths[i] ?? 0, c.align ?? 'left'))
      .join(' '.repeat(gap))
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...rows.map(line)].join('\n') + '\n';
}

// Terminal controls that ledger text (an imported title, a note) must never carry to the terminal: C0 but
// tab and newline, DEL, C1 (U+0080–U+009F: U+009B is a one-byte CSI), line/paragraph separators, and the
// bidi embeddings, overrides, isolates and marks that reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching controls is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069]/g;

/**
 * Everything the CLI prints passes through here (the Io in program.ts): each control becomes the visible
 * escape `\u001b`, `\u202e`, …, which is also the JSON spelling of the same character, so --json output
 * stays valid and decodes to the stored text.
 */
export const escapeControls = (s: string): string =>
  s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** An Io whose every write is passed through escapeControls. */
export const safeIo = (io: Io): Io => ({ ...io, out: (s) => io.out(escapeControls(s)), err: (s) => io.err(escapeControls(s)) });

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function money(value: number, currency: string, lang: Lang): string {
  try {
    return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}
