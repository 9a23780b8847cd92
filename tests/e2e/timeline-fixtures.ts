// Ledgers for the timeline and search tests: one made by `rapport demo` (as a user makes it), and a client with
// a very long story seeded through the dispatcher (the same validation as anything typed in the app).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput } from '../../src/contract/index.ts';
import type { Dispatcher } from '../../src/services/dispatcher.ts';
import { must, PASSPHRASE } from './fixtures.ts';
import { ROOT } from './harness.ts';

/** A ledger made the way a user makes one: `rapport --ledger FILE demo --lang de|en`. */
export function demoLedgerByCli(ledgerPath: string, lang: 'de' | 'en' = 'de'): void {
  execFileSync(process.execPath, [join(ROOT, 'bin', 'rapport.js'), '--ledger', ledgerPath, 'demo', '--lang', lang], {
    env: { ...process.env, RAPPORT_PASSPHRASE: PASSPHRASE },
    stdio: 'pipe',
  });
}

/**
 * A temp folder in memory when the machine has one (/dev/shm): a ledger of 20,000 events is written one
 * transaction per event, and fsync on a disk makes that three times slower. Still an encrypted ledger.
 */
export function fastTempLedger(name = 'long.ledger') {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, 'rapport-e2e-'));
  return { dir, ledgerPath: join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type EventInput = ChannelInput<'events:create'>['event'];

/** The n-th of `total` events spread evenly from `from` to `to`, newest last; a mix of kinds. */
export function longStoryEvent(i: number, total: number, from = '1991-01-01', to = '2025-12-31'): EventInput {
  const start = Date.parse(`${from}T00:00:00Z`);
  const span = Date.parse(`${to}T00:00:00Z`) - start;
  const occurredOn = new Date(start + Math.floor((span * i) / total)).toISOString().slice(0, 10);
  const n = String(i).padStart(5, '0');
  switch (i % 10) {
    case 0:
      return { kind: 'project', title: `Project ${n}`, occurredOn, outcome: 'Delivered.' };
    case 1:
      return { kind: 'appreciation', title: `Thank-you ${n}`, occurredOn, gesture: 'Handwritten card', isPersonal: i % 20 === 1, isUnscheduled: true };
    case 2:
      return { kind: 'milestone', title: `Milestone ${n}`, occurredOn, milestoneType: 'other' };
    case 3:
      return { kind: 'touchpoint', title: `Call ${n}`, occurredOn, channel: 'call', body: 'A longer note about the call, long enough to wrap onto a second line at the width of the timeline.' };
    default:
      return { kind: 'touchpoint', title: `Call ${n}`, occurredOn, channel: i % 2 ? 'mail' : 'meeting' };
  }
}

/** Seed `total` events for a new client through the dispatcher, oldest first. */
export async function seedLongStory(d: Dispatcher, name: string, total: number): Promise<number> {
  const client = await must(d, 'clients:create', { name, since: '1991-01-01', owner: 'Archive Team' });
  for (let i = 0; i < total; i++) await must(d, 'events:create', { clientId: client.id, event: longStoryEvent(i, total) });
  return client.id;
}
