// The people at a client (seed 002: the waiter who remembers your name and your favourite wine): role, how
// to reach them, what is worth remembering, important dates with their next occurrence, and the emotional
// motivators that drive them. <ClientContacts clientId={…} /> is the whole section.
import {
  ActionIcon, Avatar, Badge, Button, Group, Menu, Modal, Paper, SimpleGrid, Stack, Text, Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCalendarEvent, IconDots, IconMail, IconPencil, IconPhone, IconPlus, IconTrash, IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Contact } from '../../../../src/contract/contacts.ts';
import { todayIso, utcDate } from '../../../../src/domain/dates.ts';
import { useContacts, useDeleteContact, useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert, errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { refLabel } from '../EventEditor/labels.ts';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { ContactFormModal } from './ContactForm.tsx';
import { initials } from '../../lib/names.ts';
import { nextOccurrence } from './contactModel.ts';
import classes from './Contacts.module.css';


function ImportantDates({ contact }: { contact: Contact }) {
  const { t, fmt } = useI18n();
  const today = todayIso();
  const dayMonth = useMemo(
    () => new Intl.DateTimeFormat(fmt.intlLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    [fmt.intlLocale],
  );
  const rows = contact.importantDates
    .map((d) => ({ ...d, next: nextOccurrence(d.date, d.yearly, today) }))
    // The next one first; past one-off dates last.
    .sort((a, b) => (a.next.days < 0 ? 1e9 - a.next.days : a.next.days) - (b.next.days < 0 ? 1e9 - b.next.days : b.next.days));
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      {rows.map((d, i) => {
        const soon = d.next.days >= 0 && d.next.days <= 14;
        return (
          <Group key={i} gap={6} wrap="nowrap" data-testid="contact-date">
            <IconCalendarEvent size={15} stroke={1.6} className={classes.icon} />
            <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
              <Text span fw={500} inherit>
                {d.label}
              </Text>
              {' · '}
              {d.yearly ? dayMonth.format(utcDate(d.date)) : fmt.date(d.date)}
            </Text>
            {d.next.days >= 0 ? (
              <Badge size="sm" variant={soon ? 'filled' : 'light'} color={soon ? 'pink' : 'gray'} style={{ flex: 'none' }} title={fmt.date(d.next.on)}>
                {d.next.days === 0 ? t.contacts.today : fmt.relative(d.next.on, today)}
              </Badge>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

function ContactCard({ contact, onEdit, onDelete }: { contact: Contact; onEdit: () => void; onDelete: () => void }) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const motivators = new Map((reference.data?.motivators ?? []).map((m) => [m.key, m]));
  const ordered = [...contact.motivators].sort((a, b) => (motivators.get(a)?.sort ?? 0) - (motivators.get(b)?.sort ?? 0));
  return (
    <Paper withBorder p="md" className={classes.card} data-testid="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Avatar color="petrol" radius="xl" size={38}>
            {initials(contact.name)}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate="end" data-testid="contact-card-name">
              {contact.name}
            </Text>
            {contact.role ? (
              <Text size="xs" c="dimmed" truncate="end">
                {contact.role}
              </Text>
            ) : null}
          </div>
        </Group>
        <Menu position="bottom-end" width={180} shadow="md">
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t.contacts.actionsFor(contact.name)} data-testid="contact-actions">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={15} />} onClick={onEdit} data-testid="contact-edit">
              {t.editor.edit}
            </Menu.Item>
            <Menu.Item leftSection={<IconTrash size={15} />} color="red" onClick={onDelete} data-testid="contact-delete">
              {t.editor.delete}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>

      <Stack gap={8} mt="sm">
        {contact.email || contact.phone ? (
          <Group gap="md" wrap="wrap">
            {contact.email ? (
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <IconMail size={15} stroke={1.6} className={classes.icon} />
                <Text size="sm" truncate="end" className={classes.selectable}>
                  {contact.email}
                </Text>
              </Group>
            ) : null}
            {contact.phone ? (
              <Group gap={6} wrap="nowrap">
                <IconPhone size={15} stroke={1.6} className={classes.icon} />
                <Text size="sm" className={classes.selectable}>
                  {contact.phone}
                </Text>
              </Group>
            ) : null}
          </Group>
        ) : null}
        {contact.personalNotes ? (
          <Text size="sm" className={classes.notes} data-testid="contact-card-notes">
            {contact.personalNotes}
          </Text>
        ) : null}
        <ImportantDates contact={contact} />
        {ordered.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed" fw={600} mb={4}>
              {t.contacts.motivators}
            </Text>
            <Group gap={6} data-testid="contact-card-motivators">
              {ordered.map((key) => {
                const m = motivators.get(key);
                return (
                  <Badge key={key} variant="light" color="violet" size="sm" className={classes.motivatorBadge}>
                    {m ? refLabel(m, locale) : key}
                  </Badge>
                );
              })}
            </Group>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function ClientContacts({ clientId }: { clientId: number }) {
  const { t } = useI18n();
  const contacts = useContacts(clientId);
  const remove = useDeleteContact();
  const [editing, setEditing] = useState<{ contact: Contact | null; session: number } | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const list = [...(contacts.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const doDelete = () => {
    if (!deleting) return;
    const name = deleting.name;
    remove.mutate(
      { id: deleting.id, clientId },
      {
        onSuccess: () => {
          setDeleting(null);
          notifications.show({ color: 'gray', message: t.contacts.deleted(name) });
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" className={classes.section} data-testid="client-contacts">
      <Group justify="space-between" mb="md" gap="sm">
        <Group gap="xs" align="baseline">
          <Title order={2} fz="h4">
            {t.contacts.title}
          </Title>
          {contacts.data ? (
            <Text size="sm" c="dimmed">
              {t.contacts.count(list.length)}
            </Text>
          ) : null}
        </Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ contact: null, session: Date.now() })}
          data-testid="contact-new"
        >
          {t.contacts.add}
        </Button>
      </Group>

      {contacts.isPending ? <LoadingRows rows={2} /> : null}
      {contacts.isError ? <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} /> : null}
      {contacts.data && list.length === 0 ? (
        <Group gap="sm" wrap="nowrap" className={classes.empty}>
          <IconUsers size={22} stroke={1.5} className={classes.icon} />
          <div>
            <Text size="sm" fw={600}>
              {t.contacts.emptyTitle}
            </Text>
            <Text size="sm" c="dimmed">
              {t.contacts.emptyText}
            </Text>
          </div>
        </Group>
      ) : null}
      {list.length > 0 ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              onEdit={() => setEditing({ contact, session: Date.now() })}
              onDelete={() => {
                remove.reset();
                setDeleting(contact);
              }}
            />
          ))}
        </SimpleGrid>
      ) : null}

      {editing ? (
        <ContactFormModal key={editing.session} clientId={clientId} contact={editing.contact} onClosed={() => setEditing(null)} />
      ) : null}
      <Modal
        opened={deleting !== null}
        onClose={() => (remove.isPending ? undefined : setDeleting(null))}
        title={t.contacts.deleteTitle}
        size="md"
        centered
      >
        {deleting ? (
          <Stack gap="lg" data-testid="contact-delete-dialog">
            <Text size="sm">{t.contacts.deleteText(deleting.name)}</Text>
            {remove.isError ? (
              <Text size="sm" c="red" role="alert">
                {errorMessage(t, remove.error)}
              </Text>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                {t.app.cancel}
              </Button>
              <Button color="red" onClick={doDelete} loading={remove.isPending} data-testid="contact-delete-confirm">
                {t.editor.delete}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
