// Numbers and sentences of the health views in the reader's language.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localSentence, type Bilingual } from './model.ts';

export function useHealthFormat() {
  const { fmt, locale } = useI18n();
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(fmt.intlLocale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(fmt.intlLocale, { style: 'percent', maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(fmt.intlLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const month = new Intl.DateTimeFormat(fmt.intlLocale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthLong = new Intl.DateTimeFormat(fmt.intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      points: (n: number) => oneDecimal.format(n),
      percent: (v: number) => percent.format(v),
      /** An NEV: +0,42 / −0.10 / 0.00. */
      nev: (v: number) => signed.format(v).replace('-', '−'),
      /** 'YYYY-MM' as "Dec 25" / "Dez. 25". */
      month: (ym: string) => month.format(new Date(`${ym}-01T00:00:00Z`)),
      monthLong: (ym: string) => monthLong.format(new Date(`${ym}-01T00:00:00Z`)),
      sentence: (s: Bilingual) => localSentence(s, locale, fmt.date),
      label: (s: Bilingual) => s[locale],
    };
  }, [fmt, locale]);
}
