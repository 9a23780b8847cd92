// Where the frame is. A small typed route in React state: the app has no URLs worth sharing,
// and the route starts fresh at the portfolio after every unlock.
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';

export type Section = 'portfolio' | 'clients' | 'mediation' | 'reports' | 'settings';
export const SECTIONS: readonly Section[] = ['portfolio', 'clients', 'mediation', 'reports', 'settings'];

/**
 * Where to look on a client page: an event to scroll to, focus and highlight (a global search hit), or a
 * contact whose events the timeline shows. `nonce` makes the same target, asked for twice, jump again.
 */
export type ClientTarget =
  | { kind: 'event'; eventId: number; occurredOn: string; nonce: number }
  | { kind: 'contact'; contactId: number; nonce: number };

export type Route =
  | { section: 'portfolio' }
  | { section: 'clients'; createOpen?: boolean }
  | { section: 'client'; clientId: number; from: Section; target?: ClientTarget }
  /** The mediation screen; with `prepId` the workspace of that talk preparation (screens/Mediation/openPrep.tsx). */
  | { section: 'mediation'; prepId?: number }
  | { section: 'reports'; clientId?: number }
  | { section: 'settings' };

interface NavigationValue {
  route: Route;
  /** The navbar entry that is highlighted. */
  active: Section;
  go(route: Route): void;
}

const NavigationContext = createContext<NavigationValue | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>({ section: 'portfolio' });
  const go = useCallback((next: Route) => {
    setRoute(next);
    // A new page starts at the top.
    document.querySelector('main')?.scrollTo?.({ top: 0 });
    window.scrollTo({ top: 0 });
  }, []);
  const value = useMemo<NavigationValue>(
    () => ({ route, go, active: route.section === 'client' ? route.from : route.section }),
    [route, go],
  );
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

let targetCounter = 0;
/** A fresh nonce for a `ClientTarget`. */
export const nextTargetNonce = (): number => ++targetCounter;

export function useNavigation(): NavigationValue {
  const value = use(NavigationContext);
  if (!value) throw new Error('useNavigation must be used inside <NavigationProvider>.');
  return value;
}
