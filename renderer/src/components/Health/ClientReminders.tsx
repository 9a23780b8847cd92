// A client's due reminders with Snooze and Done, for the client page.
import { Badge, Group, Paper, Title } from '@mantine/core';
import { useHealth } from '../../api/queries.ts';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../LoadingRows/LoadingRows.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReminderList } from './ReminderList.tsx';
import classes from './Health.module.css';

export function ClientReminders({ clientId }: { clientId: number }) {
  const { t, fmt } = useI18n();
  const health = useHealth(clientId);
  const reminders = health.data?.reminders ?? [];
  return (
    <Paper withBorder p="md" className={classes.card} data-testid="client-reminders">
      <Group gap="xs" mb="xs">
        <Title order={2} fz="h4">
          {t.reminders.title}
        </Title>
        {health.data ? (
          <Badge size="sm" variant="light" color={reminders.length > 0 ? 'orange' : 'gray'} circle>
            {fmt.number(reminders.length)}
          </Badge>
        ) : null}
      </Group>
      {health.isPending ? <LoadingRows rows={2} /> : null}
      {health.isError ? <ErrorAlert error={health.error} onRetry={() => void health.refetch()} /> : null}
      {health.data ? <ReminderList entries={reminders.map((reminder) => ({ clientId, reminder }))} today={health.data.today} /> : null}
    </Paper>
  );
}
