// 6. What we will say: statements in the four steps of Nonviolent Communication (observation → feeling →
// need → request), each read live by the phrasing coach; the opening; the questions we will ask; what we
// can offer; what success looks like.
import { ActionIcon, Badge, Blockquote, Button, Divider, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconQuote, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { checkPhrasing } from '../../../../src/domain/mediation/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/messages.ts';
import { CoachedTextarea } from '../PhrasingCoach/index.ts';
import { ListEditor } from './ListEditor.tsx';
import type { Body } from './model.ts';
import { usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import { Note } from './fields.tsx';
import classes from './MediationPrep.module.css';

type Statement = Body['speaking']['statements'][number];
const STEPS = ['observation', 'feeling', 'need', 'request'] as const;
const MAX_STATEMENTS = 20;
const EMPTY: Statement = { observation: null, feeling: null, need: null, request: null };

function StatementCard({ index, statement, lang, onChange, onRemove }: {
  index: number; statement: Statement; lang: Locale; onChange: (s: Statement) => void; onRemove: () => void;
}) {
  const { t } = useI18n();
  const l = t.prep.speaking;
  const texts = STEPS.map((k) => statement[k] ?? '');
  const joined = texts.join('\u0000');
  const flags = useMemo(
    () => joined.split('\u0000').reduce((n, s) => n + (s.trim() ? checkPhrasing(s, lang).length : 0), 0),
    [joined, lang],
  );
  const written = texts.filter((s) => s.trim()).length;
  const whole = texts.map((s) => s.trim()).filter(Boolean).join(' ');
  return (
    <Paper withBorder p="md" className={classes.statement} data-testid="statement" data-flags={flags}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {l.statementN(index + 1)}
          </Text>
          {written === 0 ? null : flags > 0 ? (
            <Badge color="orange" variant="light" data-testid="statement-flags">
              {t.coach.flagCount(flags)}
            </Badge>
          ) : (
            <Badge color="teal" variant="light" data-testid="statement-flags">
              {t.coach.noFlags}
            </Badge>
          )}
        </Group>
        <Tooltip label={l.removeStatement}>
          <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={l.removeStatement} data-testid="statement-remove">
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Stack gap="sm">
        {STEPS.map((step, i) => (
          <div key={step} className={classes.step4}>
            <span className={classes.stepNumber} aria-hidden="true">
              {i + 1}
            </span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <CoachedTextarea
                label={l.steps[step]}
                description={l.stepHints[step]}
                placeholder={l.stepPlaceholders[step]}
                value={statement[step] ?? ''}
                onChange={(v) => onChange({ ...statement, [step]: v })}
                lang={lang}
                testId={`statement-${step}`}
                minRows={1}
              />
            </div>
          </div>
        ))}
      </Stack>
      {written === STEPS.length ? (
        <Blockquote icon={<IconQuote size={16} />} iconSize={28} color="petrol" mt="md" p="sm" className={classes.whole} data-testid="statement-whole">
          <Text size="xs" c="dimmed" mb={2}>
            {l.together}
          </Text>
          <Text size="sm">{whole}</Text>
        </Blockquote>
      ) : null}
    </Paper>
  );
}

export function SpeakingSection() {
  const { t } = useI18n();
  const { body, update, draftLang, setDraftLang } = usePrepContext();
  const s = body.speaking;
  const l = t.prep.speaking;
  const set = (patch: Partial<Body['speaking']>) => update('speaking', { ...s, ...patch });
  const setStatement = (i: number, st: Statement) => set({ statements: s.statements.map((x, j) => (j === i ? st : x)) });

  return (
    <SectionFrame section="speaking" source={t.prep.sources.rosenberg}>
      <Group justify="space-between" gap="sm" className={classes.coachBar}>
        <Text size="xs" c="dimmed" maw={440}>
          {t.coach.intro}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" fw={600}>
            {t.coach.language}
          </Text>
          <SegmentedControl
            size="xs"
            value={draftLang}
            onChange={(v) => setDraftLang(v as Locale)}
            data={[{ value: 'de', label: 'Deutsch' }, { value: 'en', label: 'English' }]}
            aria-label={t.coach.language}
            data-testid="coach-language"
          />
        </Group>
      </Group>

      <Block title={l.statements} hint={l.statementsHint} testId="statements">
        <Stack gap="md">
          {s.statements.map((st, i) => (
            <StatementCard
              key={i}
              index={i}
              statement={st}
              lang={draftLang}
              onChange={(next) => setStatement(i, next)}
              onRemove={() => set({ statements: s.statements.filter((_, j) => j !== i) })}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={15} />}
              onClick={() => set({ statements: [...s.statements, { ...EMPTY }] })}
              disabled={s.statements.length >= MAX_STATEMENTS}
              data-testid="statement-add"
            >
              {s.statements.length === 0 ? l.firstStatement : l.addStatement}
            </Button>
          </Group>
        </Stack>
      </Block>

      <Divider />
      <CoachedTextarea
        label={l.opening}
        description={l.openingHint}
        placeholder={l.openingPlaceholder}
        value={s.opening ?? ''}
        onChange={(opening) => set({ opening })}
        lang={draftLang}
        testId="speaking-opening"
        minRows={3}
      />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Block title={l.questions} hint={l.questionsHint}>
          <ListEditor
            items={s.questions}
            onChange={(questions) => set({ questions })}
            addLabel={l.addQuestion}
            placeholder={l.questionPlaceholder}
            itemLabel={l.questionN}
            testId="questions"
          />
        </Block>
        <Block title={l.offers} hint={l.offersHint}>
          <ListEditor
            items={s.offers}
            onChange={(offers) => set({ offers })}
            addLabel={l.addOffer}
            placeholder={l.offerPlaceholder}
            itemLabel={l.offerN}
            testId="offers"
          />
        </Block>
      </SimpleGrid>

      <Note
        label={l.success}
        description={l.successHint}
        value={s.success}
        onChange={(success) => set({ success })}
        testId="speaking-success"
      />
    </SectionFrame>
  );
}
