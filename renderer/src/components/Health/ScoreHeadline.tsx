import { Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BandBadge } from './BandBadge.tsx';
import { useHealthFormat } from './format.ts';
import type { ClientHealth } from './model.ts';
import classes from './Health.module.css';

/** The score large, the band beside it, and when a factor forced the band, which and why. */
export function ScoreHeadline({ health, size = 'lg' }: { health: Pick<ClientHealth, 'score' | 'band' | 'bandLabel' | 'forcedBy' | 'factors'>; size?: 'md' | 'lg' }) {
  const { t, fmt } = useI18n();
  const h = useHealthFormat();
  const forcedKey = health.factors.find((f) => f.key === health.forcedBy)?.key;
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center" wrap="nowrap">
        <Text
          className={classes.score}
          data-size={size}
          data-band={health.band}
          data-testid="health-score"
        >
          {fmt.number(health.score)}
        </Text>
        <Text size="sm" c="dimmed" className={classes.outOf}>
          {t.health.outOf}
        </Text>
        <BandBadge band={health.band} label={health.bandLabel} size={size === 'lg' ? 'lg' : 'md'} data-testid="health-band" />
      </Group>
      {health.forcedBy ? (
        <Text size="sm" c="red" fw={600} data-testid="health-forced">
          {t.health.forced(h.label(health.bandLabel), forcedKey ? t.health.factors[forcedKey] : health.forcedBy)}
        </Text>
      ) : null}
    </Stack>
  );
}
