// Every client: searchable, sortable by name, since, renewal, last contact and open crises; create, edit,
// archive and unarchive. Archived relationships are hidden unless "show archived" is on.
import { ActionIcon, Button, Group, Menu, Paper, Switch, Text, TextInput } from '@mantine/core';
import { useMayManage } from '../../api/agency.ts';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArchive, IconArchiveOff, IconArrowBackUp, IconArrowRight, IconDots, IconPencil, IconPlus, IconSearch,
} from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Client, ClientSummary } from '../../../../src/contract/schemas.ts';
import { useClients, useClientsWithArchived, useSettings, useUpdateClient } from '../../api/queries.ts';
import { ClientFormModal } from '../../components/ClientForm/ClientForm.tsx';
import { ClientTable, type ClientSort, type ClientSortKey } from '../../components/ClientTable/ClientTable.tsx';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fold } from '../../lib/fold.ts';
import { modKeyLabel } from '../../lib/platform.ts';
import { useNavigation } from '../../navigation.tsx';


/** Which way a column sorts first: names and dates ascending, open crises most first. */
const FIRST_DIR: Record<ClientSortKey, ClientSort['dir']> = {
  name: 'asc', since: 'asc', renewal: 'asc', lastContact: 'asc', openCrises: 'desc',
};

export function sortClients(list: ClientSummary[], sort: ClientSort, collator: Intl.Collator): ClientSummary[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byName = (a: ClientSummary, b: ClientSummary) => collator.compare(a.name, b.name);
  // Missing values (no renewal date, never in touch) go last, whichever the direction.
  const nullable = (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : sign * (a < b ? -1 : 1);
  return [...list].sort((a, b) => {
    let d = 0;
    switch (sort.by) {
      case 'name':
        d = sign * byName(a, b);
        break;
      case 'since':
        d = sign * (a.since < b.since ? -1 : a.since > b.since ? 1 : 0);
        break;
      case 'renewal':
        d = nullable(a.renewalDate, b.renewalDate);
        break;
      case 'lastContact':
        d = nullable(a.lastPersonalContact?.slice(0, 10) ?? null, b.lastPersonalContact?.slice(0, 10) ?? null);
        break;
      case 'openCrises':
        d = sign * (a.openCrises - b.openCrises);
        break;
    }
    return d !== 0 ? d : byName(a, b);
  });
}

export function Clients({ createOpen = false }: { createOpen?: boolean }) {
  const mayManage = useMayManage();
  const { t, fmt } = useI18n();
  const { go } = useNavigation();
  const [showArchived, setShowArchived] = useState(false);
  const active = useClients();
  const withArchived = useClientsWithArchived(showArchived);
  const clients = showArchived ? withArchived : active;
  const settings = useSettings();
  const update = useUpdateClient();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [sort, setSort] = useState<ClientSort>({ by: 'name', dir: 'asc' });
  const [form, setForm] = useState<{ client: Client | null; session: number } | null>(createOpen && mayManage ? { client: null, session: 0 } : null);
  const collator = useMemo(() => new Intl.Collator(fmt.intlLocale, { sensitivity: 'base', numeric: true }), [fmt.intlLocale]);

  useHotkeys(mayManage ? [['mod+N', () => setForm({ client: null, session: Date.now() })]] : [], []);

  const list = clients.data ?? [];
  const q = fold(deferred.trim());
  const found = q ? list.filter((c) => fold(`${c.name} ${c.owner ?? ''}`).includes(q)) : list;
  const shown = useMemo(() => sortClients(found, sort, collator), [found, sort, collator]);

  const onSort = (by: ClientSortKey) =>
    setSort((s) => (s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: FIRST_DIR[by] }));

  const setStatus = (client: ClientSummary, status: Client['status'], undoTo?: Client['status']) => {
    update.mutate(
      { id: client.id, patch: { status } },
      {
        onSuccess: () => {
          const id = `client-status-${client.id}`;
          notifications.show({
            id,
            color: status === 'archived' ? 'gray' : 'petrol',
            autoClose: 8_000,
            message: (
              <Group justify="space-between" gap="sm" wrap="nowrap" data-testid="client-status-toast">
                <Text size="sm">{status === 'archived' ? t.clients.archived(client.name) : t.clients.unarchived(client.name)}</Text>
                {undoTo ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconArrowBackUp size={14} />}
                    onClick={() => {
                      notifications.hide(id);
                      setStatus(client, undoTo);
                    }}
                    data-testid="client-status-undo"
                  >
                    {t.editor.undo}
                  </Button>
                ) : null}
              </Group>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );
  };

  const actions = (client: ClientSummary) => (
    <Menu position="bottom-end" width={200} shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t.clients.actions} title={t.clients.actionsFor(client.name)} data-testid="client-actions">
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconArrowRight size={15} />} onClick={() => go({ section: 'client', clientId: client.id, from: 'clients' })}>
          {t.clients.open}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => setForm({ client, session: Date.now() })} data-testid="client-edit">
          {t.editor.edit}
        </Menu.Item>
        {client.status === 'archived' ? (
          <Menu.Item leftSection={<IconArchiveOff size={15} />} onClick={() => setStatus(client, 'active')} data-testid="client-unarchive">
            {t.clients.unarchive}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconArchive size={15} />} onClick={() => setStatus(client, 'archived', client.status)} data-testid="client-archive">
            {t.clients.archive}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <>
      <PageHeader
        title={t.clients.title}
        subtitle={t.clients.subtitle}
        actions={
          // On the agency's ledger a new client is an owner's decision (and the database's rule).
          mayManage ? (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setForm({ client: null, session: Date.now() })}
              disabled={!settings.data}
              data-testid="new-client"
              title={`${modKeyLabel} N`}
            >
              {t.clients.newClient}
            </Button>
          ) : null
        }
      />
      <Group justify="space-between" mb="sm" gap="md">
        <Group gap="lg">
          <TextInput
            placeholder={t.clients.search}
            aria-label={t.clients.search}
            leftSection={<IconSearch size={16} stroke={1.6} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={340}
            data-testid="client-search"
          />
          <Switch
            label={t.clients.showArchived}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
            data-testid="show-archived"
          />
        </Group>
        {clients.data ? (
          <Text size="sm" c="dimmed" data-testid="client-count">
            {t.clients.count(shown.length, list.length)}
          </Text>
        ) : null}
      </Group>

      {clients.isPending ? <LoadingRows /> : null}
      {clients.isError ? <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /> : null}
      {clients.data && shown.length > 0 ? (
        <ClientTable
          clients={shown}
          from="clients"
          label={t.clients.title}
          columns={['since', 'owner', 'renewal', 'lastContact', 'openCrises']}
          sort={sort}
          onSort={onSort}
          actions={actions}
          actionsLabel={t.clients.actions}
        />
      ) : null}
      {clients.data && shown.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center" size="sm">
            {list.length === 0 ? t.portfolio.emptyText : t.clients.noMatch(deferred.trim())}
          </Text>
          {list.length === 0 ? (
            <Group justify="center" mt="md">
              <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ client: null, session: Date.now() })} disabled={!settings.data}>
                {t.portfolio.emptyAction}
              </Button>
            </Group>
          ) : null}
        </Paper>
      ) : null}

      {form ? (
        <ClientFormModal
          key={form.session}
          opened
          settings={settings.data}
          client={form.client}
          onClosed={() => setForm(null)}
          onCreated={(client) => {
            setForm(null);
            setQuery('');
            notifications.show({ color: 'petrol', message: t.clientForm.created(client.name) });
          }}
          onSaved={(client) => {
            setForm(null);
            notifications.show({ color: 'petrol', message: t.clientForm.saved(client.name) });
          }}
        />
      ) : null}
      {settings.isError ? <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
    </>
  );
}
