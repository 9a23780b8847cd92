// The twenty NEV emotions (seed 004), grouped by cluster, each with an intensity 1–5 once picked.
import { ActionIcon, Chip, Group, Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { refLabel } from './labels.ts';
import classes from './EventEditor.module.css';

export interface PickedEmotion {
  key: string;
  intensity: number;
}

const INTENSITIES = ['1', '2', '3', '4', '5'];

export function EmotionPicker({ value, onChange, error }: { value: PickedEmotion[]; onChange: (next: PickedEmotion[]) => void; error?: string | undefined }) {
  const { t, locale } = useI18n();
  const reference = useReference();
  const clusters = [...(reference.data?.emotionClusters ?? [])].sort((a, b) => a.sort - b.sort);
  const emotions = [...(reference.data?.emotions ?? [])].sort((a, b) => a.sort - b.sort);
  const byKey = new Map(emotions.map((e) => [e.key, e]));
  const picked = new Set(value.map((v) => v.key));

  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...value, { key, intensity: 3 }] : value.filter((v) => v.key !== key));
  const setIntensity = (key: string, intensity: number) =>
    onChange(value.map((v) => (v.key === key ? { ...v, intensity } : v)));
  // Shown in the order of the reference list, whatever order they were picked in.
  const chosen = [...value].sort((a, b) => (byKey.get(a.key)?.sort ?? 0) - (byKey.get(b.key)?.sort ?? 0));

  return (
    <Input.Wrapper
      label={t.editor.emotions}
      description={t.editor.emotionsHint}
      error={error}
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      data-testid="emotion-picker"
    >
      <Stack gap={6} mt={8}>
        {clusters.map((cluster) => (
          <div key={cluster.key} className={classes.cluster}>
            <Text size="xs" fw={600} c={cluster.valence < 0 ? 'red' : 'teal'} className={classes.clusterLabel}>
              {refLabel(cluster, locale)}
            </Text>
            <Group gap={6}>
              {emotions
                .filter((e) => e.clusterKey === cluster.key)
                .map((emotion) => (
                  <Chip
                    key={emotion.key}
                    size="xs"
                    variant="light"
                    color={cluster.valence < 0 ? 'red' : 'teal'}
                    checked={picked.has(emotion.key)}
                    onChange={(on) => toggle(emotion.key, on)}
                    data-testid={`emotion-${emotion.key}`}
                  >
                    {refLabel(emotion, locale)}
                  </Chip>
                ))}
            </Group>
          </div>
        ))}
        {chosen.length > 0 ? (
          <div className={classes.picked}>
            <Group justify="space-between" mb={4}>
              <Text size="xs" fw={600} c="dimmed">
                {t.editor.observed}
              </Text>
              <Text size="xs" c="dimmed">
                {t.editor.intensityScale}
              </Text>
            </Group>
            <Stack gap={4}>
              {chosen.map((v) => {
                const emotion = byKey.get(v.key);
                const name = emotion ? refLabel(emotion, locale) : v.key;
                return (
                  <Group key={v.key} justify="space-between" wrap="nowrap" gap="sm" data-testid={`picked-${v.key}`}>
                    <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
                      {name}
                    </Text>
                    <Group gap={4} wrap="nowrap">
                      <SegmentedControl
                        size="xs"
                        data={INTENSITIES}
                        value={String(v.intensity)}
                        onChange={(s) => setIntensity(v.key, Number(s))}
                        aria-label={t.editor.intensityOf(name)}
                        data-testid={`intensity-${v.key}`}
                      />
                      <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => toggle(v.key, false)} aria-label={t.editor.removeEmotion(name)}>
                        <IconX size={14} />
                      </ActionIcon>
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Input.Wrapper>
  );
}
