// The domain schemas, for callers that need a schema itself (forms, import).
export * from './primitives.ts';
export * from './ledger.ts';
export * from './reference.ts';
export * from './settings.ts';
export * from './clients.ts';
export * from './contacts.ts';
export * from './events.ts';
export * from './search.ts';
export * from './health.ts';
export * from './mediation.ts';
export * from './talk-sheet.ts';
export * from './report.ts';
export * from './backup.ts';
export * from './transfer.ts';
export * from './import.ts';
export * from './export.ts';
