// Ready-made entry points for the timeline: a "New event" menu for a client, and the actions of one event.
import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconCircleCheck, IconDots, IconMessages, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { EVENT_KINDS, type TimelineEvent } from '../../../../src/contract/events.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_COLORS } from '../../theme.ts';
import { useEventEditor } from './EventEditorProvider.tsx';
import { KIND_ICONS } from './labels.ts';
import { isResolvable } from './ResolveDialog.tsx';
import { PrepareTalkButton, useOpenPrepForEvent } from '../../screens/Mediation/openPrep.tsx';

/** "New event ▾": one entry per kind. */
export function NewEventButton({ clientId, size = 'sm' }: { clientId: number; size?: 'xs' | 'sm' }) {
  const { t } = useI18n();
  const editor = useEventEditor();
  return (
    <Menu position="bottom-end" width={230} shadow="md">
      <Menu.Target>
        <Button size={size} leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="new-event">
          {t.editor.newEvent}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EVENT_KINDS.map((kind) => {
          const Icon = KIND_ICONS[kind];
          return (
            <Menu.Item
              key={kind}
              leftSection={<Icon size={16} stroke={1.7} color={`var(--mantine-color-${KIND_COLORS[kind]}-filled)`} />}
              onClick={() => editor.openNew(clientId, kind)}
              data-testid={`new-event-${kind}`}
            >
              {t.events.kinds[kind]}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * The actions of one timeline event: an open crisis shows "Prepare a talk" as a button of its own (the one thing
 * to do about it, not hidden in a menu); every card has the "⋯" menu: edit, resolve (open crisis /
 * misunderstanding), prepare a talk, delete. Routine cards show only the quiet "⋯".
 */
export function EventActionsMenu({ event }: { event: TimelineEvent }) {
  const menu = <EventMenu event={event} />;
  if (event.kind !== 'crisis' || event.status !== 'open') return menu;
  return (
    <Group gap={6} wrap="nowrap">
      <PrepareTalkButton eventId={event.id} variant="light" color="red" data-testid="event-prepare-talk" />
      {menu}
    </Group>
  );
}

function EventMenu({ event }: { event: TimelineEvent }) {
  const { t } = useI18n();
  const editor = useEventEditor();
  const { openPrepForEvent } = useOpenPrepForEvent();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t.editor.actionsFor(event.title)} data-quiet data-testid="event-actions">
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => editor.openEdit(event)} data-testid="event-action-edit">
          {t.editor.edit}
        </Menu.Item>
        {isResolvable(event) ? (
          <Menu.Item leftSection={<IconCircleCheck size={15} />} color={event.status === 'open' ? 'green' : undefined} onClick={() => editor.resolve(event)} data-testid="event-action-resolve">
            {event.status === 'open' ? t.editor.resolve : t.editor.editResolution}
          </Menu.Item>
        ) : null}
        {isResolvable(event) && event.status === 'open' ? (
          <Menu.Item leftSection={<IconMessages size={15} />} onClick={() => void openPrepForEvent(event.id)} data-testid="event-action-prepare">
            {t.mediation.prepare}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item leftSection={<IconTrash size={15} />} color="red" onClick={() => editor.confirmDelete(event)} data-testid="event-action-delete">
          {t.editor.delete}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
