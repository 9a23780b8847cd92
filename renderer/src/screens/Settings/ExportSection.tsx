// Settings → Export: the whole ledger as JSON (after a confirmation: the file is not encrypted), the
// timeline as CSV (one client or all) and reminders as an .ics calendar. The engine renders and writes
// where the save dialog says; the page learns only the file name and size, shown as a notification.
import { Alert, Button, Divider, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconDatabaseExport, IconLockOpen, IconTable } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ExportResult } from '../../../../src/contract/export.ts';
import { useClients, useExportEventsCsv, useExportIcs, useExportJson } from '../../api/queries.ts';
import { errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import classes from './ExportSection.module.css';
import { SettingsSection } from './SettingsSection.tsx';

function Item({ title, text, children, action }: { title: string; text: string; children?: ReactNode; action: ReactNode }) {
  return (
    <div className={classes.item}>
      <Stack gap={6}>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
        {children}
      </Stack>
      <div className={classes.action}>{action}</div>
    </div>
  );
}

export function ExportSection() {
  const { t, fmt, locale } = useI18n();
  const tx = t.dataExport;
  const json = useExportJson();
  const csv = useExportEventsCsv();
  const ics = useExportIcs();
  const clients = useClients();
  const [confirming, setConfirming] = useState(false);
  const [clientId, setClientId] = useState<string | null>(null);

  const report = (run: Promise<ExportResult>) =>
    run.then(
      (r) => notifications.show(r.saved
        ? { color: 'petrol', message: tx.saved(r.fileName, tx.kb(fmt.number(Math.max(1, Math.round(r.bytes / 1024))))) }
        : { color: 'gray', message: tx.cancelled }),
      (error: unknown) => notifications.show({ color: 'red', title: tx.failed, message: errorMessage(t, error) }),
    );

  const exportJson = () => {
    setConfirming(false);
    void report(json.mutateAsync());
  };
  const exportCsv = () => void report(csv.mutateAsync({ lang: locale, ...(clientId ? { clientId: Number(clientId) } : {}) }));
  const exportIcs = () => void report(ics.mutateAsync({ lang: locale }));

  return (
    <>
      <SettingsSection title={tx.title} hint={tx.hint} data-testid="export-section">
          <Item
            title={tx.json.title}
            text={tx.json.text}
            action={
              <Button variant="default" leftSection={<IconDatabaseExport size={16} />} loading={json.isPending}
                onClick={() => setConfirming(true)} data-testid="export-json">
                {tx.json.action}
              </Button>
            }
          >
            <Alert color="orange" variant="light" p="xs" icon={<IconLockOpen size={16} />} data-testid="export-json-warning">
              <Text size="sm">{tx.json.warning}</Text>
            </Alert>
          </Item>
          <Divider />
          <Item
            title={tx.csv.title}
            text={tx.csv.text}
            action={
              <Button variant="default" leftSection={<IconTable size={16} />} loading={csv.isPending} onClick={exportCsv} data-testid="export-csv">
                {tx.csv.action}
              </Button>
            }
          >
            <Select
              label={tx.csv.client}
              placeholder={tx.csv.allClients}
              data={(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
              value={clientId}
              onChange={setClientId}
              searchable
              clearable
              maw={360}
              nothingFoundMessage={t.app.none}
              data-testid="export-csv-client"
            />
          </Item>
          <Divider />
          <Item
            title={tx.ics.title}
            text={tx.ics.text}
            action={
              <Button variant="default" leftSection={<IconCalendarEvent size={16} />} loading={ics.isPending} onClick={exportIcs} data-testid="export-ics">
                {tx.ics.action}
              </Button>
            }
          />
      </SettingsSection>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={tx.json.confirmTitle} size="md" centered>
        <Stack gap="lg" data-testid="export-json-dialog">
          <Alert color="orange" variant="light" icon={<IconLockOpen size={18} />}>
            <Text size="sm">{tx.json.confirmText}</Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t.app.cancel}
            </Button>
            <Button color="orange" onClick={exportJson} data-testid="export-json-confirm">
              {tx.json.confirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
