// TanStack Query on top of the typed client: query keys, the lock rule, and one hook per use.
import {
  MutationCache, QueryCache, QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient,
} from '@tanstack/react-query';
import type { EventKind, LedgerStatus } from '../../../src/contract/schemas.ts';
import type { ChannelInput, ChannelOutput } from '../../../src/contract/index.ts';
import { call, isApiError, onPush } from './client.ts';

type EventCursor = { occurredOn: string; id: number };
export type EventFilter = { kinds?: EventKind[]; status?: 'open' | 'resolved' };

export const keys = {
  status: ['ledger', 'status'] as const,
  settings: ['settings'] as const,
  reference: ['reference'] as const,
  clients: ['clients'] as const,
  clientList: ['clients', 'list'] as const,
  client: (id: number) => ['clients', 'detail', id] as const,
  events: ['events'] as const,
  eventPages: (clientId: number, filter: EventFilter) => ['events', clientId, 'pages', filter] as const,
  allEvents: (clientId: number) => ['events', clientId, 'all'] as const,
};

/**
 * Back to the unlock screen: the status says "locked", every cached answer from the ledger is dropped
 * (SECURITY.md 13: renderer caches cleared), and the status is confirmed with the engine.
 */
export function returnToLockScreen(qc: QueryClient, status?: LedgerStatus): void {
  const current = status ?? qc.getQueryData<LedgerStatus>(keys.status);
  if (current) qc.setQueryData<LedgerStatus>(keys.status, { ...current, state: current.state === 'absent' ? 'absent' : 'locked' });
  void qc.cancelQueries({ predicate: (q) => q.queryKey[0] !== 'ledger' });
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'ledger' });
  // Mutations remember their variables (names, notes): drop them too, after the current callbacks ran.
  setTimeout(() => qc.getMutationCache().clear(), 0);
  void qc.invalidateQueries({ queryKey: keys.status });
}

export function createQueryClient(): QueryClient {
  const holder: { qc?: QueryClient } = {};
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'LOCKED' && holder.qc) returnToLockScreen(holder.qc);
  };
  const qc = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      // Errors from the engine are answers, not network hiccups: retrying would only repeat them.
      // The ledger is local and fast: a screen shows what is cached and refreshes it when it opens.
      queries: { retry: false, staleTime: 0, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  holder.qc = qc;
  return qc;
}

/** The main process pushes 'ledger:locked' (payload `{ reason }`) after auto-lock, screen lock or suspend. */
export function listenForLock(qc: QueryClient, onReason?: (reason: string | null) => void): () => void {
  return onPush('ledger:locked', (payload) => {
    const reason = payload && typeof payload === 'object' && 'reason' in payload ? (payload as { reason: unknown }).reason : null;
    onReason?.(typeof reason === 'string' ? reason : null);
    returnToLockScreen(qc);
  });
}

// ---- ledger ----
export const useLedgerStatus = () =>
  useQuery({ queryKey: keys.status, queryFn: () => call('ledger:status', {}), staleTime: Infinity, refetchOnWindowFocus: false });

export function useCreateLedger() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ledger:create'>) => call('ledger:create', input),
    onSuccess: (status) => qc.setQueryData(keys.status, status),
  });
}

export function useUnlock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ledger:unlock'>) => call('ledger:unlock', input),
    onSuccess: (status) => qc.setQueryData(keys.status, status),
  });
}

export function useLock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('ledger:lock', {}),
    onSuccess: (status) => returnToLockScreen(qc, status),
    onError: () => returnToLockScreen(qc),
  });
}

// ---- settings and reference data ----
export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => call('settings:get', {}) });

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'settings:update'>) => call('settings:update', input),
    onSuccess: (settings) => qc.setQueryData(keys.settings, settings),
  });
}

export const useReference = () =>
  useQuery({ queryKey: keys.reference, queryFn: () => call('reference:get', {}), staleTime: Infinity });

// ---- clients ----
export const useClients = () => useQuery({ queryKey: keys.clientList, queryFn: () => call('clients:list', {}) });

export const useClient = (id: number) =>
  useQuery({ queryKey: keys.client(id), queryFn: () => call('clients:get', { id }) });

export function useCreateClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clients:create'>) => call('clients:create', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.clients }),
  });
}

// ---- events ----
const PAGE = 50;

/** A client's timeline, newest first, a page at a time (keyset cursor). */
export const useEventPages = (clientId: number, filter: EventFilter = {}) =>
  useInfiniteQuery({
    queryKey: keys.eventPages(clientId, filter),
    initialPageParam: null as EventCursor | null,
    queryFn: ({ pageParam }) =>
      call('events:list', { clientId, limit: PAGE, ...filter, ...(pageParam ? { before: pageParam } : {}) }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** Every event of a client (for summaries such as the report preview). */
export const useAllEvents = (clientId: number | null) =>
  useQuery({
    queryKey: keys.allEvents(clientId ?? 0),
    enabled: clientId !== null,
    queryFn: async () => {
      const items: ChannelOutput<'events:list'>['items'] = [];
      let before: EventCursor | null = null;
      do {
        const page: ChannelOutput<'events:list'> = await call('events:list', {
          clientId: clientId as number, limit: 500, ...(before ? { before } : {}),
        });
        items.push(...page.items);
        before = page.nextCursor;
      } while (before);
      return items;
    },
  });
