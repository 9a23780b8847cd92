// The typed dictionary: English defines the shape, German must match it key for key.
import { en } from './en.ts';
import { de } from './de.ts';

export type Messages = typeof en;
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const dictionaries: Record<Locale, Messages> = { de, en };
