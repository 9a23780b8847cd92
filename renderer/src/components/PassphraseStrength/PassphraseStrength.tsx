import { Group, Progress, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { passphraseStrength } from './strength.ts';

const COLORS = ['gray', 'red', 'orange', 'teal', 'green'] as const;

export function PassphraseStrength({ value, min }: { value: string; min: number }) {
  const { t } = useI18n();
  const level = passphraseStrength(value, min);
  const label = t.create.strengthLevels[level] ?? '';
  return (
    <div data-testid="passphrase-strength" data-level={level}>
      <Group gap={4} grow mb={6} aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <Progress key={step} size={4} value={value.length > 0 && level >= step ? 100 : 0} color={COLORS[level]} transitionDuration={150} />
        ))}
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite">
        {t.create.strength}: {value.length > 0 ? label : t.app.none}
      </Text>
    </div>
  );
}
