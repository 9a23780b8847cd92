// The way into a talk preparation from anywhere in the app (the mediation screen, a client page, an event's
// menu): start the prep for a crisis or misunderstanding, or reopen the one already open for it, and show
// its workspace. The engine returns the open prep when there is one, so calling this twice is harmless.
import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMessages } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useCreatePrep } from '../../api/queries.ts';
import { errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useNavigation } from '../../navigation.tsx';

/** `openPrepForEvent(eventId)`: create (or find) the prep for that issue and open its workspace. */
export function useOpenPrepForEvent() {
  const { t } = useI18n();
  const { go } = useNavigation();
  const create = useCreatePrep();
  const { mutateAsync } = create;
  const openPrepForEvent = useCallback(
    async (eventId: number): Promise<void> => {
      try {
        const prep = await mutateAsync(eventId);
        go({ section: 'mediation', prepId: prep.id });
      } catch (error) {
        notifications.show({ color: 'red', title: t.prep.openFailed, message: errorMessage(t, error) });
      }
    },
    [mutateAsync, go, t],
  );
  return { openPrepForEvent, isPending: create.isPending, pendingEventId: create.isPending ? create.variables : undefined };
}

/** A "Prepare talk" button for an open crisis or misunderstanding; "Continue preparing" when one is open. */
export function PrepareTalkButton({ eventId, continues = false, ...props }: { eventId: number; continues?: boolean } & ButtonProps) {
  const { t } = useI18n();
  const { openPrepForEvent, isPending, pendingEventId } = useOpenPrepForEvent();
  return (
    <Button
      size="xs"
      variant={continues ? 'light' : 'default'}
      leftSection={<IconMessages size={14} stroke={1.7} />}
      loading={isPending && pendingEventId === eventId}
      onClick={() => void openPrepForEvent(eventId)}
      data-testid={continues ? 'continue-talk' : 'prepare-talk'}
      data-event-id={eventId}
      {...props}
    >
      {continues ? t.mediation.continuePrep : t.mediation.prepare}
    </Button>
  );
}
