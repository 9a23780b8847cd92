// Mediation: talks in preparation, the open crises and misunderstandings across clients (each can be
// prepared from here), and the talks already held with their open agreements. With a prep in the route it
// shows that prep's workspace.
import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight, IconBolt, IconHeartHandshake } from '@tabler/icons-react';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import type { PrepSummary } from '../../../../src/contract/mediation.ts';
import type { TimelineEvent } from '../../../../src/contract/events.ts';
import { useClients, useOpenIssues, usePreps, useReference } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PrepWorkspace } from '../../components/MediationPrep/index.ts';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { todayIso } from '../../../../src/domain/dates.ts';
import { useNavigation } from '../../navigation.tsx';
import { PrepareTalkButton } from './openPrep.tsx';
import classes from './Mediation.module.css';

const LEVEL_COLORS: Record<string, string> = { 'win-win': 'yellow', 'win-lose': 'orange', 'lose-lose': 'red' };
const levelOf = (stage: number) => (stage <= 3 ? 'win-win' : stage <= 6 ? 'win-lose' : 'lose-lose');

function StageBadges({ stage }: { stage: number }) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const info = reference.data?.glaslStages.find((s) => s.stage === stage);
  const level = info?.level ?? levelOf(stage);
  const stageName = info ? (locale === 'de' ? info.labelDe : info.labelEn) : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={LEVEL_COLORS[level] ?? 'gray'} variant="light">
        {t.events.glasl(stage)}
        {stageName ? ` · ${stageName}` : ''}
      </Badge>
      <Badge color="gray" variant="outline">
        {t.mediation.levels[level] ?? level}
      </Badge>
    </Group>
  );
}

function IssueRow({ event, prep }: { event: TimelineEvent; prep: PrepSummary | undefined }) {
  const { t, fmt } = useI18n();
  const crisis = event.kind === 'crisis';
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" className={classes.crisis} data-testid={crisis ? 'open-crisis' : 'open-misunderstanding'} data-event-id={event.id}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <ThemeIcon size={26} radius="xl" variant="light" color={crisis ? 'red' : 'orange'} style={{ flex: 'none' }} role="img" aria-label={t.events.kinds[event.kind]}>
          {crisis ? <IconBolt size={14} stroke={1.8} /> : <IconAlertTriangle size={14} stroke={1.8} />}
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} className={classes.title}>
            {event.title}
          </Text>
          <Text size="xs" c="dimmed">
            {crisis ? '' : `${t.events.kinds.misunderstanding} · `}
            {t.mediation.since(fmt.date(event.occurredOn))} · {fmt.relative(event.occurredOn, todayIso())}
          </Text>
        </div>
      </Group>
      <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
        {event.kind === 'crisis' ? <StageBadges stage={event.glaslStage} /> : null}
        <PrepareTalkButton eventId={event.id} continues={prep !== undefined} />
      </Group>
    </Group>
  );
}

function PrepTable({ preps, held }: { preps: PrepSummary[]; held: boolean }) {
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const m = t.mediation;
  return (
    <Paper withBorder className={classes.table}>
      <Table verticalSpacing="xs" highlightOnHover data-testid={held ? 'held-preps' : 'open-preps'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.columns.issue}</Table.Th>
            <Table.Th>{m.columns.stage}</Table.Th>
            <Table.Th>{m.columns.talk}</Table.Th>
            <Table.Th>{m.columns.agreements}</Table.Th>
            <Table.Th aria-label={m.columns.open} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preps.map((p) => (
            <Table.Tr key={p.id} data-testid="prep-row" data-prep-id={p.id} data-status={p.status}>
              <Table.Td style={{ maxWidth: 340 }}>
                <Anchor component="button" type="button" fw={500} size="sm" ta="left" onClick={() => go({ section: 'mediation', prepId: p.id })} className={classes.title}>
                  {p.eventTitle}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {p.clientName} · {t.events.kinds[p.eventKind]}
                  {p.eventStatus === 'resolved' ? ` · ${t.mediation.resolved}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.glaslStage ? (
                  <Badge color={LEVEL_COLORS[levelOf(p.glaslStage)] ?? 'gray'} variant="light">
                    {t.events.glasl(p.glaslStage)}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t.app.none}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={p.talkDate ? undefined : 'dimmed'}>
                  {p.talkDate ? fmt.date(p.talkDate) : m.noDate}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.openAgreements > 0 ? (
                  <Badge color="petrol" variant="light" data-testid="prep-open-agreements">
                    {m.openAgreements(p.openAgreements)}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    {held ? m.allKept : t.app.none}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant={held ? 'subtle' : 'light'} rightSection={<IconArrowRight size={14} />} onClick={() => go({ section: 'mediation', prepId: p.id })} data-testid="prep-open">
                  {held ? m.view : m.continuePrep}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ClientIssues({ client, items, preps }: { client: ClientSummary; items: TimelineEvent[]; preps: Map<number, PrepSummary> }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const misunderstandings = items.filter((e) => e.kind === 'misunderstanding').length;
  return (
    <Paper withBorder p="lg" className={classes.card} data-testid="mediation-client" data-crisis={client.openCrises > 0 || undefined}>
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
          {client.openCrises > 0 ? (
            <Badge color="red" variant="filled" data-testid="open-crises-count">
              {t.mediation.openCount(client.openCrises)}
            </Badge>
          ) : null}
          {misunderstandings > 0 ? (
            <Badge color="orange" variant="light" data-testid="open-misunderstandings-count">
              {t.mediation.openMisunderstandings(misunderstandings)}
            </Badge>
          ) : null}
          <Button
            size="xs"
            variant="subtle"
            rightSection={<IconArrowRight size={14} />}
            onClick={() => go({ section: 'client', clientId: client.id, from: 'mediation' })}
          >
            {t.mediation.openClient}
          </Button>
        </Group>
      </Group>
      <Stack gap={6}>
        {items
          .sort((a, b) => (a.kind === b.kind ? a.occurredOn.localeCompare(b.occurredOn) : a.kind === 'crisis' ? -1 : 1))
          .map((event) => (
            <IssueRow key={event.id} event={event} prep={preps.get(event.id)} />
          ))}
      </Stack>
    </Paper>
  );
}

function Overview() {
  const { t } = useI18n();
  const clients = useClients();
  const open = usePreps({ status: 'open' });
  const held = usePreps({ status: 'held' });
  const ordered = [...(clients.data ?? [])].sort((a, b) => b.openCrises - a.openCrises || a.name.localeCompare(b.name));
  const issues = useOpenIssues(ordered.map((c) => c.id));

  const header = <PageHeader title={t.mediation.title} subtitle={t.mediation.subtitle} />;
  if (clients.isPending || open.isPending || held.isPending || (ordered.length > 0 && issues.isPending)) return <>{header}<LoadingRows rows={3} /></>;
  const failed = clients.error ?? open.error ?? held.error ?? issues.error;
  if (failed) {
    return (
      <>
        {header}
        <ErrorAlert error={failed} onRetry={() => void Promise.all([clients.refetch(), open.refetch(), held.refetch(), issues.refetch()])} />
      </>
    );
  }

  const byClient = new Map((issues.data ?? []).map((x) => [x.clientId, x.items]));
  // The most pressing first: the highest Glasl stage among a client's open crises, then how many.
  const topStage = (id: number) => Math.max(0, ...(byClient.get(id) ?? []).map((e) => (e.kind === 'crisis' ? e.glaslStage : 0)));
  const withIssues = ordered
    .filter((c) => (byClient.get(c.id)?.length ?? 0) > 0)
    .sort((a, b) => topStage(b.id) - topStage(a.id) || b.openCrises - a.openCrises || a.name.localeCompare(b.name));
  const prepByEvent = new Map((open.data ?? []).map((p) => [p.eventId, p]));
  const openPreps = open.data ?? [];
  const heldPreps = held.data ?? [];

  if (withIssues.length === 0 && openPreps.length === 0 && heldPreps.length === 0) {
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
      <Stack gap="xl">
        {openPreps.length > 0 ? (
          <section>
            <Title order={2} fz="h4" mb="xs">
              {t.mediation.inPreparation}
            </Title>
            <PrepTable preps={openPreps} held={false} />
          </section>
        ) : null}

        <section>
          <Title order={2} fz="h4" mb={2}>
            {t.mediation.openIssues}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t.mediation.openIssuesHint}
          </Text>
          {withIssues.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="mediation-empty">
              {t.mediation.emptyText}
            </Text>
          ) : (
            <Stack gap="md">
              {withIssues.map((client) => (
                <ClientIssues key={client.id} client={client} items={[...(byClient.get(client.id) ?? [])]} preps={prepByEvent} />
              ))}
            </Stack>
          )}
        </section>

        {heldPreps.length > 0 ? (
          <section>
            <Title order={2} fz="h4" mb="xs">
              {t.mediation.heldTalks}
            </Title>
            <PrepTable preps={heldPreps} held />
          </section>
        ) : null}
      </Stack>
    </>
  );
}

export function Mediation() {
  const { route } = useNavigation();
  if (route.section === 'mediation' && route.prepId !== undefined) return <PrepWorkspace key={route.prepId} prepId={route.prepId} />;
  return <Overview />;
}
