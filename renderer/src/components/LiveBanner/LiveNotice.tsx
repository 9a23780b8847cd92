import { Group, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useLive } from './LiveContext.tsx';

/**
 * The banner's message, small, for places that cover the banner (the event editor's drawer and its overlay):
 * someone typing there learns that the server is away, and that what they typed stays, before they save.
 */
export function LiveNotice() {
  const { t } = useI18n();
  const lost = useLive()?.lost;
  if (!lost) return null;
  return (
    <Group gap={8} wrap="nowrap" align="flex-start" role="status" data-testid="editor-connection-lost" style={{ flex: 1, minWidth: 0 }}>
      <IconPlugConnectedX size={16} color="var(--mantine-color-orange-filled)" style={{ flexShrink: 0, marginTop: 2 }} />
      <div style={{ minWidth: 0 }}>
        <Text size="xs" fw={600}>{t.agency.live.lost}</Text>
        <Text size="xs" c="dimmed">
          {lost.nextInSeconds > 0 ? t.agency.live.lostDetail(lost.nextInSeconds) : t.agency.live.retrying}
        </Text>
      </div>
    </Group>
  );
}
