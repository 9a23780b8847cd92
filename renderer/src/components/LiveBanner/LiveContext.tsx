// One watcher of the ledger's change stamp per window (useLiveChanges), shared by whoever says how the
// connection is: the banner over the screens, and the notice in the event editor, whose drawer covers the
// banner exactly when someone is typing. Two watchers would poll twice and could disagree.
import { createContext, use, type ReactNode } from 'react';
import { useLiveChanges, type LiveState } from '../../api/agency.ts';

const LiveContext = createContext<LiveState | null>(null);

export function LiveProvider({ children }: { children: ReactNode }) {
  return <LiveContext value={useLiveChanges()}>{children}</LiveContext>;
}

/** The window's connection state; null outside a LiveProvider (then nothing is shown). */
export const useLive = (): LiveState | null => use(LiveContext);
