// docs/security.md 5: crash durability. A child process commits transactions and reports each acknowledged id;
// it is killed with SIGKILL at random moments (30 trials on one ledger). After every kill: every acknowledged
// id is present and integrity_check is ok. The kill points come from a seeded generator; where the kill lands
// inside the child's work varies from run to run, but the assertions hold for any landing point.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { integrityReport, openEncrypted } from '../../src/store/connection.ts';
import { ledgerFiles } from '../../src/store/files.ts';
import { unlockWithPassphrase } from '../../src/store/ledger.ts';
import { dataKeyOf, hasClient, makeLedger, PASSPHRASE, removeTempDirs, type TestLedger } from './helpers.ts';

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL('./child-crash.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TRIALS = 30;
const SEED = 20_240_517;

let t: TestLedger;
let keyHex: string;

beforeAll(async () => {
  t = await makeLedger();
  await t.ledger.close();
  keyHex = (await dataKeyOf(t.path, PASSPHRASE)).toString('hex');
});

/** Run the child until it has acknowledged `killAfter` ids, SIGKILL it, return every id it acknowledged. */
function runAndKill(trial: number, killAfter: number): Promise<{ acked: number[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, t.path, String(trial)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    const kill = () => { if (!killed) { killed = true; child.kill('SIGKILL'); } };
    child.stdin.end(keyHex);
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        if (line === 'ready' && killAfter === 0) kill();
        if (acked.length >= killAfter && killAfter > 0) kill();
      }
    });
    child.on('error', reject);
    // 'close' waits for stdout to drain: lines written before the kill are all counted.
    child.on('close', (_code, signal) => resolve({ acked, signal, stderr }));
  });
}

describe('docs/security.md 5: crash durability', () => {
  test(`kill -9 at random moments, ${TRIALS} trials: every acknowledged id present, integrity_check ok`, async () => {
    const killPoints = fc.sample(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 120 })), { numRuns: TRIALS, seed: SEED });
    const allAcked: number[] = [];
    let hotWals = 0; // trials after which the kill left a WAL behind that recovery had to replay
    for (const [trial, killAfter] of killPoints.entries()) {
      const { acked, signal, stderr } = await runAndKill(trial, killAfter);
      expect(signal, stderr).toBe('SIGKILL'); // it died by the kill, not by an error of its own
      expect(acked.length).toBeGreaterThanOrEqual(killAfter);
      allAcked.push(...acked);
      if (existsSync(ledgerFiles(t.path).wal) && statSync(ledgerFiles(t.path).wal).size > 0) hotWals++;

      const db = openEncrypted(t.path, Buffer.from(keyHex, 'hex'), { quickCheck: true });
      try {
        const present = new Set((db.prepare('select id from clients').all() as { id: number }[]).map((r) => r.id));
        const lost = allAcked.filter((id) => !present.has(id));
        expect(lost, `trial ${trial}: acknowledged ids lost`).toEqual([]);
        expect(integrityReport(db)).toEqual({ quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0 });
      } finally {
        db.close();
      }
    }
    expect(allAcked.length).toBeGreaterThan(TRIALS * 10);
    expect(hotWals).toBeGreaterThan(TRIALS / 2); // the kills really did interrupt a live ledger

    // The ledger still unlocks the normal way afterwards, with everything in it.
    const ledger = await unlockWithPassphrase(t.path, PASSPHRASE);
    expect(hasClient(ledger.raw, t.marker)).toBe(true);
    const count = (ledger.raw.prepare('select count(*) as n from clients').get() as { n: number }).n;
    expect(count).toBeGreaterThanOrEqual(allAcked.length + 1);
    await ledger.close();
  }, 180_000); // ~17 s on an idle 2-core machine; generous for a loaded one
});
