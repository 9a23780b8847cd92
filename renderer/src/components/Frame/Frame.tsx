import { AppShell, Box, Burger, Button, Group, Kbd, NavLink, Stack, Text, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconBriefcase2, IconChartDonut3, IconKeyboard, IconLock, IconMessages, IconReportAnalytics, IconServer2, IconSettings, IconShieldLock, IconSunMoon,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { LedgerStatus } from '../../../../src/contract/schemas.ts';
import { useLock, useSettings } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modKeyLabel } from '../../lib/platform.ts';
import { SECTIONS, useNavigation, type Section } from '../../navigation.tsx';
import { Brand } from '../Brand/Brand.tsx';
import { EventEditorProvider } from '../EventEditor/index.ts';
import { GlobalSearch, GlobalSearchButton, type Command } from '../GlobalSearch/GlobalSearch.tsx';
import { openShortcuts, Shortcuts } from '../Shortcuts/Shortcuts.tsx';
import { LiveBanner } from '../LiveBanner/LiveBanner.tsx';
import { LiveProvider } from '../LiveBanner/LiveContext.tsx';
import { PreferenceControls } from '../PreferenceControls/PreferenceControls.tsx';
import classes from './Frame.module.css';

const ICONS: Record<Section, Icon> = {
  portfolio: IconChartDonut3,
  clients: IconBriefcase2,
  mediation: IconMessages,
  reports: IconReportAnalytics,
  settings: IconSettings,
};

function Shortcut({ keys }: { keys: string }) {
  return (
    <Group gap={3} wrap="nowrap" aria-hidden="true">
      <Kbd size="xs">{modKeyLabel}</Kbd>
      <Kbd size="xs">{keys}</Kbd>
    </Group>
  );
}

/** The unlocked app: header, navigation, and the current screen. */
export function Frame({ status, children }: { status: LedgerStatus; children: ReactNode }) {
  const { t } = useI18n();
  const { active, go } = useNavigation();
  const settings = useSettings();
  const lock = useLock();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });

  const doLock = () => {
    if (!lock.isPending) lock.mutate();
  };
  const open = (section: Section) => {
    go({ section } as Parameters<typeof go>[0]);
    closeNav();
  };

  const toggleTheme = () => setColorScheme(computed === 'dark' ? 'light' : 'dark');
  // The palette's commands: what the frame's shortcuts do, found by their words (mod+K, then "lock").
  const c = t.search.commands;
  const commands: Command[] = [
    ...SECTIONS.map((section) => ({ id: `go-${section}`, label: c.go(t.frame.nav[section]), icon: ICONS[section], run: () => open(section) })),
    { id: 'lock', label: c.lock, icon: IconLock, run: doLock },
    { id: 'theme', label: c.theme, icon: IconSunMoon, run: toggleTheme },
    { id: 'shortcuts', label: c.shortcuts, icon: IconKeyboard, run: openShortcuts },
  ];

  // Shortcuts work everywhere, also while typing in a field: they all need the mod key.
  useHotkeys(
    [
      ['mod+L', doLock],
      ['mod+J', toggleTheme],
      ...SECTIONS.map((section, i) => [`mod+${i + 1}`, () => open(section)] as [string, () => void]),
    ],
    [],
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 236, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={0}
      className={classes.shell}
    >
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t.frame.navLabel} />
            <Brand name={t.app.name} detail={settings.data?.agencyName} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearchButton />
            <PreferenceControls />
            <Shortcuts />
            <Tooltip label={t.frame.lockHint}>
              <Button
                variant="default"
                size="xs"
                h={30}
                leftSection={<IconLock size={15} stroke={1.8} />}
                rightSection={<Shortcut keys="L" />}
                onClick={doLock}
                loading={lock.isPending}
                data-testid="lock-button"
              >
                {t.frame.lock}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" className={classes.navbar} aria-label={t.frame.navLabel} component="nav">
        <AppShell.Section grow>
          <Stack gap={2}>
            {SECTIONS.map((section, i) => {
              const Icon = ICONS[section];
              return (
                <NavLink
                  key={section}
                  component="button"
                  className={classes.link}
                  label={t.frame.nav[section]}
                  leftSection={<Icon size={18} stroke={1.6} />}
                  rightSection={<span className={classes.hint}>{`${modKeyLabel} ${i + 1}`}</span>}
                  active={active === section}
                  aria-current={active === section ? 'page' : undefined}
                  onClick={() => open(section)}
                  data-testid={`nav-${section}`}
                />
              );
            })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Box className={classes.ledger} data-testid="ledger-identity">
            {status.server ? (
              <IconServer2 size={18} stroke={1.6} className={classes.ledgerIcon} />
            ) : (
              <IconShieldLock size={18} stroke={1.6} className={classes.ledgerIcon} />
            )}
            <div style={{ minWidth: 0 }}>
              <Text size="xs" fw={600}>
                {status.server ? t.agency.frame.shared : t.frame.encrypted}
              </Text>
              {status.server ? (
                <Text size="xs" truncate="end" data-testid="connected-person">
                  {status.server.person
                    ? t.agency.frame.as(status.server.person.name, t.agency.frame.role[status.server.person.role])
                    : t.agency.frame.administrator}
                </Text>
              ) : null}
              <Text size="xs" c="dimmed" truncate="end" title={status.fileName}>
                {status.fileName}
              </Text>
            </div>
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        <LiveProvider>
          <LiveBanner />
          <Box className={classes.content}>
            <EventEditorProvider>
              {children}
              {/* Inside the editor's provider: "new event for …" opens the editor from the palette. */}
              <GlobalSearch commands={commands} />
            </EventEditorProvider>
          </Box>
        </LiveProvider>
      </AppShell.Main>
    </AppShell>
  );
}
