// The dry-run report: counts, then every line with its outcome and reason; filterable to the rejects,
// which are what the user has to fix before anything can be imported.
import { Badge, Group, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportReport } from '../../../../../src/contract/transfer.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import classes from './Import.module.css';

const COLORS = { create: 'petrol', skip: 'gray', reject: 'red' } as const;

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, fmt } = useI18n();
  const ti = t.dataImport;
  const [filter, setFilter] = useState<'all' | 'reject'>(report.counts.reject > 0 ? 'reject' : 'all');
  const lines = filter === 'reject' ? report.lines.filter((l) => l.outcome === 'reject') : report.lines;
  return (
    <>
      <Group gap="xs" data-testid="import-counts">
        {(['create', 'skip', 'reject'] as const).map((o) => (
          <Badge key={o} size="lg" variant={o === 'reject' && report.counts.reject > 0 ? 'filled' : 'light'} color={COLORS[o]} data-testid={`import-count-${o}`}>
            {fmt.number(report.counts[o])} {ti.counts[o]}
          </Badge>
        ))}
      </Group>
      {report.lines.length > 0 ? (
        <SegmentedControl
          size="xs"
          w="fit-content"
          value={filter}
          onChange={(v) => setFilter(v as 'all' | 'reject')}
          data={[
            { value: 'all', label: ti.filterAll },
            { value: 'reject', label: ti.filterRejects, disabled: report.counts.reject === 0 },
          ]}
          data-testid="import-filter"
        />
      ) : null}
      {report.lines.length > 0 ? (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table verticalSpacing={6} stickyHeader data-testid="import-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{ti.line}</Table.Th>
                <Table.Th w={210}>{ti.what}</Table.Th>
                <Table.Th>{ti.label}</Table.Th>
                <Table.Th>{ti.reason}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l, k) => (
                <Table.Tr key={`${l.line}-${l.entity}-${k}`} className={l.outcome === 'reject' ? classes.rejected : undefined} data-testid="import-line" data-outcome={l.outcome}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {l.line}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge size="sm" variant="light" color={COLORS[l.outcome]}>
                        {ti.outcome[l.outcome]}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {ti.entity[l.entity]}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.label}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={l.outcome === 'reject' ? 'red' : 'dimmed'} className={classes.reason}>
                      {l.reason ?? ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      ) : null}
      {report.truncated ? (
        <Text size="xs" c="dimmed">
          {ti.truncated(fmt.number(report.lines.length))}
        </Text>
      ) : null}
    </>
  );
}
