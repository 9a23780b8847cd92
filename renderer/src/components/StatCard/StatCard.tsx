import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import classes from './StatCard.module.css';

/** A summary tile: its title and detail wrap in a narrow tile, never cut to "Verlänge…". */
export function StatCard({ label, value, detail, icon: IconComponent, color, testId }: {
  label: string; value: string; detail: string; icon: Icon; color: string; testId?: string;
}) {
  return (
    <Paper withBorder p="md" className={classes.card} data-testid={testId}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Text className={classes.label}>
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} size={30} radius="md">
          <IconComponent size={17} stroke={1.7} />
        </ThemeIcon>
      </Group>
      <Text className={classes.value}>{value}</Text>
      <Text className={classes.detail}>
        {detail}
      </Text>
    </Paper>
  );
}
