// Where the relationship stands on the appreciation ladder (seed 000: seven stages), why, and what the
// next stage needs. The stage names come from the reference list, so a renamed stage shows renamed.
import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHealthFormat } from './format.ts';
import type { ClientHealth } from './model.ts';
import classes from './Health.module.css';

export function Ladder({ ladder }: { ladder: ClientHealth['ladder'] }) {
  const { t, locale, fmt } = useI18n();
  const h = useHealthFormat();
  const stages = useReference().data?.appreciationStages;
  const labelOf = (stage: number) => {
    const s = stages?.find((x) => x.stage === stage);
    if (s) return locale === 'de' ? s.labelDe : s.labelEn;
    return stage === ladder.stage ? h.label(ladder.label) : String(stage);
  };
  const steps = [1, 2, 3, 4, 5, 6, 7];

  return (
    <Stack gap="xs" data-testid="ladder" data-stage={ladder.stage}>
      <Group gap={4} wrap="nowrap" className={classes.ladder} role="img" aria-label={t.health.ladderStage(ladder.stage, h.label(ladder.label))}>
        {steps.map((stage) => (
          <Tooltip key={stage} label={t.health.ladderStep(stage, labelOf(stage))}>
            <Box
              className={classes.ladderStep}
              data-reached={stage <= ladder.stage || undefined}
              data-current={stage === ladder.stage || undefined}
              data-next={ladder.next?.stage === stage || undefined}
            >
              {stage}
            </Box>
          </Tooltip>
        ))}
      </Group>
      <Text size="sm" fw={600} data-testid="ladder-stage">
        {t.health.ladderStage(ladder.stage, h.label(ladder.label))}
      </Text>
      <Text size="sm">{h.sentence(ladder.reason)}</Text>
      {ladder.next ? (
        <div className={classes.ladderNext}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" className={classes.caps}>
            {t.health.ladderNext(ladder.next.stage, h.label(ladder.next.label))}
          </Text>
          <Text size="sm" mt={2} data-testid="ladder-needs">
            {h.sentence(ladder.next.needs)}
          </Text>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t.health.ladderTop}
        </Text>
      )}
      {ladder.recorded ? (
        <Text size="xs" c="dimmed">
          {t.health.ladderRecorded(ladder.recorded.stage, fmt.date(ladder.recorded.on.slice(0, 10)))}
        </Text>
      ) : null}
    </Stack>
  );
}
