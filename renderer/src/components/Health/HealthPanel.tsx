// The client page's health at a glance: score, band, the five factors in one line each, and the way to
// the full explanation (the same drawer the portfolio opens).
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useHealth } from '../../api/queries.ts';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CompactFactors } from './Factors.tsx';
import { HealthExplainDrawer } from './HealthExplainDrawer.tsx';
import { ScoreHeadline } from './ScoreHeadline.tsx';
import classes from './Health.module.css';

export function HealthPanel({ clientId, clientName }: { clientId: number; clientName?: string }) {
  const { t } = useI18n();
  const health = useHealth(clientId);
  const [open, setOpen] = useState(false);
  return (
    <Paper withBorder p="md" className={classes.card} data-testid="health-panel">
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Title order={2} fz="h4">
          {t.health.title}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconInfoCircle size={15} stroke={1.7} />}
          onClick={() => setOpen(true)}
          disabled={!health.data}
          data-testid="health-explain"
        >
          {t.health.explain}
        </Button>
      </Group>
      {health.isPending ? <LoadingRows rows={2} /> : null}
      {health.isError ? <ErrorAlert error={health.error} onRetry={() => void health.refetch()} /> : null}
      {health.data ? (
        <Stack gap="sm">
          <ScoreHeadline health={health.data} size="md" />
          <CompactFactors factors={health.data.factors} />
          <Text size="xs" c="dimmed">
            {t.health.bandScale}
          </Text>
        </Stack>
      ) : null}
      <HealthExplainDrawer clientId={clientId} clientName={clientName} opened={open} onClose={() => setOpen(false)} />
    </Paper>
  );
}
