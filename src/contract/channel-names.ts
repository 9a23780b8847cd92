// Dependency-free on purpose: the sandboxed preload imports this list and nothing else.
export const CHANNELS = [
  'ledger:status',
  'ledger:create',
  'ledger:unlock',
  'ledger:lock',
  'ledger:changePassphrase',
  'ledger:remember',
  'ledger:check',
  'reference:get',
  'settings:get',
  'settings:update',
  'clients:list',
  'clients:get',
  'clients:create',
  'clients:update',
  'clients:delete',
  'contacts:list',
  'contacts:get',
  'contacts:create',
  'contacts:update',
  'contacts:delete',
  'events:list',
  'events:years',
  'events:get',
  'events:create',
  'events:update',
  'events:delete',
  'search:query',
  'health:get',
  'portfolio:get',
  'reminders:snooze',
  'reminders:done',
  'mediation:list',
  'mediation:get',
  'mediation:create',
  'mediation:update',
  'mediation:complete',
  'mediation:delete',
  'mediation:exportTalkSheet',
  'report:exportPdf',
  'export:json',
  'export:eventsCsv',
  'export:ics',
  'backup:list',
  'backup:create',
  'backup:restore',
  'backup:restoreFile',
  'backup:diagnosticCopy',
  'report:preview',
  'import:open',
  'import:preview',
  'import:commit',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Events the main process pushes to the renderer (`window.rapport.on`). */
export const PUSH_EVENTS = ['ledger:locked', 'report:progress', 'import:progress'] as const;
export type PushEvent = (typeof PUSH_EVENTS)[number];

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
