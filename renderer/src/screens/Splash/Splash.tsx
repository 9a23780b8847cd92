import { Center, Loader, Stack, Text } from '@mantine/core';
import { BrandMark } from '../../components/Brand/Brand.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The first instant, while the engine says whether a ledger exists; or why it could not. */
export function Splash({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="md" maw={420}>
        <BrandMark size={48} />
        {error ? (
          <ErrorAlert error={error} onRetry={onRetry} />
        ) : (
          <>
            <Loader size="sm" type="dots" />
            <Text size="sm" c="dimmed">
              {t.app.loading}
            </Text>
          </>
        )}
      </Stack>
    </Center>
  );
}
