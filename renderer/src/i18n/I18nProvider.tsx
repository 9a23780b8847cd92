// The chosen language, its dictionary and Intl formatters. The choice lives in localStorage: it is not secret.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { daysBetween, todayIso, utcDate } from '../../../src/domain/dates.ts';
import { dictionaries, LOCALES, type Locale, type Messages } from './messages.ts';

export const LOCALE_STORAGE_KEY = 'rapport.locale';

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The stored choice, else the system language when it is German, else English. */
export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the system language
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages.some((l) => l.toLowerCase().startsWith('de')) ? 'de' : 'en';
}

/** The system's regional variant of the chosen language (en-GB, de-AT …), else a sensible default. */
function intlLocaleFor(locale: Locale): string {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages.find((l) => l.toLowerCase().startsWith(locale)) ?? (locale === 'de' ? 'de-DE' : 'en-GB');
}

export interface Formatters {
  /** The BCP 47 tag used for Intl. */
  intlLocale: string;
  date(iso: string): string;
  shortDate(iso: string): string;
  number(value: number): string;
  currency(value: number, currency: string): string;
  /** "in 45 days", "74 days ago", "today"; months beyond ~4 months. */
  relative(iso: string, today?: string): string;
  /** A moment as "2 minutes ago", "3 hours ago", "yesterday" (for changes by others). */
  since(iso: string, now?: Date): string;
}

export function createFormatters(locale: Locale): Formatters {
  const intlLocale = intlLocaleFor(locale);
  const date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(intlLocale);
  const rtf = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  return {
    intlLocale,
    date: (iso) => date.format(utcDate(iso)),
    shortDate: (iso) => shortDate.format(utcDate(iso)),
    number: (value) => number.format(value),
    currency: (value, currency) =>
      new Intl.NumberFormat(intlLocale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value),
    since: (iso, now = new Date()) => {
      const seconds = (Date.parse(iso) - now.getTime()) / 1000;
      if (Math.abs(seconds) < 60) return rtf.format(Math.round(seconds), 'second');
      if (Math.abs(seconds) < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
      if (Math.abs(seconds) < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
      return rtf.format(Math.round(seconds / 86_400), 'day');
    },
    relative: (iso, today = todayIso()) => {
      const days = daysBetween(today, iso);
      if (Math.abs(days) <= 120) return rtf.format(days, 'day');
      const months = Math.round(days / 30.44);
      if (Math.abs(months) < 24) return rtf.format(months, 'month');
      return rtf.format(Math.round(days / 365.25), 'year');
    },
  };
}

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Messages;
  fmt: Formatters;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // not persisted; the choice still holds for this session
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: dictionaries[locale], fmt: createFormatters(locale) }),
    [locale, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>.');
  return value;
}
