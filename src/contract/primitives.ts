import { z } from 'zod';

// Sane limits: a title is a line, a text is a page or a few, nothing is a novel.
export const LIMITS = {
  name: 200,
  title: 200,
  shortText: 2_000,
  longText: 20_000,
  passphraseMin: 8,
  passphraseMax: 1_024,
  pageSize: 500,
  searchQuery: 200,
} as const;

export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A calendar day, `YYYY-MM-DD`, that exists (no 2023-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine(isRealDate, 'This day does not exist.')
  .refine((s) => s >= '1900-01-01' && s <= '2999-12-31', 'The year is out of range.');

export const Timestamp = z.string().datetime({ offset: true });

/** Trimmed text with a length limit; `min` 1 means required. */
export const text = (max: number, min = 0) =>
  z
    .string()
    .max(max * 4, `At most ${max} characters.`)
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, min > 0 ? 'This field is required.' : undefined)
        .max(max, `At most ${max} characters.`),
    );

/**
 * Optional text in a patch: blank becomes null ("clear it"), absent stays undefined ("leave it alone").
 */
export const patchText = (max: number) =>
  z
    .union([z.string().max(max * 4, `At most ${max} characters.`), z.null()])
    .optional()
    .transform((s) => (s === undefined ? undefined : s === null || s.trim() === '' ? null : s.trim()))
    .pipe(z.string().max(max, `At most ${max} characters.`).nullable().optional());

export const Passphrase = z.string().min(1).max(LIMITS.passphraseMax);
export const NewPassphrase = z
  .string()
  .min(LIMITS.passphraseMin, `At least ${LIMITS.passphraseMin} characters.`)
  .max(LIMITS.passphraseMax);

export const Locale = z.enum(['de', 'en']);
export type Locale = z.infer<typeof Locale>;

/** Optional text in a whole record: absent or blank is null, so "nothing" has one representation. */
export const optionalText = (max: number) => patchText(max).transform((s) => s ?? null);
