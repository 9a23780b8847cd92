import type { Handlers } from '../dispatcher.ts';
import { ledgerHandlers } from './ledger.ts';
import { recordHandlers } from './records.ts';
import { reportHandlers } from './report.ts';

export const handlers: Handlers = { ...ledgerHandlers, ...recordHandlers, ...reportHandlers };
