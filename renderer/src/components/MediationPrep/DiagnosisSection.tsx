// 2. The escalation diagnosis: one observable sign per Glasl stage (the questionnaire is domain data), answered
// no / partly / yes. The result is computed live by the same diagnose() the engine runs when it saves and
// records the stage on the crisis.
import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconInfoCircle } from '@tabler/icons-react';
import {
  GLASL_QUESTIONS, INTERVENTIONS, glaslStage, type GlaslAnswer, type GlaslStageNumber,
} from '../../../../src/domain/mediation/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { GlaslScale, LEVEL_COLORS } from './GlaslScale.tsx';
import { usePrepContext } from './PrepContext.tsx';
import { SectionFrame } from './SectionFrame.tsx';
import classes from './MediationPrep.module.css';

const ANSWERS: GlaslAnswer[] = ['no', 'partly', 'yes'];
const CONFIDENCE_COLORS = { high: 'teal', medium: 'yellow', low: 'gray' } as const;

function Result() {
  const { t, locale } = useI18n();
  const { prep, diagnosis } = usePrepContext();
  const d = t.prep.diagnosis;
  if (!diagnosis) {
    return (
      <Paper withBorder p="md" className={classes.result} data-testid="diagnosis-result" data-stage="">
        <Text size="sm" fw={600} mb={4}>
          {d.result}
        </Text>
        <Text size="sm" c="dimmed" mb="md">
          {prep.eventKind === 'crisis' && prep.glaslStage ? d.noAnswersCrisis(prep.glaslStage) : d.noAnswers}
        </Text>
        <GlaslScale stage={null} />
      </Paper>
    );
  }
  const info = glaslStage(diagnosis.stage);
  const intervention = INTERVENTIONS[diagnosis.intervention];
  const color = LEVEL_COLORS[diagnosis.level];
  return (
    <Paper withBorder p="md" className={classes.result} data-testid="diagnosis-result" data-stage={diagnosis.stage}>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" className={classes.eyebrow}>
        {d.result}
      </Text>
      <Title order={3} mt={4} data-testid="diagnosis-stage">
        {d.stage(diagnosis.stage, info.label[locale])}
      </Title>
      <Group gap={6} mt={6} mb="md">
        <Badge color={color} variant="light" data-testid="diagnosis-level">
          {t.mediation.levels[diagnosis.level] ?? diagnosis.level}
        </Badge>
        <Badge color={CONFIDENCE_COLORS[diagnosis.confidence]} variant="outline" title={d.confidenceHint}>
          {d.confidence[diagnosis.confidence]}
        </Badge>
      </Group>
      <GlaslScale stage={diagnosis.stage} />
      <div className={classes.recommendation} data-level={diagnosis.level} data-testid="diagnosis-recommendation">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <ThemeIcon size={28} radius="xl" variant="light" color={color} style={{ flex: 'none' }}>
            <IconHeartHandshake size={16} stroke={1.7} />
          </ThemeIcon>
          <div>
            <Text size="xs" c="dimmed">
              {d.recommended}
            </Text>
            <Text size="sm" fw={650} data-testid="diagnosis-intervention">
              {intervention.label[locale]}
            </Text>
          </div>
        </Group>
      </div>
      <Text size="xs" c="dimmed" mt="sm" className={classes.reason} data-testid="diagnosis-reason">
        {diagnosis.reason[locale]}
      </Text>
      {diagnosis.approaching ? (
        <Text size="xs" c="orange" mt={6}>
          {d.approaching(diagnosis.approaching)}
        </Text>
      ) : null}
      <Group gap={6} mt="sm" wrap="nowrap" align="flex-start">
        <IconInfoCircle size={14} stroke={1.7} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-dimmed)" />
        <Text size="xs" c="dimmed" data-testid="diagnosis-recorded">
          {prep.eventKind === 'crisis' ? d.recorded : d.notRecorded}
        </Text>
      </Group>
    </Paper>
  );
}

export function DiagnosisSection() {
  const { t, locale } = useI18n();
  const { body, update } = usePrepContext();
  const answers = body.diagnosis.answers;
  const answered = GLASL_QUESTIONS.filter((q) => answers[q.key] !== undefined).length;
  const set = (key: string, answer: GlaslAnswer) => update('diagnosis', { answers: { ...answers, [key]: answer } });

  return (
    <SectionFrame section="diagnosis" source={t.prep.sources.glasl}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" className={classes.diagnosisGrid}>
        <Stack gap="sm" data-testid="glasl-questions">
          <Text size="xs" c="dimmed">
            {t.prep.diagnosis.answered(answered, GLASL_QUESTIONS.length)}
          </Text>
          {GLASL_QUESTIONS.map((q, i) => (
            <div key={q.key} className={classes.question} data-answered={answers[q.key] ? 'true' : undefined}>
              <Text size="sm" mb={6}>
                <Text span fw={600} c="dimmed" mr={6}>
                  {i + 1}.
                </Text>
                {q.text[locale]}
              </Text>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t.prep.diagnosis.signOf(q.stage as GlaslStageNumber)}
                </Text>
                <SegmentedControl
                  size="xs"
                  color="petrol"
                  value={answers[q.key] ?? ''}
                  onChange={(v) => set(q.key, v as GlaslAnswer)}
                  data={ANSWERS.map((a) => ({ value: a, label: t.prep.diagnosis.answers[a] }))}
                  aria-label={q.text[locale]}
                  data-testid={`glasl-${q.key}`}
                  data-answer={answers[q.key] ?? ''}
                />
              </Group>
            </div>
          ))}
        </Stack>
        <div className={classes.sticky}>
          <Result />
        </div>
      </SimpleGrid>
    </SectionFrame>
  );
}
