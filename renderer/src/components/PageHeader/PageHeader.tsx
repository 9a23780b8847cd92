import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({ title, subtitle, actions, above }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; above?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" gap="lg" mb="lg">
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
}
