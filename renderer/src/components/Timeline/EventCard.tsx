// One event on the timeline, with what its kind records. Every text from the ledger renders as text.
import { ActionIcon, Anchor, Badge, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconPencil, IconUsers } from '@tabler/icons-react';
import { memo, useId, useState, type ReactNode } from 'react';
import type { Contact, Reference, TimelineEvent } from '../../../../src/contract/schemas.ts';
import { daysBetween } from '../../../../src/domain/dates.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { spanText } from './format.ts';
import { CHANNEL_ICONS, clusterColor, GLASL_LEVEL_COLORS, KIND_ICONS } from './kinds.ts';
import classes from './Timeline.module.css';

export interface EventCardProps {
  event: TimelineEvent;
  reference: Reference | undefined;
  contacts: ReadonlyMap<number, Contact>;
  currency: string;
  today: string;
  focused: boolean;
  highlighted: boolean;
  onSelect(id: number): void;
  /** Opens the event for editing; absent while no editor is wired in. */
  onOpen?: (event: TimelineEvent) => void;
  /** The event's own actions (edit, resolve, delete), shown at its top right; replaces the edit button. */
  renderActions?: (event: TimelineEvent) => ReactNode;
}

const BODY_CLAMP = 280;

function Dot() {
  return <span className={classes.dot} aria-hidden="true">·</span>;
}

/** A label over a text, for the two sides of a misunderstanding, the resolution, what made it personal. */
function Quote({ label, children, testId, tone }: { label: ReactNode; children: ReactNode; testId?: string; tone?: 'resolved' }) {
  return (
    <div className={classes.quote} data-tone={tone} data-testid={testId}>
      <Text size="xs" fw={600} className={classes.quoteLabel}>
        {label}
      </Text>
      <Text size="sm" className={classes.text}>
        {children}
      </Text>
    </div>
  );
}

function EventCardImpl({ event, reference, contacts, currency, today, focused, highlighted, onSelect, onOpen, renderActions }: EventCardProps) {
  const { t, fmt, locale } = useI18n();
  // Each card is an article named by its title and date, so a screen reader tells one card from the next.
  const labelId = useId();
  const [expanded, setExpanded] = useState(false);
  const label = (x: { labelEn: string; labelDe: string }) => (locale === 'de' ? x.labelDe : x.labelEn);
  const color = KIND_COLORS[event.kind];
  const Icon = KIND_ICONS[event.kind];

  const meta: ReactNode[] = [];
  const badges: ReactNode[] = [];
  const blocks: ReactNode[] = [];

  switch (event.kind) {
    case 'project': {
      const end = event.endsOn;
      if (end) {
        meta.push(<span key="span" data-testid="event-span">{t.timeline.span(fmt.date(event.occurredOn), fmt.date(end))}</span>);
        meta.push(<span key="len">{spanText(t, daysBetween(event.occurredOn, end))}</span>);
      } else {
        meta.push(<span key="span" data-testid="event-span">{t.timeline.running(fmt.date(event.occurredOn))}</span>);
        if (event.occurredOn <= today) meta.push(<span key="len">{spanText(t, daysBetween(event.occurredOn, today))}</span>);
      }
      if (event.value !== null) meta.push(<span key="value">{fmt.currency(event.value, currency)}</span>);
      if (event.outcome) blocks.push(<Quote key="outcome" label={t.timeline.outcome}>{event.outcome}</Quote>);
      break;
    }
    case 'crisis':
    case 'misunderstanding': {
      if (event.kind === 'crisis') {
        const stage = reference?.glaslStages.find((s) => s.stage === event.glaslStage);
        const levelColor = stage ? GLASL_LEVEL_COLORS[stage.level] ?? 'red' : 'red';
        badges.push(
          <Tooltip key="glasl" label={stage ? t.timeline.levels[stage.level] ?? stage.level : ''} disabled={!stage}>
            <Badge size="sm" color={levelColor} variant="light" data-testid="event-glasl">
              {stage ? t.timeline.glasl(stage.stage, label(stage)) : t.events.glasl(event.glaslStage)}
            </Badge>
          </Tooltip>,
        );
      }
      if (event.status === 'resolved') {
        badges.push(
          <Badge key="status" size="sm" color="green" variant="light" leftSection={<IconCircleCheck size={12} stroke={2} />} data-testid="event-status">
            {t.timeline.resolved}
          </Badge>,
        );
        if (event.resolvedOn) {
          badges.push(
            <Text key="took" span size="xs" c="dimmed" data-testid="event-resolved-in">
              {t.timeline.resolvedIn(daysBetween(event.occurredOn, event.resolvedOn))}
            </Text>,
          );
        }
      } else {
        badges.push(
          <Badge key="status" size="sm" color="red" variant="filled" data-testid="event-status">
            {t.timeline.open}
          </Badge>,
        );
        badges.push(
          <Text key="open-for" span size="xs" c="dimmed">
            {t.timeline.openFor(daysBetween(event.occurredOn, today))}
          </Text>,
        );
      }
      if (event.kind === 'crisis' && event.rootCauses.length > 0) {
        blocks.push(
          <div key="causes" className={classes.quote} data-testid="event-root-causes">
            <Text size="xs" fw={600} className={classes.quoteLabel}>
              {t.timeline.rootCauses}
            </Text>
            {event.rootCauses.map((cause) => {
              const known = reference?.rootCauses.find((r) => r.key === cause.key);
              return (
                <Text key={cause.key} size="sm" className={classes.text}>
                  <Text span inherit fw={600}>
                    {known ? label(known) : cause.key}
                  </Text>
                  {cause.note ? ` – ${cause.note}` : ''}
                </Text>
              );
            })}
          </div>,
        );
      }
      if (event.kind === 'misunderstanding' && (event.ourUnderstanding || event.theirUnderstanding)) {
        blocks.push(
          <div key="sides" className={classes.sides} data-testid="event-sides">
            <Quote label={t.timeline.ours}>{event.ourUnderstanding ?? t.app.none}</Quote>
            <Quote label={t.timeline.theirs}>{event.theirUnderstanding ?? t.app.none}</Quote>
          </div>,
        );
      }
      if (event.resolution) {
        blocks.push(
          <Quote key="resolution" label={t.timeline.resolution} testId="event-resolution" tone="resolved">
            {event.resolution}
          </Quote>,
        );
      }
      break;
    }
    case 'appreciation': {
      meta.push(<span key="gesture" data-testid="event-gesture">{event.gesture}</span>);
      if (event.direction === 'received') meta.push(<span key="dir">{t.timeline.received}</span>);
      if (event.isPersonal) badges.push(<Badge key="p" size="sm" color="pink" variant="light" data-testid="badge-personal">{t.timeline.personal}</Badge>);
      if (event.isUnscheduled) badges.push(<Badge key="u" size="sm" color="grape" variant="light" data-testid="badge-unscheduled">{t.timeline.unscheduled}</Badge>);
      if (!event.isPersonal && !event.isUnscheduled) badges.push(<Badge key="r" size="sm" color="gray" variant="light">{t.timeline.routine}</Badge>);
      if (event.ladderStage !== null) {
        const stage = reference?.appreciationStages.find((s) => s.stage === event.ladderStage);
        if (stage) badges.push(<Badge key="ladder" size="sm" color="pink" variant="outline">{t.timeline.ladder(stage.stage, label(stage))}</Badge>);
      }
      if (event.personalNote) {
        blocks.push(<Quote key="note" label={t.timeline.madePersonal} testId="event-made-personal">{event.personalNote}</Quote>);
      }
      break;
    }
    case 'touchpoint': {
      const ChannelIcon = CHANNEL_ICONS[event.channel] ?? CHANNEL_ICONS.other;
      meta.push(
        <span key="channel" className={classes.channel} data-testid="event-channel">
          {ChannelIcon ? <ChannelIcon size={13} stroke={1.8} aria-hidden="true" /> : null}
          {t.events.channels[event.channel] ?? event.channel}
        </span>,
      );
      meta.push(<span key="init" data-testid="event-initiator">{t.timeline.initiated[event.initiatedBy]}</span>);
      if (event.responseHours !== null) meta.push(<span key="resp">{t.timeline.answeredIn(event.responseHours)}</span>);
      break;
    }
    case 'milestone':
      meta.push(<span key="type">{t.timeline.milestones[event.milestoneType] ?? event.milestoneType}</span>);
      break;
  }

  // On the agency's shared ledger: who logged it, and who changed it last when that is someone else.
  if (event.loggedBy) {
    meta.push(<span key="logged" data-testid="event-author">{t.agency.timeline.loggedBy(event.loggedBy.name)}</span>);
    if (event.changedBy && event.changedBy.login !== event.loggedBy.login) {
      meta.push(<span key="changed" data-testid="event-changed-by">{t.agency.timeline.changedBy(event.changedBy.name)}</span>);
    }
  }

  const emotions = event.emotions.map((e) => {
    const emotion = reference?.emotions.find((x) => x.key === e.key);
    const cluster = reference?.emotionClusters.find((c) => c.key === emotion?.clusterKey);
    const name = emotion ? label(emotion) : e.key;
    const title = t.timeline.intensity(name, cluster ? label(cluster) : '', e.intensity);
    return (
      <Badge
        key={e.key}
        size="sm"
        variant="light"
        color={clusterColor(cluster?.key, cluster?.valence)}
        className={classes.emotion}
        title={title}
        aria-label={title}
        data-testid="event-emotion"
        data-valence={(cluster?.valence ?? 0) < 0 ? 'negative' : 'positive'}
        rightSection={
          <span className={classes.pips} aria-hidden="true">
            {[1, 2, 3, 4, 5].map((n) => (
              <span key={n} data-on={n <= e.intensity || undefined} />
            ))}
          </span>
        }
      >
        {name}
      </Badge>
    );
  });

  const people = event.participantIds.map((id) => contacts.get(id)?.name).filter((n): n is string => Boolean(n));
  const body = event.body ?? '';
  const long = body.length > BODY_CLAMP || body.split('\n').length > 4;

  return (
    <article
      className={classes.eventRow}
      aria-labelledby={`${labelId}-title ${labelId}-date`}
      data-testid="timeline-event"
      data-event-id={event.id}
      data-kind={event.kind}
      data-occurred-on={event.occurredOn}
      data-status={'status' in event ? event.status : undefined}
      data-focused={focused || undefined}
      data-highlighted={highlighted || undefined}
      tabIndex={-1}
      onClick={() => onSelect(event.id)}
      onDoubleClick={onOpen ? () => onOpen(event) : undefined}
    >
      <div className={classes.bullet}>
        <ThemeIcon size={30} radius="xl" variant="light" color={color} className={classes.bulletIcon}>
          <Icon size={16} stroke={1.8} />
        </ThemeIcon>
      </div>
      <div className={classes.card} data-kind={event.kind}>
        <div className={classes.head}>
          <Text fw={600} size="sm" className={classes.title} id={`${labelId}-title`} data-testid="event-title">
            {event.title}
          </Text>
          <Group gap={4} wrap="nowrap" className={classes.when}>
            <Text size="xs" c="dimmed" className={classes.date} id={`${labelId}-date`} data-testid="event-date">
              {fmt.date(event.occurredOn)}
            </Text>
            {renderActions ? (
              <div className={classes.actions} onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
                {renderActions(event)}
              </div>
            ) : onOpen ? (
              <Tooltip label={t.timeline.openEvent}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  className={classes.edit}
                  aria-label={t.timeline.openEvent}
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(event);
                  }}
                >
                  <IconPencil size={14} stroke={1.8} />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        </div>
        <div className={classes.meta}>
          <span className={classes.kind} style={{ color: `var(--mantine-color-${color}-text)` }} data-testid="event-kind">
            {t.events.kinds[event.kind]}
          </span>
          {meta.map((m, i) => (
            <span key={i} className={classes.metaItem}>
              <Dot />
              {m}
            </span>
          ))}
        </div>
        {badges.length > 0 ? (
          <Group gap={6} mt={6} className={classes.badges}>
            {badges}
          </Group>
        ) : null}
        {blocks.length > 0 ? <div className={classes.blocks}>{blocks}</div> : null}
        {emotions.length > 0 ? (
          <Group gap={4} mt={8} role="group" aria-label={t.timeline.emotions}>
            {emotions}
          </Group>
        ) : null}
        {people.length > 0 ? (
          <Group gap={4} mt={6} wrap="nowrap" className={classes.people}>
            <IconUsers size={13} stroke={1.8} aria-hidden="true" />
            <Text size="xs" c="dimmed" className={classes.text}>
              {t.timeline.participants} {people.join(', ')}
            </Text>
          </Group>
        ) : null}
        {body ? (
          <>
            <Text size="sm" c="dimmed" mt={6} className={classes.text} lineClamp={long && !expanded ? 3 : undefined} data-testid="event-body">
              {body}
            </Text>
            {long ? (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={(e) => {
                  e.stopPropagation();
                  setExpanded((x) => !x);
                }}
              >
                {expanded ? t.timeline.less : t.timeline.more}
              </Anchor>
            ) : null}
          </>
        ) : null}
      </div>
    </article>
  );
}

export const EventCard = memo(EventCardImpl);
