import { Badge, Group, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconAlertTriangle, IconBolt, IconFlag, IconHeart, IconMessageCircle, IconRocket, type Icon,
} from '@tabler/icons-react';
import type { EventKind, TimelineEvent } from '../../../../src/contract/schemas.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import classes from './EventTimeline.module.css';

const KIND_ICONS: Record<EventKind, Icon> = {
  project: IconRocket,
  crisis: IconBolt,
  misunderstanding: IconAlertTriangle,
  appreciation: IconHeart,
  touchpoint: IconMessageCircle,
  milestone: IconFlag,
};

function Details({ event }: { event: TimelineEvent }) {
  const { t, fmt } = useI18n();
  const badges: { label: string; color: string }[] = [];
  const lines: string[] = [];
  switch (event.kind) {
    case 'project':
      if (event.endsOn) badges.push({ label: t.events.until(fmt.date(event.endsOn)), color: 'gray' });
      if (event.value !== null) badges.push({ label: fmt.number(event.value), color: 'gray' });
      if (event.outcome) lines.push(event.outcome);
      break;
    case 'crisis':
    case 'misunderstanding':
      if (event.kind === 'crisis') badges.push({ label: t.events.glasl(event.glaslStage), color: 'red' });
      badges.push(
        event.status === 'open'
          ? { label: t.events.open, color: 'red' }
          : { label: event.resolvedOn ? t.events.resolvedOn(fmt.date(event.resolvedOn)) : t.events.resolved, color: 'green' },
      );
      if (event.kind === 'misunderstanding') {
        if (event.ourUnderstanding) lines.push(t.events.ours(event.ourUnderstanding));
        if (event.theirUnderstanding) lines.push(t.events.theirs(event.theirUnderstanding));
      }
      if (event.resolution) lines.push(event.resolution);
      break;
    case 'appreciation':
      badges.push({ label: event.gesture, color: 'pink' });
      if (event.isPersonal) badges.push({ label: t.events.personal, color: 'pink' });
      if (event.isUnscheduled) badges.push({ label: t.events.unscheduled, color: 'pink' });
      if (!event.isPersonal && !event.isUnscheduled) badges.push({ label: t.events.routine, color: 'gray' });
      if (event.direction === 'received') badges.push({ label: t.events.received, color: 'gray' });
      if (event.personalNote) lines.push(event.personalNote);
      break;
    case 'touchpoint':
      badges.push({ label: t.events.channels[event.channel] ?? event.channel, color: 'petrol' });
      if (event.initiatedBy === 'client') badges.push({ label: t.events.initiatedByClient, color: 'gray' });
      break;
    case 'milestone':
      break;
  }
  return (
    <>
      {badges.length > 0 ? (
        <Group gap={6} mt={6}>
          {badges.map((b, i) => (
            <Badge key={i} size="sm" color={b.color} variant="light">
              {b.label}
            </Badge>
          ))}
        </Group>
      ) : null}
      {lines.map((line, i) => (
        <Text key={i} size="sm" mt={6} className={classes.text}>
          {line}
        </Text>
      ))}
    </>
  );
}

/** A relationship's events, newest first. Every text from the ledger renders as text. */
export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  const { t, fmt } = useI18n();
  return (
    <Timeline bulletSize={30} lineWidth={2} className={classes.timeline}>
      {events.map((event) => {
        const Icon = KIND_ICONS[event.kind];
        return (
          <Timeline.Item
            key={event.id}
            data-testid="timeline-event"
            bullet={
              <ThemeIcon size={30} radius="xl" variant="light" color={KIND_COLORS[event.kind]}>
                <Icon size={16} stroke={1.8} />
              </ThemeIcon>
            }
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Text fw={600} size="sm" className={classes.title} data-testid="event-title">
                {event.title}
              </Text>
              <Text size="xs" c="dimmed" className={classes.date}>
                {fmt.date(event.occurredOn)}
              </Text>
            </Group>
            <Text size="xs" c={`var(--mantine-color-${KIND_COLORS[event.kind]}-light-color)`} fw={600} mt={2}>
              {t.events.kinds[event.kind]}
            </Text>
            <Details event={event} />
            {event.body ? (
              <Text size="sm" c="dimmed" mt={6} className={classes.text}>
                {event.body}
              </Text>
            ) : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
