import { ActionIcon, Group, SegmentedControl, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LOCALES, type Locale } from '../../i18n/messages.ts';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.prefs.languageSwitch}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))}
    />
  );
}

export function ColorSchemeToggle() {
  const { t } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const label = computed === 'dark' ? t.prefs.toLight : t.prefs.toDark;
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="default"
        size={30}
        aria-label={label}
        data-testid="color-scheme-toggle"
        onClick={() => setColorScheme(computed === 'dark' ? 'light' : 'dark')}
      >
        {computed === 'dark' ? <IconSun size={17} stroke={1.6} /> : <IconMoon size={17} stroke={1.6} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function PreferenceControls() {
  return (
    <Group gap="xs" wrap="nowrap">
      <LanguageSwitch />
      <ColorSchemeToggle />
    </Group>
  );
}
