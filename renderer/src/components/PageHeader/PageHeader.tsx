import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A page's title with what sits above it (a way back), a quiet subtitle and its actions; `below` takes the
 * full width under them (the client page's health line), so a narrow window squeezes neither.
 */
export function PageHeader({ title, subtitle, actions, above, below }: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
  below?: ReactNode;
}) {
  const head = (
    <Group justify="space-between" align="flex-end" wrap="nowrap" gap="lg" mb={below ? 0 : 'lg'}>
      <Stack gap={4} style={{ minWidth: 0 }}>
        {above}
        <Title order={1} fz="h2">
          {title}
        </Title>
        {subtitle ? (
          <Text c="dimmed" size="sm" maw={720}>
            {subtitle}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
          {actions}
        </Group>
      ) : null}
    </Group>
  );
  if (!below) return head;
  return (
    <Stack gap={0} mb="lg">
      {head}
      {below}
    </Stack>
  );
}
