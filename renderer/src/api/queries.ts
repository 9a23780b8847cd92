// TanStack Query on top of the typed client: query keys, the lock rule, and one hook per use.
import {
  keepPreviousData, MutationCache, QueryCache, QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient,
} from '@tanstack/react-query';
import type { EventKind, LedgerStatus } from '../../../src/contract/schemas.ts';
import type { ChannelInput, ChannelOutput, PushEvent } from '../../../src/contract/index.ts';
import { ReportProgress } from '../../../src/contract/report.ts';
import { ImportProgress } from '../../../src/contract/transfer.ts';
import type { z } from 'zod';
import { call, isApiError, onPush } from './client.ts';

type EventCursor = { occurredOn: string; id: number };
export type EventFilter = { kinds?: EventKind[]; status?: 'open' | 'resolved' };
/** What the timeline asks `events:list` for, besides the cursor. Undefined fields are left out of the key. */
export type TimelineFilter = {
  kinds?: EventKind[];
  status?: 'open' | 'resolved';
  contactId?: number;
  from?: string;
  to?: string;
  query?: string;
};

export const keys = {
  status: ['ledger', 'status'] as const,
  settings: ['settings'] as const,
  reference: ['reference'] as const,
  clients: ['clients'] as const,
  clientList: ['clients', 'list'] as const,
  client: (id: number) => ['clients', 'detail', id] as const,
  events: ['events'] as const,
  allEvents: (clientId: number) => ['events', clientId, 'all'] as const,
  // The timeline (ClientPage): its pages and the years it spans; the global search.
  timeline: (clientId: number, filter: TimelineFilter) => ['events', clientId, 'timeline', filter] as const,
  eventYears: (clientId: number) => ['events', clientId, 'years'] as const,
  globalSearch: (query: string) => ['search', query] as const,
};

/**
 * Back to the unlock screen: the status says "locked", every cached answer from the ledger is dropped
 * (docs/security.md 13: renderer caches cleared), and the status is confirmed with the engine.
 */
export function returnToLockScreen(qc: QueryClient, status?: LedgerStatus): void {
  const current = status ?? qc.getQueryData<LedgerStatus>(keys.status);
  if (current) qc.setQueryData<LedgerStatus>(keys.status, { ...current, state: current.state === 'absent' ? 'absent' : 'locked' });
  void qc.cancelQueries({ predicate: (q) => q.queryKey[0] !== 'ledger' });
  // A removed query object lives on in the gc timer its last observer schedules when the screens unmount
  // (gcTime, 5 minutes): empty each one first, so that timer holds no ledger data (tests/e2e/security.test.ts).
  for (const q of qc.getQueryCache().findAll({ predicate: (q) => q.queryKey[0] !== 'ledger' })) q.reset();
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
      // gcTime 0: a finished mutation leaves the cache as soon as no component shows it. Its variables are
      // passphrases (unlock, create, change) and ledger text; the default 5 minutes kept the unlock passphrase
      // in the page's memory long after unlocking, even after locking (tests/e2e/security.test.ts).
      mutations: { retry: false, gcTime: 0 },
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
    // A damaged ledger behind the right passphrase: the status (now `damaged`) routes to the Damaged screen.
    onError: (error) => { if (isApiError(error) && error.code === 'CORRUPT') void qc.invalidateQueries({ queryKey: keys.status }); },
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

// ---- writing: events, contacts, clients (EventEditor, Contacts, Clients) ----
// Every write invalidates what shows it: the client's timeline queries (every key under
// ['events', clientId]: pages, all, years), the clients list and detail (event counts, open crises,
// last contact), the contacts of the client, and any search results (keys starting with 'search').
export const contactKeys = {
  list: (clientId: number) => ['contacts', clientId] as const,
};

export function invalidateClientData(qc: QueryClient, clientId: number): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['events', clientId] }),
    qc.invalidateQueries({ queryKey: keys.clients }),
    qc.invalidateQueries({ queryKey: contactKeys.list(clientId) }),
    qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'search' }),
  ]);
}

export const useContacts = (clientId: number | null) =>
  useQuery({
    queryKey: contactKeys.list(clientId ?? 0),
    enabled: clientId !== null,
    queryFn: () => call('contacts:list', { clientId: clientId as number }),
  });

export function useCreateEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'events:create'>) => call('events:create', input),
    onSuccess: (event) => invalidateClientData(qc, event.clientId),
  });
}

export function useUpdateEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'events:update'>) => call('events:update', input),
    onSuccess: (event) => invalidateClientData(qc, event.clientId),
  });
}

/**
 * The event as stored now (the editor asks after a CONFLICT, to show the saved version beside its own); the
 * client's timeline and lists are refreshed with it, since they showed the older version too.
 */
export async function readEventAfterConflict(qc: QueryClient, id: number) {
  const event = await call('events:get', { id });
  await invalidateClientData(qc, event.clientId);
  return event;
}

export function useDeleteEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; clientId: number }) => call('events:delete', { id: input.id }),
    onSuccess: (_deleted, input) => invalidateClientData(qc, input.clientId),
  });
}

export function useCreateContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'contacts:create'>) => call('contacts:create', input),
    onSuccess: (contact) => invalidateClientData(qc, contact.clientId),
  });
}

export function useUpdateContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'contacts:update'>) => call('contacts:update', input),
    onSuccess: (contact) => invalidateClientData(qc, contact.clientId),
  });
}

export function useDeleteContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; clientId: number }) => call('contacts:delete', { id: input.id }),
    // Participants of events go with the contact: the timeline changes too.
    onSuccess: (_deleted, input) => invalidateClientData(qc, input.clientId),
  });
}

/** The clients list including archived relationships (the Clients screen's "show archived"). */
export const useClientsWithArchived = (enabled: boolean) =>
  useQuery({
    queryKey: [...keys.clientList, 'withArchived'] as const,
    enabled,
    queryFn: () => call('clients:list', { includeArchived: true }),
  });

export function useUpdateClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'clients:update'>) => call('clients:update', input),
    onSuccess: (client) => invalidateClientData(qc, client.id),
  });
}

// ---- the timeline of a client page ----
/** Events per page of the timeline, and how many pages stay in memory (the rest is fetched again on demand). */
export const TIMELINE_PAGE_SIZE = 100;
export const TIMELINE_MAX_PAGES = 5;

/**
 * A page's place in the timeline: the keyset cursor it starts after (null: the newest event), and the
 * param of the page before it. `maxPages` drops pages from either end; the chain of params is what lets
 * the timeline fetch a dropped newer page again when the reader scrolls back up (a few bytes per page).
 */
export interface TimelinePageParam {
  before: EventCursor | null;
  prev: TimelinePageParam | null;
}
const TIMELINE_TOP: TimelinePageParam = { before: null, prev: null };

/**
 * A client's timeline, newest first, 100 events a page, at most 5 pages (500 events) held at once,
 * scrolled both ways. `filter.to` doubles as the jump to a year or a day.
 */
export const useTimeline = (clientId: number, filter: TimelineFilter) =>
  useInfiniteQuery({
    queryKey: keys.timeline(clientId, filter),
    initialPageParam: TIMELINE_TOP,
    queryFn: ({ pageParam }) =>
      call('events:list', {
        clientId,
        limit: TIMELINE_PAGE_SIZE,
        ...filter,
        ...(pageParam.before ? { before: pageParam.before } : {}),
      }),
    getNextPageParam: (last, _pages, lastParam): TimelinePageParam | undefined =>
      last.nextCursor ? { before: last.nextCursor, prev: lastParam } : undefined,
    getPreviousPageParam: (_first, _pages, firstParam): TimelinePageParam | undefined => firstParam.prev ?? undefined,
    maxPages: TIMELINE_MAX_PAGES,
    // While a new search or filter loads, the previous answer stays on screen instead of a skeleton.
    placeholderData: keepPreviousData,
    // Other filters' pages are not kept around for long: memory stays bounded while someone types.
    gcTime: 30_000,
  });

/** The years a client's timeline spans, newest first, with their event counts. */
export const useEventYears = (clientId: number) =>
  useQuery({ queryKey: keys.eventYears(clientId), queryFn: () => call('events:years', { clientId }) });

/** The global search over clients, contacts and events; nothing is asked for under two characters. */
export const useGlobalSearch = (query: string) => {
  const q = query.trim();
  return useQuery({
    queryKey: keys.globalSearch(q),
    enabled: q.length >= 2,
    queryFn: () => call('search:query', { query: q, limit: 30 }),
    placeholderData: keepPreviousData,
    gcTime: 30_000,
  });
};

// ---- the portfolio and relationship health (screens/Portfolio, components/Health) ----
// The keys live under 'clients', so every write that invalidates the clients (invalidateClientData) also
// refreshes the portfolio and every client's health.
export const healthKeys = {
  portfolio: ['clients', 'portfolio'] as const,
  all: ['clients', 'health'] as const,
  health: (clientId: number) => ['clients', 'health', clientId] as const,
};

/** Every relationship with its health band, score and due reminders (archived ones left out). */
export const usePortfolio = () => useQuery({ queryKey: healthKeys.portfolio, queryFn: () => call('portfolio:get', {}) });

/**
 * One client's health with its factors, reminders, NEV trend and appreciation ladder. Shared by the
 * explanation drawer, the client page and the portfolio's rows; `enabled: false` reads only what is cached.
 */
export const useHealth = (clientId: number, enabled = true) =>
  useQuery({
    queryKey: healthKeys.health(clientId),
    enabled,
    queryFn: () => call('health:get', { clientId }),
  });

function invalidateHealth(qc: QueryClient, clientId?: number): Promise<unknown> {
  return Promise.all([
    qc.invalidateQueries({ queryKey: healthKeys.portfolio }),
    qc.invalidateQueries({ queryKey: clientId === undefined ? healthKeys.all : healthKeys.health(clientId) }),
  ]);
}

/** Snooze a reminder until a day (it comes back on that day). Also the "undo" of snooze and done: until today. */
export function useSnoozeReminder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'reminders:snooze'>) => call('reminders:snooze', input),
    onSuccess: (ack) => invalidateHealth(qc, ack.clientId),
  });
}

export function useDoneReminder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'reminders:done'>) => call('reminders:done', input),
    onSuccess: (ack) => invalidateHealth(qc, ack.clientId),
  });
}

/** Save the health factor weights; every score changes with them. */
export function useUpdateHealthWeights() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (healthWeights: NonNullable<ChannelInput<'settings:update'>['healthWeights']>) => call('settings:update', { healthWeights }),
    onSuccess: (settings) => {
      qc.setQueryData(keys.settings, settings);
      return invalidateHealth(qc);
    },
  });
}

// ---- mediation prep (screens/Mediation, components/MediationPrep) ----
// A prep is saved section by section as the consultant types (components/MediationPrep/usePrepDraft.ts
// calls `mediation:update` directly); these hooks read preps, start and record them.
export const prepKeys = {
  all: ['mediation'] as const,
  list: (filter: ChannelInput<'mediation:list'>) => ['mediation', 'list', filter] as const,
  detail: (id: number) => ['mediation', 'detail', id] as const,
  /** Open crises and misunderstandings across clients, for "prepare a talk". */
  openIssues: ['mediation', 'open-issues'] as const,
  event: (id: number) => ['events', 'detail', id] as const,
};

export const usePreps = (filter: ChannelInput<'mediation:list'> = {}) =>
  useQuery({ queryKey: prepKeys.list(filter), queryFn: () => call('mediation:list', filter) });

/** One prep. Not refetched on focus: the workspace holds the draft, the cache only its last saved state. */
export const usePrep = (id: number) =>
  useQuery({ queryKey: prepKeys.detail(id), queryFn: () => call('mediation:get', { id }), refetchOnWindowFocus: false });

/** A single event (the issue a prep is about, the talk it became). */
export const useEvent = (id: number | null) =>
  useQuery({ queryKey: prepKeys.event(id ?? 0), enabled: id !== null, queryFn: () => call('events:get', { id: id as number }) });

/** Open crises and misunderstandings of every client that has any, oldest relationship issue first per client. */
export const useOpenIssues = (clientIds: readonly number[]) =>
  useQuery({
    queryKey: [...prepKeys.openIssues, clientIds] as const,
    enabled: clientIds.length > 0,
    queryFn: async () => {
      const out: { clientId: number; items: ChannelOutput<'events:list'>['items'] }[] = [];
      for (const clientId of clientIds) {
        const page = await call('events:list', { clientId, kinds: ['crisis', 'misunderstanding'], status: 'open', limit: 100 });
        if (page.items.length > 0) out.push({ clientId, items: page.items });
      }
      return out;
    },
  });

export function useCreatePrep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (eventId: number) => call('mediation:create', { eventId }),
    onSuccess: (prep) => {
      qc.setQueryData(prepKeys.detail(prep.id), prep);
      return qc.invalidateQueries({ queryKey: ['mediation', 'list'] });
    },
  });
}

/** After the talk: the timeline, the follow-ups and the issue change, so all of the client's data is refreshed. */
export function useCompletePrep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'mediation:complete'>) => call('mediation:complete', input),
    onSuccess: (prep) => {
      qc.setQueryData(prepKeys.detail(prep.id), prep);
      return Promise.all([
        qc.invalidateQueries({ queryKey: prepKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
        qc.invalidateQueries({ queryKey: prepKeys.event(prep.eventId) }),
        invalidateClientData(qc, prep.clientId),
      ]);
    },
  });
}

export function useDeletePrep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; clientId: number }) => call('mediation:delete', { id: input.id }),
    onSuccess: (_deleted, input) => {
      qc.removeQueries({ queryKey: prepKeys.detail(input.id) });
      return qc.invalidateQueries({ queryKey: ['mediation', 'list'] });
    },
  });
}

// ---- reports (screens/Reports): the preview, the export, and the export's progress pushed by the engine
export const reportKeys = {
  preview: (request: ChannelInput<'report:preview'>) => ['report', 'preview', request] as const,
};

/** What the PDF for `request` will contain; null while the request is incomplete. Keeps the last answer while the next loads. */
export const useReportPreview = (request: ChannelInput<'report:preview'> | null) =>
  useQuery({
    queryKey: reportKeys.preview(request ?? { clientId: 0, lang: 'en' }),
    queryFn: () => call('report:preview', request as ChannelInput<'report:preview'>),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });

export const useExportReport = () =>
  useMutation({ mutationFn: (request: ChannelInput<'report:exportPdf'>) => call('report:exportPdf', request) });

/** Listen to a push event; payloads that do not fit its contract schema are ignored. Returns the unsubscribe function. */
function listenFor<T>(event: PushEvent, schema: z.ZodType<T>, callback: (payload: T) => void): () => void {
  return onPush(event, (payload) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) callback(parsed.data);
  });
}

/** `report:progress` while an export runs. */
export const listenForReportProgress = (callback: (progress: ReportProgress) => void) => listenFor('report:progress', ReportProgress, callback);

/** `import:progress` while an import checks and writes its rows. */
export const listenForImportProgress = (callback: (progress: ImportProgress) => void) => listenFor('import:progress', ImportProgress, callback);

// ---- import (screens/Settings/Import): the main process opens the file; dry run; one-transaction commit
export const useImportOpen = () =>
  useMutation({ mutationFn: (input: ChannelInput<'import:open'>) => call('import:open', input) });

export const useImportPreview = () =>
  useMutation({ mutationFn: (input: ChannelInput<'import:preview'>) => call('import:preview', input) });

/** After an import every list may have changed (clients, portfolio, contacts, timelines, search): refetch all. */
export function useImportCommit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'import:commit'>) => call('import:commit', input),
    onSuccess: (report) => (report.imported ? qc.invalidateQueries() : undefined),
  });
}

// ---- the talk sheet of a mediation prep (components/MediationPrep/TalkSheetButton.tsx) ----
/** Render the talk sheet in the engine and save it where the save dialog says; `saved: false` when cancelled. */
export const useExportTalkSheet = () =>
  useMutation({ mutationFn: (request: ChannelInput<'mediation:exportTalkSheet'>) => call('mediation:exportTalkSheet', request) });

// ---- export (screens/Settings/ExportSection.tsx): rendered in the engine, saved where the save dialog says ----
export const useExportJson = () => useMutation({ mutationFn: () => call('export:json', {}) });
export const useExportEventsCsv = () =>
  useMutation({ mutationFn: (input: ChannelInput<'export:eventsCsv'>) => call('export:eventsCsv', input) });
export const useExportIcs = () => useMutation({ mutationFn: (input: ChannelInput<'export:ics'>) => call('export:ics', input) });

// ---- Settings → Security (screens/Settings/SecuritySection.tsx): passphrase change, remember on this device ----
// Their variables are passphrases: gcTime 0 drops a finished mutation from the cache at once, and the section
// resets each mutation after it settles, so no passphrase lingers in the renderer.
export function useChangePassphrase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ledger:changePassphrase'>) => call('ledger:changePassphrase', input),
    onSuccess: (status) => qc.setQueryData(keys.status, status),
    gcTime: 0,
  });
}

export function useRememberDevice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'ledger:remember'>) => call('ledger:remember', input),
    onSuccess: (status) => qc.setQueryData(keys.status, status),
    gcTime: 0,
  });
}

// ---- backups (Settings → Backups, the Damaged screen) ----
export const backupKeys = { list: ['ledger', 'backups'] as const };

/** Under the `ledger` key prefix on purpose: the list is also needed while damaged, when other caches are dropped. */
export const useBackups = (enabled = true) =>
  useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup:list', {}), enabled });

export function useCreateBackup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup:create', {}),
    onSettled: () => qc.invalidateQueries({ queryKey: backupKeys.list }),
  });
}

export function useRestoreBackup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'backup:restore'>) => call('backup:restore', input),
    // Everything cached came from the ledger as it was: all of it is asked for again (the status too).
    onSuccess: () => qc.invalidateQueries(),
  });
}

/** Restore from a backup the user picks anywhere (the shell's open dialog; the page never names a path). */
export function useRestoreBackupFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup:restoreFile', {}),
    onSuccess: (r) => {
      if (r.restored) void qc.invalidateQueries();
    },
  });
}

export const useDiagnosticCopy = () => useMutation({ mutationFn: () => call('backup:diagnosticCopy', {}) });
