// The fields that belong to one kind of event: project, crisis, misunderstanding, appreciation,
// touchpoint, milestone. Each section reads and writes the shared form.
import {
  Autocomplete, Badge, Checkbox, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea,
  TextInput,
} from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import type { UseFormReturnType } from '@mantine/form';
import { IconCalendar } from '@tabler/icons-react';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { MILESTONE_TYPES, TOUCHPOINT_CHANNELS } from '../../../../src/contract/events.ts';
import { todayIso } from '../../../../src/domain/dates.ts';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { dateValueFormat, numberSeparators, WithCounter } from './formKit.tsx';
import type { EventFormValues } from './formModel.ts';
import { LEVEL_COLORS, refLabel } from './labels.ts';
import classes from './EventEditor.module.css';

type Form = UseFormReturnType<EventFormValues>;

const calendar = <IconCalendar size={16} stroke={1.6} />;

/** The day an issue counts as resolved by default: today, but never before it began. */
export const defaultResolvedOn = (occurredOn: string | null): string => {
  const today = todayIso();
  return occurredOn && occurredOn > today ? occurredOn : today;
};

export function ProjectSection({ form, currency }: { form: Form; currency: string | null }) {
  const { t, locale } = useI18n();
  const v = form.values;
  return (
    <Stack gap="md">
      <WithCounter value={v.outcome} max={LIMITS.shortText}>
        <Textarea
          label={t.editor.outcome}
          placeholder={t.editor.outcomePlaceholder}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="editor-outcome"
          {...form.getInputProps('outcome')}
        />
      </WithCounter>
      <NumberInput
        label={currency ? t.editor.valueIn(currency) : t.editor.value}
        description={t.editor.valueHint}
        min={0}
        max={1_000_000_000}
        allowDecimal={false}
        allowNegative={false}
        {...numberSeparators(locale)}
        w={240}
        data-testid="editor-value"
        {...form.getInputProps('value')}
      />
    </Stack>
  );
}

/** Open or resolved; resolving asks how, and when (not before it began). */
export function ResolutionFields({ form }: { form: Form }) {
  const { t, locale, fmt } = useI18n();
  const v = form.values;
  const setStatus = (status: string) => {
    form.setFieldValue('status', status as EventFormValues['status']);
    if (status === 'resolved' && !v.resolvedOn) form.setFieldValue('resolvedOn', defaultResolvedOn(v.occurredOn));
    if (status === 'open') form.clearFieldError('resolvedOn');
  };
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4} id="editor-status-label">
          {t.editor.status}
        </Text>
        <SegmentedControl
          data={[
            { value: 'open', label: t.editor.statuses.open },
            { value: 'resolved', label: t.editor.statuses.resolved },
          ]}
          value={v.status}
          onChange={setStatus}
          aria-labelledby="editor-status-label"
          data-testid="editor-status"
        />
      </div>
      {v.status === 'resolved' ? (
        <Paper withBorder p="md" className={classes.resolved}>
          <Stack gap="sm">
            <WithCounter value={v.resolution} max={LIMITS.shortText}>
              <Textarea
                label={t.editor.resolution}
                placeholder={t.editor.resolutionPlaceholder}
                withAsterisk
                autosize
                minRows={2}
                maxRows={6}
                data-testid="editor-resolution"
                {...form.getInputProps('resolution')}
              />
            </WithCounter>
            <DateField
              label={t.editor.resolvedOn}
              description={v.occurredOn ? t.editor.notBefore(fmt.date(v.occurredOn)) : undefined}
              valueFormat={dateValueFormat(locale)}
              leftSection={calendar}
              withAsterisk
              styles={{ wrapper: { maxWidth: 260 } }}
              data-testid="editor-resolved-on"
              {...form.getInputProps('resolvedOn')}
            />
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

export function CrisisSection({ form }: { form: Form }) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const v = form.values;
  const stages = [...(reference.data?.glaslStages ?? [])].sort((a, b) => a.stage - b.stage);
  const causes = [...(reference.data?.rootCauses ?? [])].sort((a, b) => a.sort - b.sort);
  const levels = [...new Set(stages.map((s) => s.level))];
  const data = levels.map((level) => {
    const inLevel = stages.filter((s) => s.level === level);
    return {
      group: t.editor.glaslGroup(t.mediation.levels[level] ?? level, inLevel[0]?.stage ?? 0, inLevel.at(-1)?.stage ?? 0),
      items: inLevel.map((s) => ({ value: String(s.stage), label: t.editor.glaslOption(s.stage, refLabel(s, locale)) })),
    };
  });
  const chosen = stages.find((s) => String(s.stage) === v.glaslStage);

  const toggleCause = (key: string, on: boolean) =>
    form.setFieldValue('rootCauses', on ? [...v.rootCauses, key] : v.rootCauses.filter((k) => k !== key));

  return (
    <Stack gap="md">
      <div>
        <Select
          label={t.editor.glaslStage}
          placeholder={t.editor.glaslPlaceholder}
          data={data}
          withAsterisk
          allowDeselect={false}
          maxDropdownHeight={320}
          comboboxProps={{ zIndex: 350 }}
          data-testid="editor-glasl"
          {...form.getInputProps('glaslStage')}
        />
        {chosen ? (
          <Group gap="xs" mt={8} wrap="nowrap" align="flex-start" data-testid="glasl-detail">
            <Badge color={LEVEL_COLORS[chosen.level] ?? 'gray'} variant="light" style={{ flex: 'none' }}>
              {t.mediation.levels[chosen.level] ?? chosen.level}
            </Badge>
            <Text size="sm" c="dimmed">
              {t.editor.intervention}: {locale === 'de' ? chosen.interventionDe : chosen.interventionEn}
            </Text>
          </Group>
        ) : null}
      </div>
      <div>
        <Text size="sm" fw={500}>
          {t.editor.rootCauses}
        </Text>
        <Text size="xs" c="dimmed" mb={8}>
          {t.editor.rootCausesHint}
        </Text>
        <Stack gap={10} data-testid="root-causes">
          {causes.map((cause) => {
            const checked = v.rootCauses.includes(cause.key);
            return (
              <div key={cause.key}>
                <Checkbox
                  label={refLabel(cause, locale)}
                  description={locale === 'de' ? cause.descriptionDe : cause.descriptionEn}
                  checked={checked}
                  onChange={(e) => toggleCause(cause.key, e.currentTarget.checked)}
                  data-testid={`root-cause-${cause.key}`}
                />
                {checked ? (
                  <WithCounter value={v.rootCauseNotes[cause.key] ?? ''} max={LIMITS.shortText}>
                    <TextInput
                      ml={32}
                      mt={6}
                      size="xs"
                      placeholder={t.editor.rootCauseNotePlaceholder}
                      aria-label={t.editor.rootCauseNoteFor(refLabel(cause, locale))}
                      data-testid={`root-cause-note-${cause.key}`}
                      {...form.getInputProps(`rootCauseNotes.${cause.key}`)}
                      value={v.rootCauseNotes[cause.key] ?? ''}
                    />
                  </WithCounter>
                ) : null}
              </div>
            );
          })}
        </Stack>
      </div>
      <ResolutionFields form={form} />
    </Stack>
  );
}

export function MisunderstandingSection({ form }: { form: Form }) {
  const { t } = useI18n();
  const v = form.values;
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="md">
        <WithCounter value={v.ourUnderstanding} max={LIMITS.shortText}>
          <Textarea
            label={t.editor.ourUnderstanding}
            placeholder={t.editor.ourUnderstandingPlaceholder}
            autosize
            minRows={3}
            maxRows={8}
            data-testid="editor-ours"
            {...form.getInputProps('ourUnderstanding')}
          />
        </WithCounter>
        <WithCounter value={v.theirUnderstanding} max={LIMITS.shortText}>
          <Textarea
            label={t.editor.theirUnderstanding}
            placeholder={t.editor.theirUnderstandingPlaceholder}
            autosize
            minRows={3}
            maxRows={8}
            data-testid="editor-theirs"
            {...form.getInputProps('theirUnderstanding')}
          />
        </WithCounter>
      </SimpleGrid>
      <ResolutionFields form={form} />
    </Stack>
  );
}

export function AppreciationSection({ form }: { form: Form }) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const v = form.values;
  const ladder = [...(reference.data?.appreciationStages ?? [])].sort((a, b) => a.stage - b.stage);
  const chosenStage = ladder.find((s) => String(s.stage) === v.ladderStage);
  return (
    <Stack gap="md">
      <Group grow align="flex-start" gap="md">
        <WithCounter value={v.gesture} max={LIMITS.title}>
          <Autocomplete
            label={t.editor.gesture}
            placeholder={t.editor.gesturePlaceholder}
            data={[...t.editor.gestureSuggestions]}
            withAsterisk
            comboboxProps={{ zIndex: 350 }}
            data-testid="editor-gesture"
            {...form.getInputProps('gesture')}
          />
        </WithCounter>
        <div>
          <Text size="sm" fw={500} mb={4} id="editor-direction-label">
            {t.editor.direction}
          </Text>
          <SegmentedControl
            fullWidth
            data={[
              { value: 'shown', label: t.editor.directions.shown },
              { value: 'received', label: t.editor.directions.received },
            ]}
            aria-labelledby="editor-direction-label"
            data-testid="editor-direction"
            {...form.getInputProps('direction')}
          />
        </div>
      </Group>
      <SimpleGrid cols={2} spacing="md">
        <Checkbox
          label={t.editor.isPersonal}
          description={t.editor.isPersonalHint}
          data-testid="editor-personal"
          {...form.getInputProps('isPersonal', { type: 'checkbox' })}
        />
        <Checkbox
          label={t.editor.isUnscheduled}
          description={t.editor.isUnscheduledHint}
          data-testid="editor-unscheduled"
          {...form.getInputProps('isUnscheduled', { type: 'checkbox' })}
        />
      </SimpleGrid>
      {v.isPersonal ? (
        <Paper p="md" className={classes.personal} data-testid="personal-prompt">
          <WithCounter value={v.personalNote} max={LIMITS.shortText}>
            <Textarea
              label={t.editor.personalNote}
              description={t.editor.personalNoteHint}
              placeholder={t.editor.personalNotePlaceholder}
              autosize
              minRows={2}
              maxRows={6}
              // Asked the moment "personal" is ticked: that is when the answer is fresh.
              autoFocus={form.isTouched('isPersonal')}
              classNames={{ label: classes.personalLabel }}
              data-testid="editor-personal-note"
              {...form.getInputProps('personalNote')}
            />
          </WithCounter>
        </Paper>
      ) : null}
      {!v.isPersonal && !v.isUnscheduled ? (
        <Text size="xs" c="dimmed" data-testid="routine-hint">
          {t.editor.routineHint}
        </Text>
      ) : null}
      <div>
        <Select
          label={t.editor.ladderStage}
          description={t.app.optional}
          placeholder={t.editor.ladderPlaceholder}
          data={ladder.map((s) => ({ value: String(s.stage), label: t.editor.ladderOption(s.stage, refLabel(s, locale)) }))}
          clearable
          comboboxProps={{ zIndex: 350 }}
          w={320}
          data-testid="editor-ladder"
          {...form.getInputProps('ladderStage')}
        />
        {chosenStage ? (
          <Text size="xs" c="dimmed" mt={4}>
            {locale === 'de' ? chosenStage.descriptionDe : chosenStage.descriptionEn}
          </Text>
        ) : null}
      </div>
    </Stack>
  );
}

export function TouchpointSection({ form }: { form: Form }) {
  const { t, locale } = useI18n();
  return (
    <SimpleGrid cols={3} spacing="md">
      <Select
        label={t.editor.channel}
        data={TOUCHPOINT_CHANNELS.map((c) => ({ value: c, label: t.events.channels[c] ?? c }))}
        allowDeselect={false}
        withAsterisk
        comboboxProps={{ zIndex: 350 }}
        data-testid="editor-channel"
        {...form.getInputProps('channel')}
      />
      <div>
        <Text size="sm" fw={500} mb={4} id="editor-initiator-label">
          {t.editor.initiatedBy}
        </Text>
        <SegmentedControl
          fullWidth
          data={[
            { value: 'us', label: t.editor.initiators.us },
            { value: 'client', label: t.editor.initiators.client },
          ]}
          aria-labelledby="editor-initiator-label"
          data-testid="editor-initiator"
          {...form.getInputProps('initiatedBy')}
        />
      </div>
      <NumberInput
        label={t.editor.responseHours}
        description={t.editor.responseHoursHint}
        min={0}
        max={24 * 365}
        decimalScale={1}
        allowNegative={false}
        {...numberSeparators(locale)}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        data-testid="editor-response-hours"
        {...form.getInputProps('responseHours')}
      />
    </SimpleGrid>
  );
}

export function MilestoneSection({ form }: { form: Form }) {
  const { t } = useI18n();
  return (
    <Select
      label={t.editor.milestoneType}
      data={MILESTONE_TYPES.map((m) => ({ value: m, label: t.editor.milestoneTypes[m] }))}
      allowDeselect={false}
      comboboxProps={{ zIndex: 350 }}
      w={280}
      data-testid="editor-milestone-type"
      {...form.getInputProps('milestoneType')}
    />
  );
}

/** The end of a project, next to its start. */
export function ProjectEnd({ form }: { form: Form }) {
  const { t, locale, fmt } = useI18n();
  const v = form.values;
  return (
    <DateField
      label={t.editor.endsOn}
      placeholder={t.editor.endsOnPlaceholder}
      description={v.occurredOn ? t.editor.notBeforeStart(fmt.date(v.occurredOn)) : undefined}
      valueFormat={dateValueFormat(locale)}
      leftSection={calendar}
      clearable
      data-testid="editor-ends-on"
      {...form.getInputProps('endsOn')}
    />
  );
}
