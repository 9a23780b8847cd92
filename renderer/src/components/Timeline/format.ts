// Timeline-specific formatting on top of the i18n formatters: month headers and lengths of time.
import { useMemo } from 'react';
import { utcDate } from '../../../../src/domain/dates.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Messages } from '../../i18n/messages.ts';

/** "March 2024" / "März 2024" for a `YYYY-MM` month, in the app's language and the system's region. */
export function useMonthFormat(): (month: string) => string {
  const { fmt } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(fmt.intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return (month: string) => f.format(utcDate(`${month}-01`));
  }, [fmt.intlLocale]);
}

/** A length of time in days, said the way people say it: days, then months, then years and months. */
export function spanText(t: Messages, days: number): string {
  const d = Math.max(0, days);
  if (d < 45) return t.timeline.days(d);
  const months = Math.round(d / 30.44);
  if (months < 24) return t.timeline.months(months);
  return t.timeline.yearsMonths(Math.floor(months / 12), months % 12);
}
