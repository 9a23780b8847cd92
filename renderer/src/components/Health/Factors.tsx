// The health factors: each as a bar with its value, weight and points, and the engine's sentence saying
// why (full), or as one compact line per factor (the client page's panel).
import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHealthFormat } from './format.ts';
import { maxPoints, valueColor, type HealthFactor } from './model.ts';
import classes from './Health.module.css';

export function FactorList({ factors }: { factors: readonly HealthFactor[] }) {
  const { t } = useI18n();
  const h = useHealthFormat();
  return (
    <Stack gap="md">
      {factors.map((f) => (
        <div key={f.key} className={classes.factor} data-testid="health-factor" data-key={f.key}>
          <Group justify="space-between" wrap="nowrap" gap="sm" align="baseline">
            <Group gap={6} wrap="nowrap" align="baseline">
              <Tooltip label={t.health.factorHints[f.key]} multiline w={280}>
                <Text size="sm" fw={650} className={classes.factorName}>
                  {t.health.factors[f.key]}
                </Text>
              </Tooltip>
              {f.noData ? (
                <Tooltip label={t.health.noDataHint} multiline w={260}>
                  <Badge size="xs" variant="outline" color="gray">
                    {t.health.noData}
                  </Badge>
                </Tooltip>
              ) : null}
              {f.forcesBand ? (
                <Badge size="xs" variant="filled" color="red">
                  {t.health.bands[f.forcesBand]}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" fw={600} c={f.value < 0.4 ? valueColor(f.value) : undefined} className={classes.num} data-testid="factor-points">
              {t.health.points(h.points(f.points), h.points(maxPoints(f, factors)))}
            </Text>
          </Group>
          <Progress
            value={f.value * 100}
            color={valueColor(f.value)}
            size="md"
            radius="xl"
            mt={6}
            aria-label={`${t.health.factors[f.key]}: ${h.percent(f.value)}`}
            className={classes.factorBar}
          />
          <Text size="xs" c="dimmed" mt={4} className={classes.num}>
            {t.health.value(h.percent(f.value))} · {t.health.weight(h.points(f.weight))}
          </Text>
          <Text size="sm" mt={4} className={classes.sentence} data-testid="factor-sentence">
            {h.sentence(f.sentence)}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function CompactFactors({ factors }: { factors: readonly HealthFactor[] }) {
  const { t } = useI18n();
  const h = useHealthFormat();
  return (
    <Stack gap={6}>
      {factors.map((f) => (
        <Tooltip key={f.key} label={h.sentence(f.sentence)} multiline w={320} position="top-start">
          <div className={classes.compactFactor} data-testid="health-factor" data-key={f.key}>
            <Text size="xs" className={classes.compactName} truncate="end">
              {t.health.factors[f.key]}
            </Text>
            <Progress value={f.value * 100} color={valueColor(f.value)} size="sm" radius="xl" aria-label={`${t.health.factors[f.key]}: ${h.percent(f.value)}`} />
            <Text size="xs" c="dimmed" className={classes.compactPoints}>
              {h.points(f.points)} / {h.points(maxPoints(f, factors))}
            </Text>
          </div>
        </Tooltip>
      ))}
    </Stack>
  );
}
