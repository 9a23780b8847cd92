import { Box, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BrandMark } from '../Brand/Brand.tsx';
import { PreferenceControls } from '../PreferenceControls/PreferenceControls.tsx';
import classes from './AuthLayout.module.css';

/** The calm frame around the create and unlock screens. */
export function AuthLayout({ title, intro, footer, children }: { title: string; intro: ReactNode; footer?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box className={classes.root}>
      <Box className={classes.corner}>
        <PreferenceControls />
      </Box>
      <Stack className={classes.column} gap="lg">
        <Stack align="center" gap={6}>
          <BrandMark size={48} />
          <Text className={classes.appName}>{t.app.name}</Text>
          <Text size="sm" c="dimmed">
            {t.app.tagline}
          </Text>
        </Stack>
        <Paper className={classes.card} withBorder shadow="sm" p="xl">
          <Stack gap="md">
            <Stack gap={6}>
              <Title order={1} className={classes.title}>
                {title}
              </Title>
              <Text size="sm" c="dimmed">
                {intro}
              </Text>
            </Stack>
            {children}
          </Stack>
        </Paper>
        {footer ? (
          <Text size="xs" c="dimmed" ta="center">
            {footer}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

/** Shown while the key is derived (scrypt takes about half a second): the wait is expected, not a hang. */
export function Working({ label }: { label: string }) {
  return (
    <Stack gap={6} role="status" aria-live="polite" data-testid="working">
      <Progress value={100} striped animated size="sm" />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
