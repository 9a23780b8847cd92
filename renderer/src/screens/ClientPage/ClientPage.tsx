import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconReportAnalytics, IconTimeline } from '@tabler/icons-react';
import { useClient, useClients, useEventPages } from '../../api/queries.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { EventTimeline } from '../../components/EventTimeline/EventTimeline.tsx';
import { FactList, type Fact } from '../../components/FactList/FactList.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fullYears, todayIso } from '../../../../src/domain/dates.ts';
import { CONTACT_COLORS, contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation, type Section } from '../../navigation.tsx';
import classes from './ClientPage.module.css';

function Timeline({ clientId }: { clientId: number }) {
  const { t } = useI18n();
  const pages = useEventPages(clientId);
  if (pages.isPending) return <LoadingRows rows={4} />;
  if (pages.isError) return <ErrorAlert error={pages.error} onRetry={() => void pages.refetch()} />;
  const events = pages.data.pages.flatMap((p) => p.items);
  if (events.length === 0) {
    return (
      <EmptyState
        icon={<IconTimeline size={26} stroke={1.5} />}
        withIndicatorBackground
        size="sm"
        title={t.clientPage.emptyTitle}
        description={t.clientPage.emptyText}
        py="lg"
      />
    );
  }
  return (
    <Stack gap="md">
      <EventTimeline events={events} />
      {pages.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t.clientPage.more}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

export function ClientPage({ clientId, from }: { clientId: number; from: Section }) {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const client = useClient(clientId);
  const summary = useClients().data?.find((c) => c.id === clientId);
  const today = todayIso();

  const back = (
    <Anchor component="button" type="button" size="sm" onClick={() => go({ section: from } as Parameters<typeof go>[0])} className={classes.back}>
      <IconArrowLeft size={14} stroke={1.8} />
      {t.frame.nav[from]}
    </Anchor>
  );

  if (client.isPending) {
    return (
      <>
        <PageHeader above={back} title={summary?.name ?? t.app.loading} />
        <LoadingRows rows={3} />
      </>
    );
  }
  if (client.isError) {
    const notFound = isApiError(client.error) && client.error.code === 'NOT_FOUND';
    return (
      <>
        <PageHeader above={back} title={summary?.name ?? t.client.name} />
        {notFound ? (
          <Text c="dimmed">{t.clientPage.notFound}</Text>
        ) : (
          <ErrorAlert error={client.error} onRetry={() => void client.refetch()} />
        )}
      </>
    );
  }

  const c = client.data;
  const contact = summary ? contactState(summary, today) : null;
  const contactColor = contact && c.status === 'active' ? CONTACT_COLORS[contact.level] : undefined;
  const renewal = renewalState(c.renewalDate, today);
  const facts: Fact[] = [
    { label: t.client.since, value: fmt.date(c.since) },
    { label: t.client.owner, value: c.owner ?? <Text span c="dimmed" inherit>{t.client.noOwner}</Text> },
    { label: t.client.cadence, value: t.client.cadenceValue(c.cadenceIdealDays, c.cadenceMaxDays) },
    {
      label: t.client.lastContact,
      value:
        summary?.lastPersonalContact && contact ? (
          <Text span inherit c={contactColor}>
            {fmt.date(summary.lastPersonalContact.slice(0, 10))} · {fmt.relative(summary.lastPersonalContact.slice(0, 10), today)}
          </Text>
        ) : (
          <Text span c="dimmed" inherit>{t.client.noContact}</Text>
        ),
    },
    {
      label: t.client.renewal,
      value: c.renewalDate ? (
        <Group gap={6} component="span">
          {fmt.date(c.renewalDate)}
          {renewal.color ? (
            <Badge size="sm" color={renewal.color}>
              {fmt.relative(c.renewalDate, today)}
            </Badge>
          ) : null}
        </Group>
      ) : (
        <Text span c="dimmed" inherit>{t.client.noRenewal}</Text>
      ),
    },
    {
      label: t.client.contractValue,
      value: c.contractValue !== null ? t.client.perYear(fmt.currency(c.contractValue, c.currency)) : <Text span c="dimmed" inherit>{t.app.none}</Text>,
    },
    {
      label: t.client.notice,
      value: c.noticeDays !== null ? t.app.days(c.noticeDays) : <Text span c="dimmed" inherit>{t.app.none}</Text>,
    },
    {
      label: t.client.openCrises,
      value: summary ? (
        summary.openCrises > 0 ? <Badge color="red" variant="filled">{fmt.number(summary.openCrises)}</Badge> : fmt.number(0)
      ) : t.app.none,
    },
  ];

  return (
    <>
      <PageHeader
        above={back}
        title={
          <Group gap="sm" component="span" wrap="nowrap">
            <span className={classes.name} data-testid="client-name-heading">{c.name}</span>
            <Badge color={c.status === 'active' ? 'petrol' : 'gray'} size="md">
              {t.client.statuses[c.status]}
            </Badge>
          </Group>
        }
        subtitle={t.client.together(fullYears(c.since, today))}
        actions={
          <Button
            variant="default"
            leftSection={<IconReportAnalytics size={16} stroke={1.7} />}
            onClick={() => go({ section: 'reports', clientId: c.id })}
          >
            {t.clientPage.report}
          </Button>
        }
      />
      <Paper withBorder p="lg" mb="lg" className={classes.card}>
        <Title order={2} fz="h4" mb="md">
          {t.clientPage.facts}
        </Title>
        <FactList facts={facts} />
        {c.notes ? (
          <div className={classes.notes}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
              {t.client.notes}
            </Text>
            <Text size="sm" className={classes.pre}>
              {c.notes}
            </Text>
          </div>
        ) : null}
      </Paper>
      <Paper withBorder p="lg" className={classes.card}>
        <Group justify="space-between" mb="md">
          <Title order={2} fz="h4">
            {t.clientPage.timeline}
          </Title>
          {summary ? (
            <Text size="sm" c="dimmed">
              {t.clientPage.timelineCount(summary.eventCount)}
            </Text>
          ) : null}
        </Group>
        <Timeline clientId={clientId} />
      </Paper>
    </>
  );
}
