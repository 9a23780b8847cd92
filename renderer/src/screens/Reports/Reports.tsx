import { Button, EmptyState, Group, Paper, Select, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconAlertTriangle, IconBolt, IconBook2, IconCalendarDue, IconFileDescription, IconHeart, IconMessageCircle, IconPlus, IconRocket,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { ClientSummary, TimelineEvent } from '../../../../src/contract/schemas.ts';
import { useAllEvents, useClients } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fullYears, todayIso } from '../../../../src/domain/dates.ts';
import { useNavigation } from '../../navigation.tsx';
import classes from './Reports.module.css';

interface Section {
  key: string;
  icon: Icon;
  color: string;
  title: string;
  summary: string | null;
}

function Contents({ client }: { client: ClientSummary }) {
  const { t, fmt } = useI18n();
  const events = useAllEvents(client.id);
  const today = todayIso();
  if (events.isPending) return <LoadingRows rows={4} />;
  if (events.isError) return <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />;

  const all = events.data;
  const of = <K extends TimelineEvent['kind']>(kind: K) => all.filter((e): e is Extract<TimelineEvent, { kind: K }> => e.kind === kind);
  const dates = all.map((e) => e.occurredOn).sort();
  const projects = of('project');
  const touchpoints = of('touchpoint');
  const appreciation = of('appreciation').filter((e) => e.direction === 'shown');
  const crises = of('crisis');
  const misunderstandings = of('misunderstanding');
  const lastTouch = touchpoints.map((e) => e.occurredOn).sort().at(-1);

  const sections: Section[] = [
    {
      key: 'story', icon: IconBook2, color: 'petrol', title: t.reports.sections.story,
      summary:
        t.reports.story(t.client.together(fullYears(client.since, today)), all.length) +
        (dates.length > 1 ? ` · ${t.reports.range(fmt.date(dates[0] as string), fmt.date(dates.at(-1) as string))}` : ''),
    },
    { key: 'projects', icon: IconRocket, color: 'indigo', title: t.reports.sections.projects, summary: projects.length ? t.reports.projects(projects.length) : null },
    {
      key: 'touchpoints', icon: IconMessageCircle, color: 'petrol', title: t.reports.sections.touchpoints,
      summary: touchpoints.length && lastTouch ? t.reports.touchpoints(touchpoints.length, fmt.date(lastTouch)) : null,
    },
    {
      key: 'appreciation', icon: IconHeart, color: 'pink', title: t.reports.sections.appreciation,
      summary: appreciation.length ? t.reports.appreciation(appreciation.length, appreciation.filter((e) => e.isPersonal && e.isUnscheduled).length) : null,
    },
    {
      key: 'crises', icon: IconBolt, color: 'red', title: t.reports.sections.crises,
      summary: crises.length ? t.reports.issues(crises.length, crises.filter((e) => e.status === 'resolved').length) : null,
    },
    {
      key: 'misunderstandings', icon: IconAlertTriangle, color: 'orange', title: t.reports.sections.misunderstandings,
      summary: misunderstandings.length ? t.reports.issues(misunderstandings.length, misunderstandings.filter((e) => e.status === 'resolved').length) : null,
    },
    {
      key: 'renewal', icon: IconCalendarDue, color: 'yellow', title: t.reports.sections.renewal,
      summary: client.renewalDate ? t.reports.renewal(fmt.date(client.renewalDate), fmt.relative(client.renewalDate, today)) : t.reports.noRenewal,
    },
  ];

  return (
    <Stack gap={0} className={classes.sections}>
      {sections.map((s) => (
        <Group key={s.key} gap="md" wrap="nowrap" className={classes.section} data-testid={`report-section-${s.key}`} data-empty={s.summary ? undefined : true}>
          <ThemeIcon variant="light" color={s.summary ? s.color : 'gray'} size={36} radius="md">
            <s.icon size={19} stroke={1.7} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {s.title}
            </Text>
            <Text size="sm" c="dimmed">
              {s.summary ?? t.reports.nothing}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  );
}

export function Reports({ initialClientId }: { initialClientId?: number }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const clients = useClients();
  const [selected, setSelected] = useState<string | null>(initialClientId ? String(initialClientId) : null);

  const header = <PageHeader title={t.reports.title} subtitle={t.reports.subtitle} />;
  if (clients.isPending) return <>{header}<LoadingRows rows={2} /></>;
  if (clients.isError) return <>{header}<ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /></>;

  if (clients.data.length === 0) {
    return (
      <>
        {header}
        <Paper withBorder p="xl" py={56}>
          <EmptyState icon={<IconFileDescription size={28} stroke={1.5} />} variant="light" title={t.reports.noClientsTitle} description={t.reports.noClientsText}>
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

  const client = clients.data.find((c) => String(c.id) === selected) ?? null;
  return (
    <>
      {header}
      <Select
        label={t.reports.client}
        placeholder={t.reports.choose}
        data={[...clients.data].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: String(c.id), label: c.name }))}
        value={selected}
        onChange={setSelected}
        searchable
        nothingFoundMessage={t.reports.noneFound}
        maw={420}
        mb="lg"
        data-testid="report-client"
        allowDeselect={false}
      />
      {client ? (
        <Paper withBorder p="lg" className={classes.card}>
          <Title order={2} fz="h4" mb={4}>
            {t.reports.contents}
          </Title>
          <Text size="sm" c="dimmed" mb="md" className={classes.clientName}>
            {client.name}
          </Text>
          <Contents client={client} />
        </Paper>
      ) : (
        <Paper withBorder p="xl" py={48}>
          <EmptyState icon={<IconFileDescription size={28} stroke={1.5} />} withIndicatorBackground title={t.reports.pickTitle} description={t.reports.pickText} />
        </Paper>
      )}
    </>
  );
}
