// Backups with VACUUM INTO: the copy is encrypted with the same key (the backup API refuses encrypted sources).
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RapportError } from '../contract/errors.ts';
import { integrityReport, type RawDatabase } from './connection.ts';

/** Where a ledger's backups live: a folder beside it. */
export const backupsDir = (ledgerPath: string) => join(dirname(ledgerPath), `${basename(ledgerPath)}.backups`);

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** Write a checked, encrypted copy of the open ledger; returns its path. Never overwrites a file. */
export function backupTo(db: RawDatabase, destPath: string): string {
  if (existsSync(destPath)) throw new RapportError('ALREADY_EXISTS', 'A backup with that name already exists.');
  const report = integrityReport(db);
  if (report.integrityCheck !== 'ok' || report.foreignKeyViolations > 0) {
    throw new RapportError('CORRUPT', 'The ledger failed its integrity check; no backup was written over a good one.');
  }
  mkdirSync(dirname(destPath), { recursive: true, mode: 0o700 });
  db.prepare('vacuum into ?').run(destPath);
  return destPath;
}

/** A backup in the ledger's backup folder, named by reason and time. */
export function backupBeside(db: RawDatabase, ledgerPath: string, reason: string, now = new Date()): string {
  return backupTo(db, join(backupsDir(ledgerPath), `${stamp(now)}-${reason}.ledger`));
}
