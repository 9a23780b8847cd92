// Small field helpers shared by the sections: a note (null means empty) and the NEV emotion chips.
import { Chip, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface NoteProps {
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string | undefined;
  value: string | null;
  onChange: (value: string) => void;
  testId: string;
  minRows?: number;
}

export function Note({ label, description, placeholder, value, onChange, testId, minRows = 2 }: NoteProps) {
  return (
    <Textarea
      label={label}
      description={description}
      placeholder={placeholder}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      autosize
      minRows={minRows}
      maxRows={12}
      maxLength={LIMITS.shortText}
      data-testid={testId}
    />
  );
}

/** The twenty NEV emotions by cluster, picked as keys (no intensity). */
export function EmotionChips({ value, onChange, testId }: { value: readonly string[]; onChange: (keys: string[]) => void; testId: string }) {
  const { locale } = useI18n();
  const reference = useReference();
  const clusters = [...(reference.data?.emotionClusters ?? [])].sort((a, b) => a.sort - b.sort);
  const emotions = [...(reference.data?.emotions ?? [])].sort((a, b) => a.sort - b.sort);
  const picked = new Set(value);
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <Stack gap={8} data-testid={testId}>
      {clusters.map((cluster) => (
        <div key={cluster.key}>
          <Text size="xs" fw={600} c={cluster.valence < 0 ? 'red.7' : 'teal.7'} mb={4}>
            {locale === 'de' ? cluster.labelDe : cluster.labelEn}
          </Text>
          <Group gap={6}>
            {emotions
              .filter((e) => e.clusterKey === cluster.key)
              .map((e) => (
                <Chip
                  key={e.key}
                  size="xs"
                  variant="light"
                  color={cluster.valence < 0 ? 'red' : 'teal'}
                  checked={picked.has(e.key)}
                  onChange={(on) => toggle(e.key, on)}
                  data-testid={`${testId}-${e.key}`}
                >
                  {locale === 'de' ? e.labelDe : e.labelEn}
                </Chip>
              ))}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
