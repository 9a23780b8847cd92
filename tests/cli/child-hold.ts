// Child process for two-processes.test.ts: another Rapport process holding a ledger open. Unlocks through the
// real dispatcher (registering as a holder), optionally holds a write transaction for HOLD_MS milliseconds
// (as a long import does), says `open` on stdout, `committed` after the commit, and closes when stdin ends.
import { rawOf } from '../support/temp-ledger.ts';
import { writeSync } from 'node:fs';
import { createDispatcher } from '../../src/services/dispatcher.ts';

const [ledgerPath, holdArg] = process.argv.slice(2);
if (!ledgerPath) throw new Error('usage: child-hold.ts <ledger> [holdMs]');
const holdMs = Number(holdArg ?? 0);
const say = (line: string) => writeSync(1, `${line}\n`);

const d = createDispatcher({ ledgerPath });
const unlocked = await d.call('ledger:unlock', { method: 'passphrase', passphrase: process.env.RAPPORT_PASSPHRASE ?? '' });
if (!unlocked.ok) {
  say(`failed ${unlocked.error.code}`);
  process.exit(1);
}
const raw = rawOf(d);
if (!raw) throw new Error('no ledger');
if (holdMs > 0) {
  raw.exec('begin immediate');
  raw.prepare(`insert into clients (name, since, status, currency, cadence_ideal_days, cadence_max_days, notes, created_at, updated_at)
    values ('Held Import', '2020-01-01', 'active', 'EUR', 30, 60, null, @at, @at)`).run({ at: new Date().toISOString() });
}
say('open');
if (holdMs > 0) {
  await new Promise((resolve) => setTimeout(resolve, holdMs));
  raw.exec('commit');
  say('committed');
}
process.stdin.resume();
process.stdin.on('end', () => {
  void d.close().then(() => process.exit(0));
});
