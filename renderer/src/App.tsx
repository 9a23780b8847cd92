import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { LedgerStatus } from '../../src/contract/schemas.ts';
import { createQueryClient, listenForLock, useLedgerStatus } from './api/queries.ts';
import { Frame } from './components/Frame/Frame.tsx';
import { I18nProvider, useI18n } from './i18n/I18nProvider.tsx';
import { NavigationProvider, useNavigation } from './navigation.tsx';
import { ClientPage } from './screens/ClientPage/ClientPage.tsx';
import { Clients } from './screens/Clients/Clients.tsx';
import { FirstRun } from './screens/CreateLedger/FirstRun.tsx';
import { Damaged } from './screens/Damaged/Damaged.tsx';
import { Mediation } from './screens/Mediation/Mediation.tsx';
import { Portfolio } from './screens/Portfolio/Portfolio.tsx';
import { Reports } from './screens/Reports/Reports.tsx';
import { Settings } from './screens/Settings/Settings.tsx';
import { Splash } from './screens/Splash/Splash.tsx';
import { Unlock } from './screens/Unlock/Unlock.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/** The colour scheme is kept in localStorage: it is not secret. */
export const COLOR_SCHEME_STORAGE_KEY = 'rapport.colorScheme';
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

function Screen({ status }: { status: LedgerStatus }) {
  const { route } = useNavigation();
  switch (route.section) {
    case 'portfolio':
      return <Portfolio />;
    case 'clients':
      return <Clients key={route.createOpen ? 'create' : 'list'} createOpen={route.createOpen} />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} from={route.from} />;
    case 'mediation':
      return <Mediation />;
    case 'reports':
      return <Reports key={route.clientId ?? 'none'} initialClientId={route.clientId} />;
    case 'settings':
      return <Settings status={status} />;
  }
}

/** Which of the three states the ledger is in decides the whole screen. */
function Gate() {
  const qc = useQueryClient();
  const status = useLedgerStatus();
  // Why the ledger locked itself (screen lock, sleep, idle), told on the unlock screen.
  const [lockReason, setLockReason] = useState<string | null>(null);
  useEffect(() => listenForLock(qc, setLockReason), [qc]);
  const state = status.data?.state;
  useEffect(() => {
    if (state === 'unlocked') setLockReason(null);
  }, [state]);

  if (status.isPending) return <Splash />;
  if (status.isError) return <Splash error={status.error} onRetry={() => void status.refetch()} />;
  switch (status.data.state) {
    case 'absent':
      return <FirstRun status={status.data} />;
    case 'locked':
      return <Unlock status={status.data} lockReason={lockReason} />;
    case 'damaged':
      return <Damaged status={status.data} />;
    case 'unlocked':
      return (
        <NavigationProvider>
          <Frame status={status.data}>
            <Screen status={status.data} />
          </Frame>
        </NavigationProvider>
      );
  }
}

function Localised({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      <I18nProvider>
        <Localised>
          <QueryClientProvider client={queryClient}>
            <Notifications position="bottom-right" limit={3} />
            <Gate />
          </QueryClientProvider>
        </Localised>
      </I18nProvider>
    </MantineProvider>
  );
}
