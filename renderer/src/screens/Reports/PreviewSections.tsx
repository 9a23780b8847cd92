// The preview: one card per chosen section, in the PDF's order, with what it will show; empty sections
// are marked rather than hidden, so nobody is surprised by a "nothing recorded" page.
import { Badge, Group, List, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { isInternalSection, type ReportPreview } from '../../../../src/contract/report.ts';
import { useHealthFormat } from '../../components/Health/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { detailLines, SECTION_LOOK, summaryLine } from './sectionSummary.tsx';
import classes from './Reports.module.css';

export function PreviewSections({ preview, stale }: { preview: ReportPreview; stale: boolean }) {
  const { t, fmt } = useI18n();
  const { nev } = useHealthFormat();
  return (
    <Stack gap="xs" className={classes.previewList} data-stale={stale || undefined} data-testid="report-preview" aria-busy={stale}>
      {preview.sections.map((s, i) => {
        const look = SECTION_LOOK[s.section];
        const summary = summaryLine(s, t, fmt, nev);
        const details = detailLines(s, t);
        const empty = !s.hasContent;
        return (
          <Paper
            key={s.section}
            withBorder
            p="sm"
            className={classes.sectionCard}
            data-testid={`preview-${s.section}`}
            data-empty={empty || undefined}
          >
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color={empty ? 'gray' : look.color} size={34} radius="md" aria-hidden>
                <look.icon size={18} stroke={1.7} />
              </ThemeIcon>
              <div className={classes.sectionText}>
                <Group gap={8} wrap="nowrap" justify="space-between" align="baseline">
                  <Text fw={600} size="sm">
                    <Text span c="dimmed" inherit mr={6}>
                      {i + 1}
                    </Text>
                    {t.reports.sectionNames[s.section]}
                  </Text>
                  {isInternalSection(s.section) ? (
                    <Badge size="xs" variant="outline" color="gray" title={t.reports.internalHint}>
                      {t.reports.internal}
                    </Badge>
                  ) : null}
                </Group>
                {empty && summary === null ? (
                  <Text size="sm" c="dimmed" fs="italic" data-testid="preview-empty">
                    {t.reports.empty}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed" data-testid="preview-summary">
                    {summary}
                  </Text>
                )}
                {details.length > 0 ? (
                  <List size="xs" c="dimmed" mt={4} spacing={2} className={classes.details} lang={preview.lang}>
                    {details.map((line, n) => (
                      <List.Item key={n}>{line}</List.Item>
                    ))}
                  </List>
                ) : null}
              </div>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
