// The agency's shared ledger in the windows: connecting from the first-run screen, who is connected and what
// they may do, the team, and picking up what colleagues (or the CLI) changed, with a calm retry when the
// server is away.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ChannelInput } from '../../../src/contract/index.ts';
import type { TeamPerson } from '../../../src/contract/team.ts';
import { call, isApiError } from './client.ts';
import { keys, returnToLockScreen, useLedgerStatus } from './queries.ts';

export const teamKeys = { list: ['team'] as const };

export function useConnectLedger() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ledger:connect'>) => call('ledger:connect', input),
    onSuccess: (status) => qc.setQueryData(keys.status, status),
  });
}

/** Back to this computer's ledger file: the connection is forgotten, every cached answer dropped. */
export function useDisconnectLedger() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('ledger:disconnect', {}),
    onSuccess: (status) => {
      returnToLockScreen(qc, status);
      qc.setQueryData(keys.status, status);
    },
  });
}

/** Who is connected to the shared ledger: a person, null for its administrator, undefined on a ledger file. */
export function useConnectedPerson(): TeamPerson | null | undefined {
  const server = useLedgerStatus().data?.server;
  return server ? (server.person ?? null) : undefined;
}

/** Whether this person may do what only owners may (delete a client, change settings, the team). Files: always. */
export function useMayManage(): boolean {
  const person = useConnectedPerson();
  return person === undefined || person === null || person.role === 'owner';
}

export const useOnServer = (): boolean => Boolean(useLedgerStatus().data?.server);

// ---- the team ----
export const useTeam = (enabled: boolean) =>
  useQuery({ queryKey: teamKeys.list, enabled, queryFn: () => call('team:list', {}) });

function useTeamChange<C extends 'team:add' | 'team:remove' | 'team:assign' | 'team:unassign'>(channel: C) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: (team) => qc.setQueryData(teamKeys.list, team),
  });
}
export const useAddPerson = () => useTeamChange('team:add');
export const useRemovePerson = () => useTeamChange('team:remove');
export const useAssign = () => useTeamChange('team:assign');
export const useUnassign = () => useTeamChange('team:unassign');

// ---- live: others' changes, and the server being away ----
/** How often the windows look for others' changes; and the longest wait between attempts while the server is away. */
export const LIVE_INTERVAL_MS = 4_000;
const MAX_BACKOFF_MS = 30_000;

/** Everything that shows ledger data is read again; the status, the stamp and the reference data are not. */
export function refreshLedgerData(qc: QueryClient): Promise<void> {
  return qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'ledger' && q.queryKey[0] !== 'reference' });
}

/**
 * Whether a screen gives its place to a failed read. Not when it has an answer from before and only the
 * server is away: the banner says so, what is shown stays (and what is typed over it), and the screen reads
 * again when the server is back. A screen with nothing to show, or a real refusal, still says what failed.
 */
export function showsError(q: { isError: boolean; data: unknown; error: unknown }): boolean {
  return q.isError && !(q.data !== undefined && isApiError(q.error) && q.error.code === 'SERVER_UNREACHABLE');
}

export interface LiveState {
  /** The server did not answer: since when, and when the next attempt is. */
  lost: { nextInSeconds: number } | null;
  /** Just reconnected after being lost (shown briefly). */
  back: boolean;
  retryNow(): void;
}

/**
 * Looks at the ledger's change stamp every few seconds (only while the window is visible); when it moves,
 * somebody else committed and every screen reads again. A server that does not answer: the next look waits
 * longer each time (4, 8, 16, 30 s), a banner says so, and nothing typed is touched.
 */
export function useLiveChanges(): LiveState {
  const qc = useQueryClient();
  const stamp = useRef<string | null>(null);
  const failing = useRef(0);
  const [failures, setFailures] = useState(0);
  const [back, setBack] = useState(false);
  const [countdown, setCountdown] = useState(0);
  const delay = failures === 0 ? LIVE_INTERVAL_MS : Math.min(MAX_BACKOFF_MS, LIVE_INTERVAL_MS * 2 ** (failures - 1));
  const changes = useQuery({
    queryKey: ['ledger', 'changes'],
    queryFn: () => call('ledger:changes', {}),
    refetchInterval: delay,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
    gcTime: 0,
  });

  const { data, error, errorUpdatedAt, dataUpdatedAt } = changes;
  useEffect(() => {
    if (!data) return;
    if (stamp.current !== null && stamp.current !== data.stamp) void refreshLedgerData(qc);
    stamp.current = data.stamp;
    if (failing.current > 0) {
      failing.current = 0;
      setFailures(0);
      setBack(true);
      void refreshLedgerData(qc); // what changed while the server was away
    }
  }, [data, dataUpdatedAt, qc]);
  useEffect(() => {
    if (!isApiError(error) || error.code !== 'SERVER_UNREACHABLE') return;
    failing.current += 1;
    setFailures(failing.current);
  }, [error, errorUpdatedAt]);
  useEffect(() => {
    if (!back) return;
    const t = setTimeout(() => setBack(false), 4_000);
    return () => clearTimeout(t);
  }, [back]);
  // The banner counts down to the next attempt.
  useEffect(() => {
    if (failures === 0) return;
    const due = Date.now() + delay;
    setCountdown(Math.ceil(delay / 1000));
    const t = setInterval(() => setCountdown(Math.max(0, Math.ceil((due - Date.now()) / 1000))), 1_000);
    return () => clearInterval(t);
  }, [failures, delay, errorUpdatedAt]);

  return {
    lost: failures > 0 ? { nextInSeconds: countdown } : null,
    back,
    retryNow: () => void changes.refetch(),
  };
}
