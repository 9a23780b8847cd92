import { Button, Group, Modal, Paper, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useClients, useSettings } from '../../api/queries.ts';
import { ClientForm } from '../../components/ClientForm/ClientForm.tsx';
import { ClientTable } from '../../components/ClientTable/ClientTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modKeyLabel } from '../../lib/platform.ts';

const normalise = (s: string) => s.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

export function Clients({ createOpen = false }: { createOpen?: boolean }) {
  const { t } = useI18n();
  const clients = useClients();
  const settings = useSettings();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [formOpen, setFormOpen] = useState(createOpen);

  useHotkeys([['mod+N', () => setFormOpen(true)]], []);

  const list = clients.data ?? [];
  const q = normalise(deferred.trim());
  const shown = q ? list.filter((c) => normalise(`${c.name} ${c.owner ?? ''}`).includes(q)) : list;

  return (
    <>
      <PageHeader
        title={t.clients.title}
        subtitle={t.clients.subtitle}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setFormOpen(true)}
            disabled={!settings.data}
            data-testid="new-client"
            title={`${modKeyLabel} N`}
          >
            {t.clients.newClient}
          </Button>
        }
      />
      <Group justify="space-between" mb="sm" gap="md">
        <TextInput
          placeholder={t.clients.search}
          aria-label={t.clients.search}
          leftSection={<IconSearch size={16} stroke={1.6} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={340}
          data-testid="client-search"
        />
        {clients.data ? (
          <Text size="sm" c="dimmed">
            {t.clients.count(shown.length, list.length)}
          </Text>
        ) : null}
      </Group>

      {clients.isPending ? <LoadingRows /> : null}
      {clients.isError ? <ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /> : null}
      {clients.data && shown.length > 0 ? (
        <ClientTable clients={shown} from="clients" label={t.clients.title} columns={['since', 'owner', 'status', 'events', 'lastContact']} />
      ) : null}
      {clients.data && shown.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center" size="sm">
            {list.length === 0 ? t.portfolio.emptyText : t.clients.noMatch(deferred.trim())}
          </Text>
          {list.length === 0 ? (
            <Group justify="center" mt="md">
              <Button leftSection={<IconPlus size={16} />} onClick={() => setFormOpen(true)} disabled={!settings.data}>
                {t.portfolio.emptyAction}
              </Button>
            </Group>
          ) : null}
        </Paper>
      ) : null}

      <Modal opened={formOpen && !!settings.data} onClose={() => setFormOpen(false)} title={t.clientForm.title} size="lg" centered>
        {settings.data ? (
          <ClientForm
            settings={settings.data}
            onCancel={() => setFormOpen(false)}
            onCreated={(client) => {
              setFormOpen(false);
              setQuery('');
              notifications.show({ color: 'petrol', message: t.clientForm.created(client.name) });
            }}
          />
        ) : null}
      </Modal>
      {settings.isError ? <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
    </>
  );
}
