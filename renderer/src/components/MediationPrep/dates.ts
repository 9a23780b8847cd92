// Date formats for Mantine's date inputs in the workspace (dayjs; the DatesProvider sets its locale).
import type { Locale } from '../../i18n/messages.ts';

export const dateFormat = (locale: Locale): string => (locale === 'de' ? 'DD.MM.YYYY' : 'D MMM YYYY');
/** With the weekday: a talk is planned for a day of the week. */
export const dayFormat = (locale: Locale): string => (locale === 'de' ? 'dd, DD.MM.YYYY' : 'ddd, D MMM YYYY');
