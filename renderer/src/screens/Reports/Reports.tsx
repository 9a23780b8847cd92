// The Reports screen: choose what the renewal report covers, see what it will contain (from the engine's
// own report data, `report:preview`), and export the PDF to a file the user picks in the main process.
import { Button, EmptyState, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFileDescription, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PRESET_SECTIONS, type ReportSection } from '../../../../src/contract/report.ts';
import type { ChannelInput } from '../../../../src/contract/index.ts';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import { useClients, useReportPreview } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { LoadingRows } from '../../components/LoadingRows/LoadingRows.tsx';
import { PageHeader } from '../../components/PageHeader/PageHeader.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/messages.ts';
import { useNavigation } from '../../navigation.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { PreviewSections } from './PreviewSections.tsx';
import { ClientSelect, LanguageControl, PeriodFields, PresetChoice, SectionChecks, type CustomPeriod } from './ReportOptions.tsx';
import { useReportExport } from './useReportExport.ts';
import classes from './Reports.module.css';

function NoClients() {
  const { t } = useI18n();
  const { go } = useNavigation();
  return (
    <Paper withBorder p="xl" py={56} data-testid="reports-no-clients">
      <EmptyState icon={<IconFileDescription size={28} stroke={1.5} />} variant="light" title={t.reports.noClientsTitle} description={t.reports.noClientsText}>
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={() => go({ section: 'clients', createOpen: true })}>
            {t.portfolio.emptyAction}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  );
}

function Workspace({ clients, initialClientId }: { clients: readonly ClientSummary[]; initialClientId: number | undefined }) {
  const { t, fmt, locale } = useI18n();
  const [clientId, setClientId] = useState<number | null>(
    initialClientId !== undefined && clients.some((c) => c.id === initialClientId) ? initialClientId : null,
  );
  const [lang, setLang] = useState<Locale>(locale);
  // A report that leaves the house must be safe without a second thought: the client preset first.
  const [sections, setSections] = useState<ReportSection[]>([...PRESET_SECTIONS.client]);
  const [period, setPeriod] = useState<CustomPeriod>({});
  const exporter = useReportExport();

  const backwards = period.from !== undefined && period.to !== undefined && period.from > period.to;
  const request: ChannelInput<'report:preview'> | null =
    clientId !== null && sections.length > 0 && !backwards
      ? { clientId, lang, sections, ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) }
      : null;
  const preview = useReportPreview(request);
  // keepPreviousData shows the last answer while the next loads; another client's answer is not shown.
  const current = preview.data && preview.data.clientId === clientId ? preview.data : undefined;

  const running = exporter.mutation.isPending;
  const exportNow = () => {
    if (request && !running) exporter.start(request);
  };
  // A mod+ combination is never typing, so it works from the fields too.
  useHotkeys([['mod+E', exportNow]], []);

  const chooseClient = (id: number) => {
    setClientId(id);
    setPeriod({});
    if (!running) exporter.reset();
  };

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <Paper withBorder p="md" className={classes.card} component="section" aria-labelledby="report-options-title">
          <Stack gap="md">
            <Title order={2} fz="h5" id="report-options-title">
              {t.reports.options}
            </Title>
            <ClientSelect clients={clients} value={clientId} onChange={chooseClient} />
            {clientId !== null ? (
              <>
                <PeriodFields custom={period} preview={current} onChange={setPeriod} />
                <LanguageControl value={lang} onChange={setLang} />
                <PresetChoice sections={sections} onChange={setSections} />
                <SectionChecks value={sections} onChange={setSections} />
              </>
            ) : null}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        {clientId === null ? (
          <Paper withBorder p="xl" py={48} data-testid="reports-pick">
            <EmptyState icon={<IconFileDescription size={28} stroke={1.5} />} withIndicatorBackground title={t.reports.pickTitle} description={t.reports.pickText} />
          </Paper>
        ) : (
          <Stack gap="md">
            <ExportPanel
              fileName={current?.fileName ?? null}
              disabled={request === null}
              running={running}
              progress={exporter.progress}
              result={exporter.mutation.data}
              error={exporter.mutation.error}
              onExport={exportNow}
            />
            <section aria-labelledby="report-preview-title">
              <Title order={2} fz="h5" id="report-preview-title">
                {t.reports.preview}
              </Title>
              {current ? (
                <Text size="sm" c="dimmed" mb="sm" className={classes.fileName} data-testid="report-preview-period">
                  {t.reports.previewOf(current.clientName, fmt.date(current.period.from), fmt.date(current.period.to))}
                </Text>
              ) : null}
              {request === null ? (
                <Text size="sm" c="dimmed" mt="sm">
                  {sections.length === 0 ? t.reports.noSections : '\u00a0'}
                </Text>
              ) : preview.isError ? (
                <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
              ) : current ? (
                <PreviewSections preview={current} stale={preview.isPlaceholderData || preview.isFetching} />
              ) : (
                <LoadingRows rows={5} />
              )}
            </section>
          </Stack>
        )}
      </Grid.Col>
    </Grid>
  );
}

export function Reports({ initialClientId }: { initialClientId?: number }) {
  const { t } = useI18n();
  const clients = useClients();
  const header = <PageHeader title={t.reports.title} subtitle={t.reports.subtitle} />;
  if (clients.isPending) return <>{header}<LoadingRows rows={2} /></>;
  if (clients.isError) return <>{header}<ErrorAlert error={clients.error} onRetry={() => void clients.refetch()} /></>;
  return (
    <>
      {header}
      {clients.data.length === 0 ? <NoClients /> : <Workspace clients={clients.data} initialClientId={initialClientId} />}
    </>
  );
}
