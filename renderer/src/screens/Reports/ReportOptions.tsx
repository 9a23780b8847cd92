// What the report covers: client, period (default: since the last renewal, else the whole relationship),
// the report's language, who it is for (a preset of sections) and its sections.
import { Anchor, Badge, Checkbox, Group, Input, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateField } from '../../components/DateField/DateField.tsx';
import { IconCalendar } from '@tabler/icons-react';
import {
  isInternalSection, presetOf, PRESET_SECTIONS, REPORT_PRESETS, REPORT_SECTIONS, type ReportPreview, type ReportSection,
} from '../../../../src/contract/report.ts';
import type { ClientSummary } from '../../../../src/contract/schemas.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { dateValueFormat } from '../../components/EventEditor/formKit.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/messages.ts';
import classes from './Reports.module.css';

export interface CustomPeriod {
  from?: string;
  to?: string;
}

export function ClientSelect({ clients, value, onChange }: { clients: readonly ClientSummary[]; value: number | null; onChange(id: number): void }) {
  const { t, fmt } = useI18n();
  const data = [...clients]
    .sort((a, b) => a.name.localeCompare(b.name, fmt.intlLocale))
    .map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <Select
      label={t.reports.client}
      placeholder={t.reports.choose}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(v) => v !== null && onChange(Number(v))}
      searchable
      nothingFoundMessage={t.reports.noneFound}
      allowDeselect={false}
      data-testid="report-client"
    />
  );
}

/** The period: the resolved dates as values, a line saying where the default comes from, and a reset. */
export function PeriodFields({
  custom, preview, onChange,
}: { custom: CustomPeriod; preview: ReportPreview | undefined; onChange(next: CustomPeriod): void }) {
  const { t, fmt, locale } = useI18n();
  const today = todayIso();
  const from = custom.from ?? preview?.period.from ?? null;
  const to = custom.to ?? preview?.period.to ?? null;
  const backwards = custom.from !== undefined && custom.to !== undefined && custom.from > custom.to;
  const isCustom = custom.from !== undefined || custom.to !== undefined;
  const d = preview?.defaultPeriod;
  const defaultText = d ? (d.basis === 'lastRenewal' ? t.reports.basis.lastRenewal(fmt.date(d.from)) : t.reports.basis.relationship(fmt.date(d.from))) : null;
  const format = dateValueFormat(locale);
  return (
    <Input.Wrapper label={t.reports.period} inputWrapperOrder={['label', 'input', 'description']}>
      <SimpleGrid cols={2} spacing="sm" mt={4}>
        <DateField
          aria-label={t.reports.from}
          placeholder={t.reports.from}
          description={t.reports.from}
          inputWrapperOrder={['description', 'input', 'error']}
          valueFormat={format}
          leftSection={<IconCalendar size={16} stroke={1.6} />}
          value={from}
          maxDate={to ?? today}
          onChange={(v) => onChange({ ...custom, ...(v ? { from: v } : { from: undefined }) })}
          data-testid="report-from"
        />
        <DateField
          aria-label={t.reports.to}
          placeholder={t.reports.to}
          description={t.reports.to}
          inputWrapperOrder={['description', 'input', 'error']}
          valueFormat={format}
          leftSection={<IconCalendar size={16} stroke={1.6} />}
          value={to}
          minDate={from ?? undefined}
          maxDate={today}
          error={backwards ? t.reports.period : undefined}
          onChange={(v) => onChange({ ...custom, ...(v ? { to: v } : { to: undefined }) })}
          data-testid="report-to"
        />
      </SimpleGrid>
      <Group gap="xs" mt={6} justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" data-testid="report-period-basis" data-basis={isCustom ? 'custom' : (d?.basis ?? '')}>
          {defaultText ? (isCustom ? t.reports.customPeriod(defaultText) : defaultText) : '\u00a0'}
        </Text>
        {isCustom ? (
          <Anchor component="button" type="button" size="xs" onClick={() => onChange({})} data-testid="report-period-reset" className={classes.nowrap}>
            {t.reports.resetPeriod}
          </Anchor>
        ) : null}
      </Group>
    </Input.Wrapper>
  );
}

export function LanguageControl({ value, onChange }: { value: Locale; onChange(lang: Locale): void }) {
  const { t } = useI18n();
  return (
    <Input.Wrapper label={t.reports.language}>
      <div>
        <SegmentedControl
          mt={4}
          value={value}
          onChange={(v) => onChange(v === 'de' ? 'de' : 'en')}
          data={[
            { value: 'de', label: t.reports.languages.de },
            { value: 'en', label: t.reports.languages.en },
          ]}
          data-testid="report-lang"
        />
      </div>
    </Input.Wrapper>
  );
}

/**
 * Who the report is for: a preset sets the sections below; choosing sections by hand leaves both presets
 * unchecked and says the choice is the user's own (and whether it holds internal sections).
 */
export function PresetChoice({ sections, onChange }: { sections: readonly ReportSection[]; onChange(next: ReportSection[]): void }) {
  const { t } = useI18n();
  const preset = presetOf(sections);
  const withInternal = sections.some(isInternalSection);
  return (
    <Radio.Group
      label={t.reports.audience}
      value={preset === 'custom' ? '' : preset}
      onChange={(v) => {
        const p = REPORT_PRESETS.find((x) => x === v);
        if (p) onChange([...PRESET_SECTIONS[p]]);
      }}
      data-testid="report-preset"
      data-preset={preset}
    >
      <Stack gap={8} mt={6}>
        {REPORT_PRESETS.map((p) => (
          <Radio key={p} value={p} label={t.reports.presets[p]} description={t.reports.presetHints[p]} data-testid={`report-preset-${p}`} />
        ))}
        {preset === 'custom' ? (
          <Text size="xs" c={withInternal ? 'red.8' : 'dimmed'} data-testid="report-preset-custom" aria-live="polite">
            {withInternal ? t.reports.customPresetInternal : t.reports.customPreset}
          </Text>
        ) : null}
      </Stack>
    </Radio.Group>
  );
}

export function SectionChecks({ value, onChange }: { value: readonly ReportSection[]; onChange(next: ReportSection[]): void }) {
  const { t } = useI18n();
  const all = value.length === REPORT_SECTIONS.length;
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500} component="span" id="report-sections-label">
          {t.reports.sectionsLabel}
        </Text>
        <Checkbox
          size="xs"
          label={t.reports.allSections}
          checked={all}
          indeterminate={!all && value.length > 0}
          onChange={() => onChange(all ? [] : [...REPORT_SECTIONS])}
          data-testid="report-sections-all"
        />
      </Group>
      <Checkbox.Group
        value={[...value]}
        onChange={(v) => onChange(REPORT_SECTIONS.filter((s) => v.includes(s)))}
        aria-labelledby="report-sections-label"
        error={value.length === 0 ? t.reports.noSections : undefined}
      >
        <Stack gap={8}>
          {REPORT_SECTIONS.map((s) => (
            <Checkbox
              key={s}
              value={s}
              label={
                <Group gap={6} component="span" wrap="nowrap">
                  <span>{t.reports.sectionNames[s]}</span>
                  {isInternalSection(s) ? (
                    <Badge size="xs" variant="outline" color="gray" component="span" className={classes.badge}>
                      {t.reports.internal}
                    </Badge>
                  ) : null}
                </Group>
              }
              data-testid={`report-section-${s}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
