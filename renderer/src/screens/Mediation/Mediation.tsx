import { Anchor, Badge, Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconHeartHandshake } from '@tabler/icons-react';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import { useClients, useEventPages, useReference } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { todayIso } from '../../../../src/domain/dates.ts';
import { useNavigation } from '../../navigation.tsx';
import classes from './Mediation.module.css';

const LEVEL_COLORS: Record<string, string> = { 'win-win': 'yellow', 'win-lose': 'orange', 'lose-lose': 'red' };
const levelOf = (stage: number) => (stage <= 3 ? 'win-win' : stage <= 6 ? 'win-lose' : 'lose-lose');

function OpenCrises({ client }: { client: ClientSummary }) {
  const { t, fmt, locale } = useI18n();
  const crises = useEventPages(client.id, { kinds: ['crisis'], status: 'open' });
  const reference = useReference();
  if (crises.isPending) return <Skeleton height={36} radius="sm" />;
  if (crises.isError) return <ErrorAlert error={crises.error} onRetry={() => void crises.refetch()} />;
  const items = crises.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap={6}>
      {items.map((event) => {
        if (event.kind !== 'crisis') return null;
        const stage = reference.data?.glaslStages.find((s) => s.stage === event.glaslStage);
        const level = stage?.level ?? levelOf(event.glaslStage);
        const stageName = stage ? (locale === 'de' ? stage.labelDe : stage.labelEn) : null;
        return (
          <Group key={event.id} justify="space-between" wrap="nowrap" gap="md" className={classes.crisis} data-testid="open-crisis">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} className={classes.title}>
                {event.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t.mediation.since(fmt.date(event.occurredOn))} · {fmt.relative(event.occurredOn, todayIso())}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
              <Badge color={LEVEL_COLORS[level] ?? 'gray'} variant="light">
                {t.events.glasl(event.glaslStage)}
                {stageName ? ` · ${stageName}` : ''}
              </Badge>
              <Badge color="gray" variant="outline">
                {t.mediation.levels[level] ?? level}
              </Badge>
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}

export function Mediation() {
  const { t } = useI18n();
  const { go } = useNavigation();
  const clients = useClients();

  const header = <PageHeader title={t.mediation.title} subtitle={t.mediation.subtitle} />;
  if (clients.isPending) return <>{header}<LoadingRows rows={3} /></>;
  if (clients.isError) return <>{header}<ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /></>;

  const inCrisis = clients.data.filter((c) => c.openCrises > 0).sort((a, b) => b.openCrises - a.openCrises || a.name.localeCompare(b.name));
  if (inCrisis.length === 0) {
    return (
      <>
        {header}
        <Paper withBorder p="xl" py={56}>
          <EmptyState
            icon={<IconHeartHandshake size={28} stroke={1.5} />}
            variant="light"
            color="green"
            title={t.mediation.emptyTitle}
            description={t.mediation.emptyText}
            data-testid="mediation-empty"
          />
        </Paper>
      </>
    );
  }

  return (
    <>
      {header}
      <Stack gap="md">
        {inCrisis.map((client) => (
          <Paper key={client.id} withBorder p="lg" className={classes.card} data-testid="mediation-client">
            <Group justify="space-between" mb="sm" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Anchor component="button" type="button" fw={600} onClick={() => go({ section: 'client', clientId: client.id, from: 'mediation' })} className={classes.title}>
                  {client.name}
                </Anchor>
                {client.owner ? (
                  <Text size="xs" c="dimmed">
                    {t.client.owner}: {client.owner}
                  </Text>
                ) : null}
              </div>
              <Group gap="sm" wrap="nowrap">
                <Badge color="red" variant="filled" data-testid="open-crises-count">
                  {t.mediation.openCount(client.openCrises)}
                </Badge>
                <Button
                  size="xs"
                  variant="default"
                  rightSection={<IconArrowRight size={14} />}
                  onClick={() => go({ section: 'client', clientId: client.id, from: 'mediation' })}
                >
                  {t.mediation.openClient}
                </Button>
              </Group>
            </Group>
            <OpenCrises client={client} />
          </Paper>
        ))}
      </Stack>
    </>
  );
}
