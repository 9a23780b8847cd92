// How a backup is shown: its moment in the user's locale and time zone, its size in KB.
import type { Formatters } from '../../i18n/I18nProvider.tsx';

export const backupDateTime = (fmt: Formatters, iso: string): string =>
  new Intl.DateTimeFormat(fmt.intlLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export const backupKb = (fmt: Formatters, bytes: number): string => fmt.number(Math.max(1, Math.round(bytes / 1024)));
