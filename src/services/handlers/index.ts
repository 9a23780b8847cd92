import type { Handlers } from '../context.ts';
import { backupHandlers } from './backup.ts';
import { connectHandlers } from './connect.ts';
import { exportHandlers } from './export.ts';
import { importHandlers } from './import.ts';
import { ledgerHandlers } from './ledger.ts';
import { recordHandlers } from './records.ts';
import { rememberHandlers } from './remember.ts';
import { reportHandlers } from './report.ts';
import { talkSheetHandlers } from './talk-sheet.ts';
import { teamHandlers } from './team.ts';

export const handlers: Handlers = { ...ledgerHandlers, ...connectHandlers, ...recordHandlers, ...reportHandlers, ...importHandlers, ...talkSheetHandlers, ...exportHandlers, ...backupHandlers, ...rememberHandlers, ...teamHandlers };
