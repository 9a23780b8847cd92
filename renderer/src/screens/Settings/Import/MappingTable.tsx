// The mapping step: one row per source column with example values and the Rapport field it feeds
// (or "leave out"). Columns nobody maps are marked, so nothing in the file goes unnoticed.
import { Badge, Select, Table, Text } from '@mantine/core';
import { TARGET_FIELDS, type ColumnMapping, type ImportField, type ImportTarget } from '../../../../../src/contract/import.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import classes from './Import.module.css';

const IGNORE = '__ignore';

export function MappingTable({ headers, sample, target, mapping, onChange }: {
  headers: readonly string[];
  sample: readonly (readonly string[])[];
  target: ImportTarget;
  mapping: ColumnMapping;
  onChange: (next: ColumnMapping) => void;
}) {
  const { t } = useI18n();
  const ti = t.dataImport;
  const options = [
    { value: IGNORE, label: ti.ignore },
    ...TARGET_FIELDS[target].map((f) => ({ value: f, label: ti.fields[f] })),
  ];
  const set = (index: number, value: string | null) => {
    const field = value === null || value === IGNORE ? null : (value as ImportField);
    // A field feeds from one column: choosing it here frees the column that had it.
    onChange(mapping.map((f, i) => (i === index ? field : field !== null && f === field ? null : f)));
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{ti.column}</Table.Th>
            <Table.Th>{ti.samples}</Table.Th>
            <Table.Th w={260}>{ti.field}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, i) => {
            const examples = sample.map((row) => row[i] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
            const field = mapping[i] ?? null;
            return (
              <Table.Tr key={i} className={field === null ? classes.unmapped : undefined} data-testid="import-column">
                <Table.Td>
                  <Text size="sm" className={classes.header}>
                    {header || `#${i + 1}`}
                  </Text>
                  {field === null ? (
                    <Badge size="xs" color="yellow" variant="light" mt={4}>
                      {ti.unmapped}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <div className={classes.samples} title={examples.join(' · ')}>
                    {examples.join(' · ') || '—'}
                  </div>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    data={options}
                    value={field ?? IGNORE}
                    onChange={(v) => set(i, v)}
                    allowDeselect={false}
                    aria-label={`${ti.field}: ${header}`}
                    data-testid={`import-field-${i}`}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
