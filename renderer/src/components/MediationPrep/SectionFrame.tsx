// The frame of one section: its title, what the framework behind it asks, the content, and the way on.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SECTION_KEYS, type SectionKey } from './model.ts';
import { usePrepContext } from './PrepContext.tsx';

export function SectionFrame({ section, children, source }: { section: SectionKey; children: ReactNode; source?: string }) {
  const { t } = useI18n();
  const { go } = usePrepContext();
  const index = SECTION_KEYS.indexOf(section);
  const prev = index > 0 ? SECTION_KEYS[index - 1] : undefined;
  const next = index < SECTION_KEYS.length - 1 ? SECTION_KEYS[index + 1] : undefined;
  return (
    <Stack gap="lg" data-testid={`prep-section-${section}`}>
      <div>
        <Group justify="space-between" align="baseline" gap="sm">
          <Title order={2} fz="h3">
            {t.prep.sections[section]}
          </Title>
          {source ? (
            <Text size="xs" c="dimmed" fs="italic">
              {source}
            </Text>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" mt={4} maw={680}>
          {t.prep.intros[section]}
        </Text>
      </div>
      {children}
      <Group justify="space-between" mt="sm">
        {prev ? (
          <Button variant="subtle" color="gray" leftSection={<IconArrowLeft size={15} />} onClick={() => go(prev)} data-testid="prep-prev">
            {t.prep.sections[prev]}
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button variant="light" rightSection={<IconArrowRight size={15} />} onClick={() => go(next)} data-testid="prep-next">
            {t.prep.next(t.prep.sections[next])}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

/** A titled group of fields inside a section. */
export function Block({ title, hint, children, testId }: { title: ReactNode; hint?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <div>
        <Text component="div" fw={600} size="sm">
          {title}
        </Text>
        {hint ? (
          <Text component="div" size="xs" c="dimmed" mt={2}>
            {hint}
          </Text>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}
