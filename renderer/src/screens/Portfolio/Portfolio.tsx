import { Button, EmptyState, Paper, SimpleGrid } from '@mantine/core';
import { IconAlertOctagon, IconCalendarDue, IconHeartHandshake, IconPlus, IconUsers } from '@tabler/icons-react';
import { useClients } from '../../api/queries.ts';
import { ClientTable } from '../../components/ClientTable/ClientTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { StatCard } from '../../components/StatCard/StatCard.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { todayIso } from '../../../../src/domain/dates.ts';
import { attentionOrder, contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation } from '../../navigation.tsx';

/** The owner's glance: which relationships need attention, which renewals are near, where a crisis is open. */
export function Portfolio() {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const clients = useClients();
  const today = todayIso();

  if (clients.isPending) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <LoadingRows />
      </>
    );
  }
  if (clients.isError) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} />
      </>
    );
  }

  const list = clients.data;
  if (list.length === 0) {
    return (
      <>
        <PageHeader title={t.portfolio.title} />
        <Paper withBorder p="xl" py={56}>
          <EmptyState
            icon={<IconHeartHandshake size={28} stroke={1.5} />}
            variant="light"
            title={t.portfolio.emptyTitle}
            description={t.portfolio.emptyText}
            data-testid="portfolio-empty"
          >
            <EmptyState.Actions>
              <Button leftSection={<IconPlus size={16} />} onClick={() => go({ section: 'clients', createOpen: true })}>
                {t.portfolio.emptyAction}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      </>
    );
  }

  const active = list.filter((c) => c.status === 'active');
  const crises = list.reduce((sum, c) => sum + c.openCrises, 0);
  const inCrisis = list.filter((c) => c.openCrises > 0).length;
  const renewals = list
    .map((c) => ({ client: c, days: renewalState(c.renewalDate, today).days }))
    .filter((r): r is { client: typeof r.client; days: number } => r.days !== null && r.days >= 0 && r.days <= 90)
    .sort((a, b) => a.days - b.days);
  const next = renewals[0];
  const overdue = active.filter((c) => contactState(c, today).level === 'overdue').length;
  const sorted = [...list].sort((a, b) => attentionOrder(a, b, today));

  return (
    <>
      <PageHeader title={t.portfolio.title} subtitle={t.portfolio.subtitle(list.length, crises)} />
      <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md" mb="lg">
        <StatCard
          label={t.portfolio.stats.active}
          value={fmt.number(active.length)}
          detail={t.portfolio.stats.activeDetail(list.length)}
          icon={IconUsers}
          color="petrol"
          testId="stat-active"
        />
        <StatCard
          label={t.portfolio.stats.crises}
          value={fmt.number(crises)}
          detail={t.portfolio.stats.crisesDetail(inCrisis)}
          icon={IconAlertOctagon}
          color={crises > 0 ? 'red' : 'gray'}
          testId="stat-crises"
        />
        <StatCard
          label={t.portfolio.stats.renewals}
          value={fmt.number(renewals.length)}
          detail={next ? t.portfolio.stats.renewalsNext(fmt.relative(next.client.renewalDate as string, today)) : t.portfolio.stats.renewalsNone}
          icon={IconCalendarDue}
          color={renewals.length > 0 ? 'orange' : 'gray'}
          testId="stat-renewals"
        />
        <StatCard
          label={t.portfolio.stats.overdue}
          value={fmt.number(overdue)}
          detail={overdue > 0 ? t.portfolio.stats.overdueDetail : t.portfolio.stats.overdueNone}
          icon={IconHeartHandshake}
          color={overdue > 0 ? 'yellow' : 'gray'}
          testId="stat-overdue"
        />
      </SimpleGrid>
      <ClientTable
        clients={sorted}
        from="portfolio"
        label={t.portfolio.title}
        columns={['since', 'owner', 'renewal', 'openCrises', 'lastContact']}
      />
    </>
  );
}
