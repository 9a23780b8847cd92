// A client relationship: the relationship at a glance, then its story (the timeline) and its people.
import { Anchor, Badge, Button, Group, Kbd, Paper, SimpleGrid, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { ClientNevChart, ClientReminders, HeaderHealth, HealthPanel } from '../../components/Health/index.ts';
import { IconArrowLeft, IconHeartbeat, IconReportAnalytics, IconTimeline, IconUsers } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import type { Client, ClientSummary, TimelineEvent } from '../../../../src/contract/schemas.ts';
import { anniversaryOn, fullYears, todayIso } from '../../../../src/domain/dates.ts';
import { showsError } from '../../api/agency.ts';
import { isApiError } from '../../api/client.ts';
import { useClient, useClients, useContacts } from '../../api/queries.ts';
import { ClientContacts } from '../../components/Contacts/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { EventActionsMenu, NewEventButton, useEventEditor } from '../../components/EventEditor/index.ts';
import { FactList, type Fact } from '../../components/FactList/FactList.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { usePlainKeys } from '../../components/Shortcuts/usePlainKeys.ts';
import { Timeline } from '../../components/Timeline/Timeline.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CONTACT_COLORS, contactState, renewalState } from '../../lib/relationship.ts';
import { useNavigation, type ClientTarget, type Section } from '../../navigation.tsx';
import textStyles from '../../styles/text.module.css';
import classes from './ClientPage.module.css';

/** A fact's value with a quieter second line. */
function Value({ main, sub, testId }: { main: ReactNode; sub?: ReactNode; testId?: string }) {
  return (
    <Stack gap={0} component="span" data-testid={testId}>
      <span>{main}</span>
      {sub ? (
        <Text span size="xs" c="dimmed" fw={400}>
          {sub}
        </Text>
      ) : null}
    </Stack>
  );
}

const CONTACT_BADGE: Record<'ok' | 'due' | 'overdue', string> = { ok: 'teal', due: 'orange', overdue: 'red' };

/** The relationship at a glance: how long, what next, who, the contract, and whether contact is due. */
function Glance({ client: c, summary, today }: { client: Client; summary: ClientSummary | undefined; today: string }) {
  const { t, fmt } = useI18n();
  const years = fullYears(c.since, today);
  const isAnniversary = years > 0 && anniversaryOn(c.since, years) === today;
  const nextYears = c.since > today ? 1 : years + 1;
  const next = anniversaryOn(c.since, nextYears);
  const contact = summary ? contactState(summary, today) : null;
  const renewal = renewalState(c.renewalDate, today);
  const active = c.status === 'active';

  const facts: Fact[] = [
    {
      label: t.glance.togetherSince,
      testId: 'glance-since',
      value: <Value main={fmt.date(c.since)} sub={t.glance.togetherYears(years)} />,
    },
    {
      label: t.glance.nextAnniversary,
      testId: 'glance-anniversary',
      value: isAnniversary ? (
        <Value
          main={fmt.date(today)}
          sub={<Badge size="sm" color="pink" variant="light">{t.glance.anniversaryToday(years)}</Badge>}
        />
      ) : (
        <Value main={fmt.date(next)} sub={`${t.glance.anniversaryYears(nextYears)} · ${fmt.relative(next, today)}`} />
      ),
    },
    {
      label: t.client.owner,
      testId: 'glance-owner',
      value: c.owner ?? <Text span c="dimmed" inherit>{t.client.noOwner}</Text>,
    },
    {
      label: t.glance.keepInTouch,
      testId: 'glance-cadence',
      value: t.client.cadenceValue(c.cadenceIdealDays, c.cadenceMaxDays),
    },
    {
      label: t.glance.lastContact,
      testId: 'glance-last-contact',
      value:
        summary?.lastPersonalContact && contact && contact.level !== 'none' ? (
          <Value
            main={
              <Group gap={6} component="span" wrap="wrap" style={{ rowGap: 2 }}>
                <Text span inherit c={active ? CONTACT_COLORS[contact.level] : undefined} className={textStyles.nowrap}>
                  {fmt.date(summary.lastPersonalContact.slice(0, 10))}
                </Text>
                {active ? (
                  <Badge size="sm" variant="light" color={CONTACT_BADGE[contact.level]} className={textStyles.keep} data-testid="glance-contact-state" data-state={contact.level}>
                    {t.glance.contactStates[contact.level]}
                  </Badge>
                ) : null}
              </Group>
            }
            sub={fmt.relative(summary.lastPersonalContact.slice(0, 10), today)}
          />
        ) : (
          <Text span c="dimmed" inherit data-testid="glance-contact-state" data-state="none">
            {t.glance.contactStates.none}
          </Text>
        ),
    },
    {
      label: t.glance.contract,
      testId: 'glance-contract',
      value:
        c.contractValue !== null ? (
          <Value
            main={t.client.perYear(fmt.currency(c.contractValue, c.currency))}
            sub={c.noticeDays !== null ? t.glance.notice(c.noticeDays) : undefined}
          />
        ) : (
          <Text span c="dimmed" inherit>{t.glance.noContract}</Text>
        ),
    },
    {
      label: t.glance.renewal,
      testId: 'glance-renewal',
      value: c.renewalDate ? (
        <Value
          main={
            <Group gap={6} component="span" wrap="wrap" style={{ rowGap: 2 }}>
              <span className={textStyles.nowrap}>{fmt.date(c.renewalDate)}</span>
              {renewal.color ? (
                <Badge size="sm" color={renewal.color} className={textStyles.keep}>
                  {fmt.relative(c.renewalDate, today)}
                </Badge>
              ) : null}
            </Group>
          }
          sub={renewal.color ? undefined : fmt.relative(c.renewalDate, today)}
        />
      ) : (
        <Text span c="dimmed" inherit>{t.glance.noRenewal}</Text>
      ),
    },
    {
      label: t.glance.openIssues,
      testId: 'glance-crises',
      value: summary ? (
        summary.openCrises > 0 ? (
          <Badge color="red" variant="filled">
            {t.glance.openCrises(summary.openCrises)}
          </Badge>
        ) : (
          <Text span c="dimmed" inherit>{t.glance.noOpenCrises}</Text>
        )
      ) : (
        t.app.none
      ),
    },
  ];

  return (
    <Paper withBorder p="lg" mb="lg" className={classes.card} data-testid="client-glance">
      <FactList facts={facts} />
      {c.notes ? (
        <div className={classes.notes}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4} className={classes.label}>
            {t.client.notes}
          </Text>
          <Text size="sm" className={classes.pre} lineClamp={4}>
            {c.notes}
          </Text>
        </div>
      ) : null}
    </Paper>
  );
}

type Tab = 'timeline' | 'contacts' | 'health';

export function ClientPage({ clientId, from }: { clientId: number; from: Section }) {
  const { t, fmt } = useI18n();
  const { go, route } = useNavigation();
  const client = useClient(clientId);
  const summary = useClients().data?.find((c) => c.id === clientId);
  const contacts = useContacts(clientId);
  const editor = useEventEditor();
  const today = todayIso();
  const target: ClientTarget | undefined = route.section === 'client' && route.clientId === clientId ? route.target : undefined;
  const [tab, setTab] = useState<Tab>('timeline');
  // A search hit always shows the timeline, whichever tab was open.
  const [seenTarget, setSeenTarget] = useState(target?.nonce);
  if (target && target.nonce !== seenTarget) {
    setSeenTarget(target.nonce);
    setTab('timeline');
  }

  const openEvent = useCallback((event: TimelineEvent) => editor.openEdit(event), [editor]);
  const renderActions = useCallback((event: TimelineEvent) => <EventActionsMenu event={event} />, []);
  usePlainKeys({
    n: () => {
      if (!client.data) return false;
      editor.openNew(client.data.id);
    },
  });

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
  if (showsError(client) || client.data === undefined) {
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
  return (
    <div data-client-page={c.id}>
      <PageHeader
        above={back}
        title={
          <Group gap="sm" component="span" wrap="nowrap">
            <span className={classes.name} data-testid="client-name-heading">{c.name}</span>
            <Badge color={c.status === 'active' ? 'petrol' : 'gray'} size="md" className={textStyles.keep}>
              {t.client.statuses[c.status]}
            </Badge>
          </Group>
        }
        subtitle={t.glance.togetherYears(fullYears(c.since, today))}
        below={<HeaderHealth clientId={c.id} clientName={c.name} />}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconReportAnalytics size={16} stroke={1.7} />}
              onClick={() => go({ section: 'reports', clientId: c.id })}
              data-testid="client-report"
            >
              {t.clientPage.report}
            </Button>
            <Tooltip label={<Group gap={6}>{t.shortcuts.newEvent} <Kbd size="xs">n</Kbd></Group>}>
              <span>
                <NewEventButton clientId={c.id} />
              </span>
            </Tooltip>
          </>
        }
      />
      <Glance client={c} summary={summary} today={today} />
      <Tabs value={tab} onChange={(v) => setTab(v === 'contacts' || v === 'health' ? v : 'timeline')} keepMounted={false} className={classes.tabs}>
        <Tabs.List mb="xs">
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} stroke={1.7} />} data-testid="tab-timeline">
            {t.timeline.title}
          </Tabs.Tab>
          <Tabs.Tab
            value="contacts"
            leftSection={<IconUsers size={16} stroke={1.7} />}
            rightSection={contacts.data ? <Badge size="xs" variant="light" color="gray" circle>{fmt.number(contacts.data.length)}</Badge> : null}
            data-testid="tab-contacts"
          >
            {t.contacts.title}
          </Tabs.Tab>
          <Tabs.Tab value="health" leftSection={<IconHeartbeat size={16} stroke={1.7} />} data-testid="tab-health">
            {t.health.title}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline">
          <Timeline client={c} target={target} onOpenEvent={openEvent} renderActions={renderActions} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="sm">
          <ClientContacts clientId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="health" pt="sm">
          {/* The header says how the relationship is; this tab says why, with the reminders and the NEV chart. */}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="md">
            <HealthPanel clientId={c.id} clientName={c.name} />
            <ClientReminders clientId={c.id} />
          </SimpleGrid>
          <ClientNevChart clientId={c.id} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
