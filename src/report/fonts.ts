// The report's fonts ship with the app (resources/fonts, SIL Open Font License): Noto Sans for text,
// Noto Serif for the title and headings. Hyphenation is off (see `hyphenate`).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Font } from '@react-pdf/renderer';

export const FONT_SANS = 'Noto Sans';
export const FONT_SERIF = 'Noto Serif';
/** Fallbacks for what Noto Sans lacks: the minus sign, arrows and maths (Math), ticks, stars, shapes (Symbols 2). */
export const FONT_MATH = 'Noto Sans Math';
export const FONT_SYMBOLS = 'Noto Sans Symbols 2';

/** Font stacks: a character missing from the first font is taken from the next that has it. */
export const SANS_STACK = [FONT_SANS, FONT_MATH, FONT_SYMBOLS];
export const SERIF_STACK = [FONT_SERIF, FONT_MATH, FONT_SYMBOLS];

const FILES = [
  'NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-BoldItalic.ttf',
  'NotoSerif-Regular.ttf', 'NotoSerif-Bold.ttf', 'NotoSansMath-Regular.ttf', 'NotoSansSymbols2-Regular.ttf',
] as const;

/**
 * Where the fonts are: an explicit folder, else `RAPPORT_FONTS_DIR`, else `resources/fonts` found by
 * walking up from this module (works from src/report in development and from out/main when bundled),
 * else next to the packaged app's resources (Electron's `process.resourcesPath`).
 */
export function resolveFontsDir(explicit?: string): string {
  const candidates: string[] = [];
  if (explicit) candidates.push(explicit);
  if (process.env.RAPPORT_FONTS_DIR) candidates.push(process.env.RAPPORT_FONTS_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    candidates.push(join(dir, 'resources', 'fonts'));
    dir = resolve(dir, '..');
  }
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  const found = candidates.find((c) => FILES.every((f) => existsSync(join(c, f))));
  if (!found) throw new Error('The report fonts were not found (resources/fonts).');
  return found;
}

/** Words longer than this may break (a pasted URL must not run out of its table cell). */
const LONG_WORD = 30;

/**
 * No hyphenation for ordinary words (automatic hyphenation with English patterns mangles German);
 * only an overlong unbroken string gets break opportunities every 12 characters, used only when the
 * line cannot break anywhere else. Nothing is inserted into the text itself.
 */
export function hyphenate(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += 12) parts.push(word.slice(i, i + 12));
  return parts;
}

let registeredFrom: string | null = null;

/** Register the fonts with react-pdf (once per folder). */
export function registerFonts(fontsDir?: string): void {
  const dir = resolveFontsDir(fontsDir);
  if (registeredFrom === dir) return;
  const families = Font.getRegisteredFonts() as Record<string, unknown>;
  for (const family of [FONT_SANS, FONT_SERIF, FONT_MATH, FONT_SYMBOLS]) delete families[family];
  Font.register({
    family: FONT_SANS,
    fonts: [
      { src: join(dir, 'NotoSans-Regular.ttf'), fontWeight: 400 },
      { src: join(dir, 'NotoSans-Bold.ttf'), fontWeight: 700 },
      { src: join(dir, 'NotoSans-Italic.ttf'), fontWeight: 400, fontStyle: 'italic' },
      { src: join(dir, 'NotoSans-BoldItalic.ttf'), fontWeight: 700, fontStyle: 'italic' },
    ],
  });
  Font.register({
    family: FONT_SERIF,
    fonts: [
      { src: join(dir, 'NotoSerif-Regular.ttf'), fontWeight: 400 },
      { src: join(dir, 'NotoSerif-Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.register({ family: FONT_MATH, src: join(dir, 'NotoSansMath-Regular.ttf') });
  Font.register({ family: FONT_SYMBOLS, src: join(dir, 'NotoSansSymbols2-Regular.ttf') });
  Font.registerHyphenationCallback(hyphenate);
  registeredFrom = dir;
}

/**
 * Forget the glyphs the loaded fonts cached without code points. fontkit caches a glyph object by id
 * together with the code points it was first asked for; when a PDF's font subset is written, the
 * components of composite glyphs (the "a" inside "ä") are fetched by id alone and cached with none.
 * The next document that sets such a glyph as text gets it back without code points, and react-pdf
 * then drops the glyph and shifts the line breaks after it ("Raise it b / efore"). Dropping those
 * cache entries before each document avoids that; every other glyph and the parsed tables stay.
 */
export function resetGlyphCaches(): void {
  const families = Font.getRegisteredFonts() as Record<string, { sources?: { data?: unknown }[] }>;
  for (const family of [FONT_SANS, FONT_SERIF, FONT_MATH, FONT_SYMBOLS]) {
    for (const source of families[family]?.sources ?? []) {
      const glyphs = (source.data as { _glyphs?: Record<string, { codePoints?: unknown[] } | undefined> } | null | undefined)?._glyphs;
      if (!glyphs || typeof glyphs !== 'object') continue;
      for (const id of Object.keys(glyphs)) {
        const glyph = glyphs[id];
        if (!glyph || !Array.isArray(glyph.codePoints) || glyph.codePoints.length === 0) delete glyphs[id];
      }
    }
  }
}

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/**
 * Whether the report's fonts can draw a code point (in the text font or one of its fallbacks). What
 * none of them has would otherwise fall through to react-pdf's last resort, Helvetica, whose
 * single-byte encoding turns an emoji or a Chinese character into overlapping garbage.
 */
export async function glyphCoverage(): Promise<(codePoint: number) => boolean> {
  const fonts: GlyphFont[] = [];
  for (const fontFamily of [FONT_SANS, FONT_MATH, FONT_SYMBOLS]) {
    const descriptor = { fontFamily, fontWeight: 400 as const, fontStyle: 'normal' as const };
    await Font.load(descriptor);
    const data = (Font.getFont(descriptor) as { data?: unknown } | null)?.data as Partial<GlyphFont> | undefined;
    if (data && typeof data.hasGlyphForCodePoint === 'function') fonts.push(data as GlyphFont);
  }
  const cache = new Map<number, boolean>();
  return (cp) => {
    let known = cache.get(cp);
    if (known === undefined) {
      known = fonts.some((f) => f.hasGlyphForCodePoint(cp));
      cache.set(cp, known);
    }
    return known;
  };
}
