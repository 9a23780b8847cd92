// One click from any red on the portfolio to its reasons: the score and band, the severe signals that cap
// it (the primary driver first, at the top), every factor with its value, weight, points and sentence, the
// NEV trend, the appreciation ladder and the relationship's reminders, with a way to the client page.
import { Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useHealth } from '../../api/queries.ts';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useNavigation, type Section } from '../../navigation.tsx';
import { FactorList } from './Factors.tsx';
import { HealthRules } from './HealthRules.tsx';
import { Ladder } from './Ladder.tsx';
import { NevChart } from './NevChart.tsx';
import { ReminderList } from './ReminderList.tsx';
import { ScoreHeadline } from './ScoreHeadline.tsx';
import classes from './Health.module.css';

function Block({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className={classes.block} data-testid={testId}>
      <Title order={3} fz="h4" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function Explanation({ clientId, from, onClose }: { clientId: number; from?: Section; onClose: () => void }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const health = useHealth(clientId);
  if (health.isPending) return <LoadingRows rows={4} />;
  if (health.isError) return <ErrorAlert error={health.error} onRetry={() => void health.refetch()} />;
  const hd = health.data;
  return (
    <Stack gap="lg" data-testid="health-explanation" data-band={hd.band} data-score={hd.score}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <ScoreHeadline health={hd} />
        {from ? (
          <Button
            variant="light"
            rightSection={<IconArrowRight size={16} />}
            onClick={() => {
              onClose();
              go({ section: 'client', clientId, from });
            }}
            data-testid="open-client"
          >
            {t.health.openClient}
          </Button>
        ) : null}
      </Group>
      <HealthRules health={hd} />
      <Text size="xs" c="dimmed" mt={-8}>
        {t.health.bandScale}
      </Text>
      <Divider />
      <Block title={t.health.factorsTitle} testId="health-factors">
        <Text size="xs" c="dimmed" mb="md" mt={-6}>
          {t.health.formula}
        </Text>
        <FactorList factors={hd.factors} />
      </Block>
      <Divider />
      <Block title={t.health.nevTitle}>
        <NevChart trend={hd.nevTrend} />
      </Block>
      <Divider />
      <Block title={t.health.ladderTitle}>
        <Ladder ladder={hd.ladder} />
      </Block>
      <Divider />
      <Block title={t.health.remindersTitle} testId="health-reminders">
        <ReminderList entries={hd.reminders.map((reminder) => ({ clientId, reminder }))} today={hd.today} />
      </Block>
    </Stack>
  );
}

/**
 * The explanation of one client's health in a drawer. `from` (the section it was opened from) adds the
 * link to the client page; leave it out where the client page is already open.
 */
export function HealthExplainDrawer({ clientId, clientName, opened, onClose, from }: {
  clientId: number | null;
  clientName?: string;
  opened: boolean;
  onClose: () => void;
  from?: Section;
}) {
  const { t } = useI18n();
  return (
    <Drawer
      opened={opened && clientId !== null}
      onClose={onClose}
      position="right"
      size={640}
      padding="lg"
      title={
        <Stack gap={0}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" className={classes.caps}>
            {t.health.title}
          </Text>
          {clientName ? (
            <Text fw={650} size="lg" data-testid="health-drawer-name">
              {clientName}
            </Text>
          ) : null}
        </Stack>
      }
      closeButtonProps={{ 'aria-label': t.health.close }}
      data-testid="health-drawer"
    >
      {clientId !== null ? <Explanation clientId={clientId} from={from} onClose={onClose} /> : null}
    </Drawer>
  );
}
