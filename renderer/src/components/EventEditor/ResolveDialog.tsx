// "How was it resolved?": marking a crisis or a misunderstanding resolved asks for the resolution and the
// day (today by default, never before it began), then replaces the event's fields with the resolved ones.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import type { EventFieldsInput, TimelineEvent } from '../../../../src/contract/events.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { isApiError } from '../../api/client.ts';
import { useUpdateEvent } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { applyIssues, dateValueFormat, DiscardDialog, textLength, tooLong, WithCounter } from './formKit.tsx';
import { fieldsOfEvent } from './formModel.ts';
import { defaultResolvedOn } from './KindSections.tsx';

export type Resolvable = Extract<TimelineEvent, { kind: 'crisis' | 'misunderstanding' }>;

export const isResolvable = (event: TimelineEvent): event is Resolvable =>
  event.kind === 'crisis' || event.kind === 'misunderstanding';

interface Values {
  resolution: string;
  resolvedOn: string | null;
}

export function ResolveDialog({ event, onClosed }: { event: Resolvable; onClosed: () => void }) {
  const { t, fmt, locale } = useI18n();
  const update = useUpdateEvent();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { resolution: event.resolution ?? '', resolvedOn: event.resolvedOn ?? defaultResolvedOn(event.occurredOn) },
    validate: {
      resolution: (v) => (!textLength(v) ? t.editor.errors.resolutionRequired : tooLong(t, fmt.number, v, LIMITS.shortText)),
      resolvedOn: (v) =>
        !v ? t.editor.errors.resolvedOnRequired : v < event.occurredOn ? t.editor.errors.resolvedBeforeStart : null,
    },
    // A day before it began is refused where it was picked.
    validateInputOnChange: ['resolvedOn'],
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await update.mutateAsync({
        id: event.id,
        event: { ...(fieldsOfEvent(event) as Extract<EventFieldsInput, { kind: Resolvable['kind'] }>), status: 'resolved', resolvedOn: values.resolvedOn, resolution: values.resolution.trim() },
      });
      notifications.show({ color: 'green', message: t.editor.resolvedToast(saved.title) });
      onClosed();
    } catch (error) {
      const unplaced = applyIssues(
        error,
        (path, message) => form.setFieldError(path, message),
        (p) => (p === 'resolution' || p === 'resolvedOn' ? p : null),
        t,
        fmt.number,
      );
      const placed = isApiError(error) && error.code === 'INVALID' && unplaced.length === 0;
      if (!placed) setFormError([errorMessage(t, error), ...unplaced.map((u) => u.message)].join(' '));
    }
  });

  const [asking, setAsking] = useState(false);
  const close = () => {
    if (update.isPending) return;
    // What was typed about the resolution is not dropped silently.
    if (form.isDirty() && textLength(form.values.resolution) > 0) setAsking(true);
    else onClosed();
  };

  return (
    <>
    <Modal opened onClose={close} closeOnEscape={!asking} title={t.editor.resolveTitle[event.kind]} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="resolve-dialog">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t.editor.resolveIntro(event.title, fmt.date(event.occurredOn))}
          </Text>
          <WithCounter value={form.values.resolution} max={LIMITS.shortText}>
            <Textarea
              label={t.editor.resolution}
              placeholder={t.editor.resolutionPlaceholder}
              withAsterisk
              autosize
              minRows={3}
              maxRows={8}
              data-autofocus
              data-testid="resolve-resolution"
              {...form.getInputProps('resolution')}
            />
          </WithCounter>
          <DateField
            label={t.editor.resolvedOn}
            description={t.editor.notBefore(fmt.date(event.occurredOn))}
            valueFormat={dateValueFormat(locale)}
            leftSection={<IconCalendar size={16} stroke={1.6} />}
            withAsterisk
            styles={{ wrapper: { maxWidth: 280 } }}
            popoverProps={{ zIndex: 350 }}
            data-testid="resolve-date"
            {...form.getInputProps('resolvedOn')}
          />
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t.app.cancel}
            </Button>
            <Button type="submit" color="green" loading={update.isPending} data-testid="resolve-submit">
              {t.editor.resolve}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
    <DiscardDialog opened={asking} text={t.editor.unsavedResolution} onKeep={() => setAsking(false)} onDiscard={onClosed} />
    </>
  );
}
