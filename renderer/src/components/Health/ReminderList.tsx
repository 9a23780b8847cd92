// Reminders as a list: what it is about, the sentence, when it is due, and Snooze (1 week, 2 weeks,
// 1 month) or Done. Used by the portfolio's "This week", the explanation drawer and the client page.
import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import {
  IconAlarmSnooze, IconBell, IconCalendarEvent, IconCheck, IconConfetti, IconHeartHandshake, IconMessageCircle, IconRepeat,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHealthFormat } from './format.ts';
import { REMINDER_COLORS, SNOOZE_LENGTHS, snoozeUntil, type Reminder, type ReminderKind, type SnoozeLength } from './model.ts';
import { useReminderActions } from './useReminderActions.ts';
import classes from './Health.module.css';

const ICONS: Record<ReminderKind, Icon> = {
  'keep-in-touch': IconMessageCircle,
  anniversary: IconConfetti,
  renewal: IconRepeat,
  'appreciation-due': IconHeartHandshake,
  'follow-up': IconCalendarEvent,
};

export interface ReminderEntry {
  clientId: number;
  /** Shown before the sentence when the list spans several clients. */
  clientName?: string;
  reminder: Reminder;
  /** The day action is needed by (for sorting and the due label); defaults to the reminder's day. */
  actBy?: string;
}

/** "due since 3 Nov", "due today", "in 5 days". */
export function useDueLabel(today: string) {
  const { t, fmt } = useI18n();
  return (on: string) => (on < today ? t.reminders.dueSince(fmt.date(on)) : on === today ? t.reminders.dueToday : t.reminders.dueOn(fmt.relative(on, today)));
}

function ReminderActions({ entry, today, onSnooze, onDone, disabled }: {
  entry: ReminderEntry;
  today: string;
  onSnooze: (length: SnoozeLength) => void;
  onDone: () => void;
  disabled: boolean;
}) {
  const { t, fmt } = useI18n();
  const what = t.reminders.kinds[entry.reminder.kind] + (entry.clientName ? ` · ${entry.clientName}` : '');
  return (
    <Group gap={4} wrap="nowrap" className={classes.reminderActions}>
      <Menu position="bottom-end" withinPortal shadow="md">
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            leftSection={<IconAlarmSnooze size={15} stroke={1.7} />}
            aria-label={`${t.reminders.snooze}: ${what}`}
            disabled={disabled}
            data-testid="reminder-snooze"
          >
            {t.reminders.snooze}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t.reminders.snooze}</Menu.Label>
          {SNOOZE_LENGTHS.map((length) => (
            <Menu.Item
              key={length}
              onClick={() => onSnooze(length)}
              rightSection={
                <Text size="xs" c="dimmed">
                  {fmt.shortDate(snoozeUntil(today, length))}
                </Text>
              }
              data-testid={`snooze-${length}`}
            >
              {t.reminders.snoozeOptions[length]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Tooltip label={t.reminders.markDone}>
        <ActionIcon
          variant="subtle"
          color="teal"
          size="md"
          onClick={onDone}
          aria-label={`${t.reminders.markDone}: ${what}`}
          disabled={disabled}
          data-testid="reminder-done"
        >
          <IconCheck size={17} stroke={2} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function ReminderList({ entries, today, onOpenClient, empty }: {
  entries: ReminderEntry[];
  today: string;
  /** Makes the client name a link (e.g. to the explanation drawer). */
  onOpenClient?: (clientId: number) => void;
  empty?: ReactNode;
}) {
  const { t } = useI18n();
  const h = useHealthFormat();
  const due = useDueLabel(today);
  // The actions live here, not in the rows: a row disappears when its reminder is snoozed or done.
  const actions = useReminderActions(today);
  if (entries.length === 0) return <>{empty ?? <Text size="sm" c="dimmed">{t.reminders.none}</Text>}</>;
  return (
    <Stack gap={0} className={classes.reminders} data-testid="reminder-list">
      {entries.map((entry) => {
        const { reminder: r, clientId } = entry;
        const IconKind = ICONS[r.kind] ?? IconBell;
        const ref = { clientId, kind: r.kind, on: r.on };
        const day = entry.actBy ?? r.on;
        const overdue = day < today;
        return (
          <Group
            key={`${clientId}|${r.kind}|${r.on}`}
            className={classes.reminder}
            wrap="nowrap"
            align="flex-start"
            gap="sm"
            data-testid="reminder"
            data-client-id={clientId}
            data-kind={r.kind}
            data-on={r.on}
          >
            <ThemeIcon variant="light" color={REMINDER_COLORS[r.kind]} size={30} radius="md" mt={2}>
              <IconKind size={17} stroke={1.7} />
            </ThemeIcon>
            <Stack gap={2} className={classes.reminderBody}>
              <Group gap={8} wrap="wrap" className={classes.reminderHead}>
                {entry.clientName ? (
                  onOpenClient ? (
                    <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpenClient(clientId)} className={classes.reminderClient}>
                      {entry.clientName}
                    </Anchor>
                  ) : (
                    <Text size="sm" fw={600}>
                      {entry.clientName}
                    </Text>
                  )
                ) : null}
                <Badge size="sm" variant="light" color={REMINDER_COLORS[r.kind]}>
                  {t.reminders.kinds[r.kind]}
                </Badge>
                <Text size="xs" c={overdue ? 'orange' : 'dimmed'} fw={overdue ? 600 : undefined} data-testid="reminder-due">
                  {due(day)}
                </Text>
              </Group>
              <Text size="sm" className={classes.sentence} data-testid="reminder-sentence">
                {h.sentence(r.sentence)}
              </Text>
            </Stack>
            <ReminderActions
              entry={entry}
              today={today}
              disabled={actions.pending}
              onSnooze={(length) => actions.onSnooze(ref, length)}
              onDone={() => actions.onDone(ref)}
            />
          </Group>
        );
      })}
    </Stack>
  );
}
