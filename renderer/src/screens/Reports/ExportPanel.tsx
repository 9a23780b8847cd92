// The export: the button (also Ctrl/Cmd+E), a progress bar with the engine's current stage while it
// runs, then the outcome: saved (file name and pages), cancelled, or the error.
import { Alert, Button, Group, Kbd, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import type { ReportProgress } from '../../../../src/contract/report.ts';
import type { ChannelOutput } from '../../../../src/contract/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modKeyLabel } from '../../lib/platform.ts';
import classes from './Reports.module.css';

interface Props {
  fileName: string | null;
  disabled: boolean;
  running: boolean;
  progress: ReportProgress | null;
  result: ChannelOutput<'report:exportPdf'> | undefined;
  error: unknown;
  onExport(): void;
}

export function ExportPanel({ fileName, disabled, running, progress, result, error, onExport }: Props) {
  const { t } = useI18n();
  const stage = progress?.stage ?? 'gathering';
  return (
    <Paper withBorder p="md" className={classes.card} data-testid="report-export-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="xs" c="dimmed" className={classes.fileName} data-testid="report-file-name">
            {fileName ? t.reports.fileName(fileName) : '\u00a0'}
          </Text>
          <Button
            leftSection={<IconDownload size={16} stroke={1.8} />}
            rightSection={
              <Kbd size="xs" className={classes.kbd}>
                {modKeyLabel}+E
              </Kbd>
            }
            onClick={onExport}
            disabled={disabled || running}
            loading={false}
            data-testid="report-export"
            className={classes.nowrap}
          >
            {running ? t.reports.exporting : t.reports.export}
          </Button>
        </Group>
        {running ? (
          <Stack gap={4} data-testid="report-progress" data-stage={stage} role="status" aria-live="polite">
            <Progress
              value={Math.max(4, Math.round((progress?.fraction ?? 0) * 100))}
              striped
              animated
              size="md"
              aria-label={t.reports.stages[stage]}
            />
            <Text size="xs" c="dimmed" data-testid="report-stage">
              {t.reports.stages[stage]}
            </Text>
          </Stack>
        ) : error ? (
          <ErrorAlert error={error} title={t.reports.failed} />
        ) : result ? (
          result.saved ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t.reports.savedTitle} data-testid="report-saved" role="status">
              <Text size="sm" className={classes.fileName}>
                {t.reports.saved(result.fileName, result.pages)}
              </Text>
            </Alert>
          ) : (
            <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} data-testid="report-cancelled" role="status">
              <Text size="sm">{t.reports.cancelled}</Text>
            </Alert>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
