// Snooze and done for a reminder, each confirmed by a toast that offers to undo it. Undoing is a snooze
// until today: the engine hides a reminder only while its snooze lies ahead, so it is back at once.
import { notifications } from '@mantine/notifications';
import { createElement, useCallback } from 'react';
import { useDoneReminder, useSnoozeReminder } from '../../api/queries.ts';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { snoozeUntil, type Reminder, type SnoozeLength } from './model.ts';
import { UndoToast } from './UndoToast.tsx';

export interface ReminderRef {
  clientId: number;
  kind: Reminder['kind'];
  on: string;
}

let toastCounter = 0;

export function useReminderActions(today: string) {
  const { t, fmt } = useI18n();
  const snooze = useSnoozeReminder();
  const done = useDoneReminder();

  const undo = useCallback(
    (ref: ReminderRef, id: string) => {
      notifications.hide(id);
      // mutateAsync: the confirmation comes even when the row that asked is gone by then.
      snooze
        .mutateAsync({ ...ref, until: today })
        .then(() => notifications.show({ color: 'petrol', message: t.reminders.undone, autoClose: 3000 }))
        .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) }));
    },
    [snooze, t, today],
  );

  const confirm = useCallback(
    (ref: ReminderRef, message: string) => {
      const id = `reminder-${++toastCounter}`;
      notifications.show({
        id,
        color: 'petrol',
        autoClose: 8000,
        message: createElement(UndoToast, { message, undoLabel: t.reminders.undo, onUndo: () => undo(ref, id) }),
      });
    },
    [t, undo],
  );

  const onSnooze = useCallback(
    (ref: ReminderRef, length: SnoozeLength) => {
      const until = snoozeUntil(today, length);
      snooze
        .mutateAsync({ ...ref, until })
        .then(() => confirm(ref, t.reminders.snoozed(fmt.date(until))))
        .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) }));
    },
    [confirm, fmt, snooze, t, today],
  );

  const onDone = useCallback(
    (ref: ReminderRef) => {
      done
        .mutateAsync(ref)
        .then(() => confirm(ref, t.reminders.doneToast))
        .catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(t, e) }));
    },
    [confirm, done, t],
  );

  return { onSnooze, onDone, pending: snooze.isPending || done.isPending };
}
