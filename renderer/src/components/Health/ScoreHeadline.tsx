import { Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BandBadge } from './BandBadge.tsx';
import { useRuleText } from './HealthRules.tsx';
import type { ClientHealth } from './model.ts';
import classes from './Health.module.css';

/** The score large, the band beside it, and when a severe signal holds, the primary driver in a few words. */
export function ScoreHeadline({ health, size = 'lg' }: { health: Pick<ClientHealth, 'score' | 'band' | 'bandLabel' | 'rules'>; size?: 'md' | 'lg' }) {
  const { t, fmt } = useI18n();
  const rules = useRuleText();
  const driver = rules.short(health.rules);
  const primary = health.rules[0];
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
      {driver && primary ? (
        <Text size="sm" c={primary.cap === 'in_crisis' ? 'red' : 'orange'} fw={600} data-testid="health-driver" data-code={primary.code} title={rules.sentence(primary)}>
          {t.health.rulePrimary}: {driver}
        </Text>
      ) : null}
    </Stack>
  );
}
