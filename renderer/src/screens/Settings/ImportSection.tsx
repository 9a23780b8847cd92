// Settings → Import: choose a file (the main process opens it; the page learns its name and a token),
// map its columns, check it with a dry run, then import it in one transaction. Import stays disabled while
// any line is rejected, and changing the mapping means checking again.
import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Stepper, Text } from '@mantine/core';
import { IconCheck, IconFileImport, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ColumnMapping, ImportSource, ImportTarget } from '../../../../src/contract/import.ts';
import { IMPORT_TARGETS } from '../../../../src/contract/import.ts';
import type { ImportReport } from '../../../../src/contract/transfer.ts';
import { useClients, useImportCommit, useImportOpen, useImportPreview } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import classes from './Import/Import.module.css';
import { ImportProgressBar } from './Import/ImportProgressBar.tsx';
import { ImportReportView } from './Import/ImportReportView.tsx';
import { MappingTable } from './Import/MappingTable.tsx';
import { SettingsSection } from './SettingsSection.tsx';

export function ImportSection() {
  const { t, fmt, locale } = useI18n();
  const ti = t.dataImport;
  const open = useImportOpen();
  const preview = useImportPreview();
  const commit = useImportCommit();
  const clients = useClients();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [target, setTarget] = useState<ImportTarget>('client');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [clientId, setClientId] = useState<number | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);

  const step = done ? 3 : preview.data ? 2 : source ? 1 : 0;
  const request = source ? {
    token: source.token,
    lang: locale,
    ...(source.format === 'json' ? {} : { target, mapping }),
    ...(clientId !== null ? { clientId } : {}),
  } : null;

  const reset = () => {
    setSource(null);
    setDone(null);
    setClientId(null);
    open.reset();
    preview.reset();
    commit.reset();
  };
  const choose = () => {
    reset();
    open.mutate({}, {
      onSuccess: (s) => {
        if (!s) return;
        setSource(s);
        setTarget(s.target ?? 'client');
        setMapping(s.suggested);
      },
    });
  };
  // Any change to what is asked makes the last dry run stale.
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    preview.reset();
    set(v);
  };
  const changeTarget = (v: ImportTarget) => {
    preview.reset();
    setTarget(v);
    if (source) setMapping(source.suggestions[v]);
  };

  const report = preview.data ?? null;
  const unmapped = mapping.filter((f) => f === null).length;
  const error = open.error ?? preview.error ?? commit.error;

  return (
    <SettingsSection title={ti.title} hint={ti.hint} stacked data-testid="import-section">
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={ti.stepFile} icon={<IconFileImport size={16} />} />
          <Stepper.Step label={ti.stepMap} />
          <Stepper.Step label={ti.stepCheck} icon={<IconListCheck size={16} />} />
        </Stepper>

        {!source ? (
          <Group gap="md">
            <Button leftSection={<IconFileImport size={16} />} onClick={choose} loading={open.isPending} data-testid="import-choose">
              {ti.choose}
            </Button>
            <Text size="sm" c="dimmed">
              {ti.chooseHint}
            </Text>
          </Group>
        ) : (
          <Group gap="sm" data-testid="import-file">
            <Text size="sm" className={classes.file}>
              {source.fileName}
            </Text>
            <Badge variant="light" color="gray">
              {ti.formats[source.format]}
            </Badge>
            {source.format !== 'json' ? (
              <Text size="sm" c="dimmed">
                {ti.rows(fmt.number(source.rowCount))}
              </Text>
            ) : null}
            {!done ? (
              <Button variant="subtle" size="xs" onClick={choose} ml="auto">
                {ti.restart}
              </Button>
            ) : null}
          </Group>
        )}

        {error ? <ErrorAlert error={error} /> : null}

        {source && !done && source.format === 'json' ? (
          <Text size="sm" c="dimmed">
            {ti.jsonHint}
          </Text>
        ) : null}

        {source && !done && source.format !== 'json' ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={640}>
              <Select
                label={ti.target}
                data={IMPORT_TARGETS.map((v) => ({ value: v, label: ti.targets[v] }))}
                value={target}
                onChange={(v) => v && changeTarget(v as ImportTarget)}
                allowDeselect={false}
                disabled={source.format === 'vcard'}
                data-testid="import-target"
              />
              {target !== 'client' ? (
                <Select
                  label={ti.client}
                  description={ti.clientHint}
                  data={[{ value: '', label: ti.clientNone }, ...(clients.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))]}
                  value={clientId === null ? '' : String(clientId)}
                  onChange={changed((v: string | null) => setClientId(v ? Number(v) : null))}
                  searchable
                  data-testid="import-client"
                />
              ) : null}
            </SimpleGrid>
            {unmapped > 0 ? (
              <Text size="sm" c="dimmed" data-testid="import-unmapped">
                {ti.unmappedHint(unmapped)}
              </Text>
            ) : null}
            <MappingTable headers={source.headers} sample={source.sample} target={target} mapping={mapping} onChange={changed(setMapping)} />
          </>
        ) : null}

        {source && !done ? (
          <Group>
            <Button
              variant={report ? 'default' : 'filled'}
              leftSection={<IconListCheck size={16} />}
              loading={preview.isPending}
              onClick={() => request && preview.mutate(request)}
              data-testid="import-check"
            >
              {ti.check}
            </Button>
          </Group>
        ) : null}

        <ImportProgressBar running={preview.isPending || commit.isPending} />

        {report && !done ? (
          <Stack gap="sm" data-testid="import-report">
            <ImportReportView report={report} />
            {report.counts.reject > 0 ? (
              <Alert color="red" variant="light" data-testid="import-blocked">
                {ti.blocked(report.counts.reject)}
              </Alert>
            ) : (
              <Text size="sm" c="dimmed">
                {report.counts.create > 0 ? ti.ready : ti.nothing}
              </Text>
            )}
            <Group justify="flex-end">
              <Button
                leftSection={<IconCheck size={16} />}
                disabled={report.counts.reject > 0 || report.counts.create === 0}
                loading={commit.isPending}
                onClick={() => request && commit.mutate(request, { onSuccess: (r) => (r.imported ? setDone(r) : preview.mutate(request)) })}
                data-testid="import-commit"
              >
                {ti.import(report.counts.create)}
              </Button>
            </Group>
          </Stack>
        ) : null}

        {done ? (
          <Stack gap="sm">
            <Alert color="petrol" variant="light" icon={<IconCheck size={18} />} data-testid="import-done">
              <Stack gap={6}>
                <Text size="sm">{ti.done(done.counts.create)}</Text>
                <Group gap={6}>
                  {Object.entries(done.created).map(([entity, n]) => (
                    <Badge key={entity} variant="light" color="petrol" data-testid={`import-created-${entity}`}>
                      {fmt.number(n ?? 0)} × {ti.entity[entity as keyof typeof ti.entity]}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            </Alert>
            <Group>
              <Button variant="default" onClick={reset} data-testid="import-again">
                {ti.restart}
              </Button>
            </Group>
          </Stack>
        ) : null}
    </SettingsSection>
  );
}
