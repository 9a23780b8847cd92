import { Alert, Button, Group, Text } from '@mantine/core';
import { IconPlugConnected, IconPlugConnectedX } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import classes from './LiveBanner.module.css';
import { useLive } from './LiveContext.tsx';

/**
 * Says calmly when the agency's server is away (with the wait to the next attempt), and briefly when it is
 * back; what is being typed stays where it is. The watching itself, which also keeps the open screens
 * current with what others write, is LiveProvider's.
 */
export function LiveBanner() {
  const { t } = useI18n();
  const live = useLive();
  if (!live) return null;
  if (live.lost) {
    return (
      <Alert className={classes.banner} color="orange" variant="light" icon={<IconPlugConnectedX size={18} />} role="status" data-testid="connection-lost">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <div>
            <Text size="sm" fw={600}>{t.agency.live.lost}</Text>
            <Text size="sm">
              {live.lost.nextInSeconds > 0 ? t.agency.live.lostDetail(live.lost.nextInSeconds) : t.agency.live.retrying}
            </Text>
          </div>
          <Button size="xs" variant="default" onClick={live.retryNow}>{t.agency.live.retry}</Button>
        </Group>
      </Alert>
    );
  }
  if (live.back) {
    return (
      <Alert className={classes.banner} color="teal" variant="light" icon={<IconPlugConnected size={18} />} role="status" data-testid="connection-back">
        <Text size="sm">{t.agency.live.back}</Text>
      </Alert>
    );
  }
  return null;
}
