// Settings → Backups: the list (newest first, date in the user's locale, reason, size), "Back up now",
// restore with a confirmation that says the current state is kept first, and how many backups to keep.
import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabase, IconFileImport, IconHistory, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../src/contract/schemas.ts';
import { useBackups, useCreateBackup, useRestoreBackup, useRestoreBackupFile, useSettings, useUpdateSettings } from '../../api/queries.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { backupDateTime, backupKb } from './backup-format.ts';
import classes from './BackupsSection.module.css';
import { SettingsSection } from './SettingsSection.tsx';

function Generations() {
  const { t } = useI18n();
  const b = t.backups;
  const settings = useSettings();
  const update = useUpdateSettings();
  const stored = settings.data?.backupGenerations;
  const [value, setValue] = useState<number | string>(stored ?? 10);
  useEffect(() => {
    if (stored !== undefined) setValue(stored);
  }, [stored]);
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100;

  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="sm">
        <NumberInput label={b.generations} min={1} max={100} allowDecimal={false} w={200}
          value={value} onChange={setValue} data-testid="backup-generations" />
        <Button variant="default" disabled={!valid || value === stored} loading={update.isPending} data-testid="backup-generations-save"
          onClick={() => update.mutate({ backupGenerations: Number(value) }, {
            onSuccess: () => notifications.show({ color: 'petrol', message: b.saved }),
            onError: (e) => notifications.show({ color: 'red', message: errorMessage(t, e) }),
          })}>
          {b.saveGenerations}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">{b.generationsHint}</Text>
    </Stack>
  );
}

export function BackupsSection() {
  const { t, fmt } = useI18n();
  const b = t.backups;
  const list = useBackups();
  const create = useCreateBackup();
  const restore = useRestoreBackup();
  const restoreFile = useRestoreBackupFile();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const backUpNow = () =>
    create.mutate(undefined, {
      onSuccess: (r) => notifications.show({ color: 'petrol', message: b.created(r.fileName) }),
      onError: (e) => notifications.show({ color: 'red', title: b.failed, message: errorMessage(t, e) }),
    });

  const doRestore = (backup: BackupInfo) => {
    setConfirming(null);
    const when = backupDateTime(fmt, backup.createdAt);
    restore.mutate({ name: backup.name }, {
      onSuccess: () => notifications.show({ color: 'petrol', message: b.restored(when) }),
      onError: (e) => notifications.show({ color: 'red', title: b.restoreFailed, message: errorMessage(t, e) }),
    });
  };

  // A backup from anywhere (a USB stick, another machine): the current state is kept first, as for the list.
  const restoreFromFile = () =>
    restoreFile.mutate(undefined, {
      onSuccess: (r) => {
        if (r.restored) notifications.show({ color: 'petrol', message: b.restoredFile(r.fileName) });
      },
      onError: (e) => notifications.show({ color: 'red', title: b.restoreFailed, message: errorMessage(t, e) }),
    });

  const rows = (list.data ?? []).map((backup) => {
    const when = backupDateTime(fmt, backup.createdAt);
    return (
      <Table.Tr key={backup.name} data-testid="backup-row" data-reason={backup.reason}>
        <Table.Td className={classes.date}>{when}</Table.Td>
        <Table.Td>{b.reason(backup.reason)}</Table.Td>
        <Table.Td className={classes.size}>{b.size(backupKb(fmt, backup.bytes))}</Table.Td>
        <Table.Td className={classes.actionCell}>
          {backup.restorable ? (
            <Button size="xs" variant="subtle" leftSection={<IconHistory size={14} />} aria-label={b.restoreAria(when)}
              onClick={() => setConfirming(backup)} disabled={restore.isPending} data-testid="backup-restore">
              {b.restore}
            </Button>
          ) : null}
        </Table.Td>
      </Table.Tr>
    );
  });

  return (
    <>
      <SettingsSection title={b.title} hint={b.hint} data-testid="backups-section">
          <Group justify="flex-start">
            <Button leftSection={<IconDatabase size={16} />} onClick={backUpNow} loading={create.isPending} data-testid="backup-now">
              {b.backUpNow}
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={restoreFromFile}
              loading={restoreFile.isPending} disabled={restore.isPending} data-testid="backup-restore-file">
              {b.restoreFromFile}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">{b.restoreFromFileHint}</Text>
          {list.isPending ? <LoadingRows rows={3} /> : null}
          {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
          {list.data && list.data.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="backups-empty">{b.empty}</Text>
          ) : null}
          {list.data && list.data.length > 0 ? (
            <Table.ScrollContainer minWidth={420} mah={360}>
              <Table className={classes.table} verticalSpacing={6} horizontalSpacing="xs" highlightOnHover aria-label={b.listLabel} data-testid="backups-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{b.colDate}</Table.Th>
                    <Table.Th>{b.colReason}</Table.Th>
                    <Table.Th className={classes.size}>{b.colSize}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>{rows}</Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          <Generations />
      </SettingsSection>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={b.confirmTitle} centered data-testid="backup-confirm">
        {confirming ? (
          <Stack gap="md">
            <Text size="sm">{b.confirmText(backupDateTime(fmt, confirming.createdAt))}</Text>
            <Alert variant="light" color="petrol" icon={<IconInfoCircle size={16} />}>
              <Text size="sm">{b.confirmKept}</Text>
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>{b.cancel}</Button>
              <Button onClick={() => doRestore(confirming)} data-testid="backup-confirm-restore">{b.confirm}</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
