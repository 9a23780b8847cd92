// Every date picker in the app, with names for its controls in the UI language (issue #16, item 9): the
// calendar's previous/next arrows at each level, and a name for the calendar's dialog (the field it belongs to).
// Use this instead of Mantine's DatePickerInput, so no picker is left with unnamed controls.
import { DatePickerInput, type DatePickerInputProps, type DatePickerType } from '@mantine/dates';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The calendar's arrow names, for pickers that are not a DatePickerInput. */
export function useCalendarLabels() {
  const { t } = useI18n();
  const d = t.app.dates;
  return {
    ariaLabels: {
      previousMonth: d.previousMonth,
      nextMonth: d.nextMonth,
      previousYear: d.previousYear,
      nextYear: d.nextYear,
      previousDecade: d.previousDecade,
      nextDecade: d.nextDecade,
    },
  };
}

export function DateField<Type extends DatePickerType = 'default'>({ popoverProps, ...props }: DatePickerInputProps<Type>) {
  const labels = useCalendarLabels();
  // Mantine's calendar dialog is labelled by the id of its popover's target, but the field keeps the id its
  // <label> points at: the popover and the field share one id, so the dialog is named by the field.
  const generated = `date-${useId().replace(/:/g, '')}`;
  const id = props.id ?? generated;
  return <DatePickerInput<Type> {...labels} {...props} id={id} popoverProps={{ ...popoverProps, id }} />;
}
