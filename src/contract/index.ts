import { z } from 'zod';
import type { Channel } from './channel-names.ts';
import {
  ChangePassphraseInput, Empty, LedgerCheck, LedgerCreateInput, LedgerStatus, LedgerUnlockInput,
} from './ledger.ts';
import { LedgerChanges, LedgerConnectInput, LedgerRememberInput } from './ledger.ts';
import { Reference } from './reference.ts';
import { Settings, SettingsUpdateInput } from './settings.ts';
import { ByIdInput, Client, ClientCreateInput, ClientListInput, ClientSummary, ClientUpdateInput, Deleted } from './clients.ts';
import { Contact, ContactCreateInput, ContactListInput, ContactUpdateInput } from './contacts.ts';
import { EventCreateInput, EventListInput, EventPage, EventUpdateInput, EventYears, EventYearsInput, TimelineEvent } from './events.ts';
import { SearchInput, SearchResult } from './search.ts';
import { ImportOpenInput, ImportOpenResult, ImportRunInput } from './import.ts';
import { ImportReport } from './transfer.ts';
import { ExportEventsCsvInput, ExportIcsInput, ExportJsonInput, ExportResult } from './export.ts';
import {
  BackupCreated, BackupCreateInput, BackupInfo, BackupRestored, BackupRestoredFile, BackupRestoreInput, DiagnosticCopyResult,
} from './backup.ts';
import { ReportExportResult, ReportPreview, ReportRequest } from './report.ts';
import { TalkSheetRequest } from './talk-sheet.ts';
import { Prep, PrepCompleteInput, PrepCreateInput, PrepListInput, PrepSummary, PrepUpdateInput } from './mediation.ts';
import { TeamAddInput, TeamAssignInput, TeamInitInput, TeamList, TeamPushInput, TeamPushReport, TeamRemoveInput, TeamUpgraded } from './team.ts';
import { ClientHealth, HealthInput, Portfolio, PortfolioInput, ReminderAck, ReminderDoneInput, ReminderSnoozeInput } from './health.ts';

export * from './channel-names.ts';
export * from './errors.ts';

const def = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Every channel with its strict input and output schema. The single source of truth for all paths. */
export const contract = {
  'ledger:status': def(Empty, LedgerStatus),
  'ledger:create': def(LedgerCreateInput, LedgerStatus),
  'ledger:unlock': def(LedgerUnlockInput, LedgerStatus),
  'ledger:lock': def(Empty, LedgerStatus),
  'ledger:changePassphrase': def(ChangePassphraseInput, LedgerStatus),
  'ledger:remember': def(LedgerRememberInput, LedgerStatus),
  'ledger:check': def(Empty, LedgerCheck),
  'ledger:connect': def(LedgerConnectInput, LedgerStatus),
  'ledger:disconnect': def(Empty, LedgerStatus),
  'ledger:changes': def(Empty, LedgerChanges),
  'reference:get': def(Empty, Reference),
  'settings:get': def(Empty, Settings),
  'settings:update': def(SettingsUpdateInput, Settings),
  'clients:list': def(ClientListInput, z.array(ClientSummary)),
  'clients:get': def(ByIdInput, Client),
  'clients:create': def(ClientCreateInput, Client),
  'clients:update': def(ClientUpdateInput, Client),
  'clients:delete': def(ByIdInput, Deleted),
  'contacts:list': def(ContactListInput, z.array(Contact)),
  'contacts:get': def(ByIdInput, Contact),
  'contacts:create': def(ContactCreateInput, Contact),
  'contacts:update': def(ContactUpdateInput, Contact),
  'contacts:delete': def(ByIdInput, Deleted),
  'events:list': def(EventListInput, EventPage),
  'events:years': def(EventYearsInput, EventYears),
  'events:get': def(ByIdInput, TimelineEvent),
  'events:create': def(EventCreateInput, TimelineEvent),
  'events:update': def(EventUpdateInput, TimelineEvent),
  'events:delete': def(ByIdInput, Deleted),
  'search:query': def(SearchInput, SearchResult),
  'health:get': def(HealthInput, ClientHealth),
  'portfolio:get': def(PortfolioInput, Portfolio),
  'reminders:snooze': def(ReminderSnoozeInput, ReminderAck),
  'reminders:done': def(ReminderDoneInput, ReminderAck),
  'mediation:list': def(PrepListInput, z.array(PrepSummary)),
  'mediation:get': def(ByIdInput, Prep),
  'mediation:create': def(PrepCreateInput, Prep),
  'mediation:update': def(PrepUpdateInput, Prep),
  'mediation:complete': def(PrepCompleteInput, Prep),
  'mediation:delete': def(ByIdInput, Deleted),
  'mediation:exportTalkSheet': def(TalkSheetRequest, ReportExportResult),
  'report:exportPdf': def(ReportRequest, ReportExportResult),
  'export:json': def(ExportJsonInput, ExportResult),
  'export:eventsCsv': def(ExportEventsCsvInput, ExportResult),
  'export:ics': def(ExportIcsInput, ExportResult),
  'backup:list': def(Empty, z.array(BackupInfo)),
  'backup:create': def(BackupCreateInput, BackupCreated),
  'backup:restore': def(BackupRestoreInput, BackupRestored),
  'backup:restoreFile': def(Empty, BackupRestoredFile),
  'backup:diagnosticCopy': def(Empty, DiagnosticCopyResult),
  'report:preview': def(ReportRequest, ReportPreview),
  'import:open': def(ImportOpenInput, ImportOpenResult),
  'import:preview': def(ImportRunInput, ImportReport),
  'import:commit': def(ImportRunInput, ImportReport),
  'team:init': def(TeamInitInput, TeamList),
  'team:upgrade': def(Empty, TeamUpgraded),
  'team:list': def(Empty, TeamList),
  'team:add': def(TeamAddInput, TeamList),
  'team:remove': def(TeamRemoveInput, TeamList),
  'team:assign': def(TeamAssignInput, TeamList),
  'team:unassign': def(TeamAssignInput, TeamList),
  'ledger:pushToServer': def(TeamPushInput, TeamPushReport),
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller sends (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
