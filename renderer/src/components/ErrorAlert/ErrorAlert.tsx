import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Messages } from '../../i18n/messages.ts';

/** The localised sentence for a failure: by error code, never the engine's internals. */
export function errorMessage(t: Messages, error: unknown): string {
  return isApiError(error) ? t.errors[error.code] : t.errors.INTERNAL;
}

/** For INVALID the engine names the field and the rule ("since: This day does not exist."). */
export const errorDetail = (error: unknown): string | null =>
  isApiError(error) && error.code === 'INVALID' && error.message ? error.message : null;

export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail = errorDetail(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title ?? t.failure.title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(t, error)}</Text>
        {detail ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
        {onRetry ? (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t.app.retry}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
