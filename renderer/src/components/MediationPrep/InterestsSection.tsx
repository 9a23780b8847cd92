// 5. Interests and options (Fisher, Ury: Getting to Yes): positions versus the interests behind them, for
// both sides side by side; options for mutual gain; objective criteria; each side's BATNA; and the
// Thomas-Kilmann mode we intend and the one we expect from them.
import { Divider, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBuilding, IconUsersGroup } from '@tabler/icons-react';
import { TK_MODES } from '../../../../src/contract/mediation.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ListEditor } from './ListEditor.tsx';
import type { Body } from './model.ts';
import { usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import { Note } from './fields.tsx';
import classes from './MediationPrep.module.css';

type Interests = Body['interests'];
type TextKey = 'ourPosition' | 'ourInterests' | 'theirPosition' | 'theirInterests' | 'ourBatna' | 'theirBatna';
type TkMode = (typeof TK_MODES)[number];

export function InterestsSection() {
  const { t } = useI18n();
  const { body, update, prep } = usePrepContext();
  const i = body.interests;
  const l = t.prep.interests;
  const set = (patch: Partial<Interests>) => update('interests', { ...i, ...patch });
  const field = (key: TextKey) => (
    <Note label={l.fields[key]} description={l.hints[key]} value={i[key]} onChange={(v) => set({ [key]: v })} testId={`int-${key}`} />
  );
  const modes = TK_MODES.map((m) => ({ value: m, label: l.modes[m] }));
  const tk = (key: 'tkIntended' | 'tkExpected') => (
    <Select
      label={l.fields[key]}
      description={i[key] ? l.modeHints[i[key]] : l.hints[key]}
      placeholder={l.modePlaceholder}
      data={modes}
      value={i[key]}
      onChange={(v) => set({ [key]: (v as TkMode | null) ?? null })}
      clearable
      allowDeselect
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed">
            {l.modeHints[option.value as TkMode]}
          </Text>
        </div>
      )}
      data-testid={`int-${key}`}
    />
  );

  return (
    <SectionFrame section="interests" source={t.prep.sources.fisher}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" className={classes.side} data-side="us">
          <Group gap={6} mb="sm">
            <IconUsersGroup size={17} stroke={1.7} />
            <Text fw={600} size="sm">
              {l.us}
            </Text>
          </Group>
          <Stack gap="sm">
            {field('ourPosition')}
            {field('ourInterests')}
          </Stack>
        </Paper>
        <Paper withBorder p="md" className={classes.side} data-side="them">
          <Group gap={6} mb="sm">
            <IconBuilding size={17} stroke={1.7} />
            <Text fw={600} size="sm" truncate="end">
              {l.them(prep.clientName)}
            </Text>
          </Group>
          <Stack gap="sm">
            {field('theirPosition')}
            {field('theirInterests')}
          </Stack>
        </Paper>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Block title={l.options} hint={l.optionsHint}>
          <ListEditor
            items={i.options}
            onChange={(options) => set({ options })}
            addLabel={l.addOption}
            placeholder={l.optionPlaceholder}
            itemLabel={l.optionN}
            testId="options"
          />
        </Block>
        <Block title={l.criteria} hint={l.criteriaHint}>
          <ListEditor
            items={i.criteria}
            onChange={(criteria) => set({ criteria })}
            addLabel={l.addCriterion}
            placeholder={l.criterionPlaceholder}
            itemLabel={l.criterionN}
            testId="criteria"
          />
        </Block>
      </SimpleGrid>

      <Divider />
      <Block title={l.batna} hint={l.batnaHint}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {field('ourBatna')}
          {field('theirBatna')}
        </SimpleGrid>
      </Block>

      <Divider />
      <Block title={l.tk} hint={l.tkHint}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {tk('tkIntended')}
          {tk('tkExpected')}
        </SimpleGrid>
      </Block>
    </SectionFrame>
  );
}
