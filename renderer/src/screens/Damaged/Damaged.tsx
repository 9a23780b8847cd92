// The damaged ledger: the passphrase was right, the file is not. One clear way back (the newest backup),
// a byte copy for whoever helps, older backups if the newest will not do, and the promise that nothing is deleted.
import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileDownload, IconHistory, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupInfo, LedgerStatus } from '../../../../src/contract/schemas.ts';
import { useBackups, useDiagnosticCopy, useLock, useRestoreBackup } from '../../api/queries.ts';
import { AuthLayout, Working } from '../../components/AuthLayout/AuthLayout.tsx';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { backupDateTime } from '../Settings/backup-format.ts';

export function Damaged({ status }: { status: LedgerStatus }) {
  const { t, fmt } = useI18n();
  const d = t.damaged;
  const backups = useBackups();
  const restore = useRestoreBackup();
  const copy = useDiagnosticCopy();
  const lock = useLock();
  const [showOlder, setShowOlder] = useState(false);

  const restorable = (backups.data ?? []).filter((b) => b.restorable);
  const newest = restorable[0];
  const older = restorable.slice(1);

  const restoreOne = (backup: BackupInfo) => restore.mutate({ name: backup.name }, {
    onSuccess: () => notifications.show({ color: 'petrol', message: t.backups.restored(backupDateTime(fmt, backup.createdAt)) }),
    onError: () => setShowOlder(true),
  });

  const saveCopy = () => copy.mutate(undefined, {
    onSuccess: (r) => notifications.show(r.saved
      ? { color: 'petrol', message: d.diagnosticSaved(r.fileName) }
      : { color: 'gray', message: d.diagnosticCancelled }),
    onError: (e) => notifications.show({ color: 'red', title: d.failed, message: errorMessage(t, e) }),
  });

  return (
    <AuthLayout title={d.title} intro={d.intro} footer={t.unlock.fileName(status.fileName)}>
      <Stack gap="md" data-testid="damaged-screen">
        {backups.isError ? <ErrorAlert error={backups.error} onRetry={() => void backups.refetch()} /> : null}
        {backups.data && !newest ? (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={16} />} data-testid="damaged-no-backups">
            {d.noBackups}
          </Alert>
        ) : null}
        {newest ? (
          <Stack gap={6}>
            <Button fullWidth leftSection={<IconHistory size={16} />} loading={restore.isPending} onClick={() => restoreOne(newest)}
              data-testid="damaged-restore">
              {d.restoreNewest}
            </Button>
            <Text size="xs" c="dimmed" data-testid="damaged-restore-date">{d.restoreHint(backupDateTime(fmt, newest.createdAt))}</Text>
            {older.length > 0 && !showOlder && !restore.isError ? (
              <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setShowOlder(true)}>{d.otherBackups}</Button>
            ) : null}
          </Stack>
        ) : null}
        {restore.isError ? <ErrorAlert error={restore.error} title={d.failed} /> : null}
        {restore.isPending ? <Working label={t.unlock.working} /> : null}
        {older.length > 0 && (showOlder || restore.isError) ? (
          <Stack gap={4} data-testid="damaged-older">
            <Text size="sm" fw={600}>{d.otherBackups}</Text>
            {older.slice(0, 5).map((b) => (
              <Group key={b.name} justify="space-between" wrap="nowrap">
                <Text size="sm">{backupDateTime(fmt, b.createdAt)} · {t.backups.reason(b.reason)}</Text>
                <Button size="xs" variant="subtle" onClick={() => restoreOne(b)} disabled={restore.isPending}
                  aria-label={t.backups.restoreAria(backupDateTime(fmt, b.createdAt))}>
                  {t.backups.restore}
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
        <Divider />
        <Stack gap={6}>
          <Button variant="default" fullWidth leftSection={<IconFileDownload size={16} />} loading={copy.isPending} onClick={saveCopy}
            data-testid="damaged-diagnostic">
            {d.diagnostic}
          </Button>
          <Text size="xs" c="dimmed">{d.diagnosticHint}</Text>
        </Stack>
        <Alert variant="light" color="petrol" icon={<IconShieldCheck size={16} />} data-testid="damaged-kept">
          <Text size="sm">{d.kept}</Text>
        </Alert>
        <Button variant="subtle" color="gray" size="xs" leftSection={<IconLock size={14} />} onClick={() => lock.mutate()}>
          {d.lock}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
