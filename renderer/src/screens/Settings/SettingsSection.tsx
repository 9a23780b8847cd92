// One card per Settings topic: title and hint on the left, the controls on the right (or, `stacked`,
// under the title for wide content such as the import steps). Every section uses it, so they line up.
import { Paper, SimpleGrid, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './SettingsSection.module.css';

export interface SettingsSectionProps {
  title: string;
  hint?: string | undefined;
  children: ReactNode;
  /** Space between the controls. */
  gap?: MantineSpacing;
  /** Title above the content instead of beside it. */
  stacked?: boolean;
  'data-testid'?: string;
}

export function SettingsSection({ title, hint, children, gap = 'md', stacked = false, 'data-testid': testId }: SettingsSectionProps) {
  const heading = (
    <div>
      <Title order={2} fz="h4">
        {title}
      </Title>
      {hint ? (
        <Text size="sm" c="dimmed" mt={4} maw={stacked ? 760 : undefined}>
          {hint}
        </Text>
      ) : null}
    </div>
  );
  return (
    <Paper withBorder p="lg" className={classes.card} data-testid={testId}>
      {stacked ? (
        <Stack gap={gap}>
          {heading}
          {children}
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
          {heading}
          <Stack gap={gap} className={classes.fields}>
            {children}
          </Stack>
        </SimpleGrid>
      )}
    </Paper>
  );
}
