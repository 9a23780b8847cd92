// "One ledger, many hands": concurrent first runs, init beside a wrapper or backups, a deleted ledger file,
// page-1 damage once the wrapper proved the passphrase, backups that carry their own wrapper, KDF parameters
// scrypt cannot run. Real `rapport` child processes on real encrypted ledgers.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, rapport, ROOT, tempDir } from './support.ts';

const dirs: (() => void)[] = [];
afterAll(() => { for (const c of dirs) c(); });
const fresh = () => {
  const t = tempDir();
  dirs.push(t.cleanup);
  return t.dir;
};

function rapportAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', RAPPORT_PASSPHRASE: PASSPHRASE };
    delete env.RAPPORT_LEDGER;
    const child = spawn(process.execPath, ['bin/rapport.js', ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** A new ledger (in a fresh folder) holding one client, and the path of the backup taken right after. */
function ledgerWithBackup(file: string, client: string): { ledger: string; backup: string } {
  const ledger = join(fresh(), file);
  expect(rapport(['--ledger', ledger, 'init']).status).toBe(0);
  expect(rapport(['--ledger', ledger, 'client', 'add', client]).status).toBe(0);
  const backup = /backup written: (.+)$/m.exec(rapport(['--ledger', ledger, 'backup']).stdout)![1]!;
  return { ledger, backup };
}

/** `rapport restore BACKUP` succeeds in silence, and the client is back in the list. */
function expectRestored(ledger: string, backup: string, client: string): void {
  const r = rapport(['--ledger', ledger, 'restore', backup]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(rapport(['--ledger', ledger, 'client', 'list']).stdout).toContain(client);
}

describe('one ledger, many hands', () => {
  it('five `rapport init` at once on one path: exactly one wins, the ledger opens, no orphan or temp files', async () => {
    const dir = fresh();
    const ledger = join(dir, 'race.ledger');
    const runs = await Promise.all(Array.from({ length: 5 }, () => rapportAsync(['--ledger', ledger, 'init'])));
    expect(runs.filter((r) => r.status === 0)).toHaveLength(1);
    for (const r of runs.filter((x) => x.status !== 0)) expect(r.stderr).toMatch(/ALREADY_EXISTS/);
    expect(readdirSync(dir).sort()).toEqual(['race.ledger', 'race.ledger.keys.json']);
    expect(rapport(['--ledger', ledger, 'check']).status).toBe(0);
  }, 120_000);

  it('init refuses beside an existing wrapper or backups and points to restore; a deleted ledger names the newest backup', () => {
    const { ledger, backup } = ledgerWithBackup('a.ledger', 'Nordlicht');
    rmSync(ledger);
    const keysBefore = readFileSync(`${ledger}.keys.json`, 'utf8');
    const init = rapport(['--ledger', ledger, 'init']);
    expect(init.status).toBe(1);
    expect(init.stderr).toContain(`rapport restore ${backup}`);
    const de = rapport(['--ledger', ledger, '--lang', 'de', 'init']);
    expect(de.stderr).toContain('stellen Sie es wieder her mit: rapport restore');
    expect(readFileSync(`${ledger}.keys.json`, 'utf8')).toBe(keysBefore);
    const list = rapport(['--ledger', ledger, 'client', 'list']);
    expect(list.stderr).toContain(`rapport restore ${backup}`);
    expect(list.stderr).not.toContain('rapport init');
    // Restore with the database missing and the wrapper present.
    expectRestored(ledger, backup, 'Nordlicht');
  }, 120_000);

  it('page-1 damage: CORRUPT (not the wrong-key path), check and backup --list list backups and name restore; restore works', () => {
    const { ledger, backup } = ledgerWithBackup('p.ledger', 'Erntefest');
    const bytes = readFileSync(ledger);
    for (let i = 200; i < 208; i++) bytes[i] = bytes[i]! ^ 0xa5;
    writeFileSync(ledger, bytes);
    const check = rapport(['--ledger', ledger, 'check']);
    expect(check.status).toBe(3);
    expect(check.stderr).toContain('(CORRUPT)');
    expect(check.stderr).toContain(`rapport restore ${backup}`);
    expect(check.stdout).toContain(backup.split('/').pop());
    const list = rapport(['--ledger', ledger, 'backup', '--list']);
    expect(list.stdout).toContain('manual');
    expect(list.stderr).toContain(`rapport restore ${backup}`);
    expectRestored(ledger, backup, 'Erntefest');
  }, 120_000);

  it('a backup --out elsewhere carries its own wrapper (no device wrap) and restores on a machine with no ledger', () => {
    const dir = fresh();
    const ledger = join(dir, 'home.ledger');
    expect(rapport(['--ledger', ledger, 'init']).status).toBe(0);
    expect(rapport(['--ledger', ledger, 'client', 'add', 'Stadtwerke']).status).toBe(0);
    const elsewhere = join(fresh(), 'x.ledger');
    expect(rapport(['--ledger', ledger, 'backup', '--out', elsewhere]).status).toBe(0);
    const wrapper = JSON.parse(readFileSync(`${elsewhere}.keys.json`, 'utf8')) as { device: unknown };
    expect(wrapper.device).toBeNull();
    // The automatic/manual ones in the backups folder carry one too.
    const inFolder = /backup written: (.+)$/m.exec(rapport(['--ledger', ledger, 'backup']).stdout)![1]!;
    expect(existsSync(`${inFolder}.keys.json`)).toBe(true);
    // A new machine: only the backup and its wrapper.
    const machine = fresh();
    mkdirSync(join(machine, 'in'));
    copyFileSync(elsewhere, join(machine, 'in', 'x.ledger'));
    copyFileSync(`${elsewhere}.keys.json`, join(machine, 'in', 'x.ledger.keys.json'));
    const target = join(machine, 'new.ledger');
    const r = rapport(['--ledger', target, 'restore', join(machine, 'in', 'x.ledger')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(rapport(['--ledger', target, 'client', 'list']).stdout).toContain('Stadtwerke');
    // The backup opens by itself too.
    expect(rapport(['--ledger', elsewhere, 'client', 'list']).stdout).toContain('Stadtwerke');
    // Without its wrapper: the key file is missing, said as such.
    rmSync(join(machine, 'in', 'x.ledger.keys.json'));
    const bare = rapport(['--ledger', join(machine, 'other.ledger'), 'restore', join(machine, 'in', 'x.ledger')]);
    expect(bare.status).toBe(3);
    expect(bare.stderr).toMatch(/key file of this backup is missing/);
    const open = rapport(['--ledger', join(machine, 'in', 'x.ledger'), 'client', 'list']);
    expect(open.stderr).toMatch(/key file is missing/);
  }, 120_000);

  it.each([['N = 2^19 (beyond scrypt memory)', 2 ** 19], ['N not a power of two', 3 * 2 ** 17]])(
    'stored KDF %s → KEYFILE_INVALID, not INTERNAL', (_label, N) => {
      const dir = fresh();
      const ledger = join(dir, 'k.ledger');
      expect(rapport(['--ledger', ledger, 'init']).status).toBe(0);
      const file = JSON.parse(readFileSync(`${ledger}.keys.json`, 'utf8')) as { passphrase: { N: number } };
      file.passphrase.N = N;
      writeFileSync(`${ledger}.keys.json`, JSON.stringify(file));
      const r = rapport(['--ledger', ledger, 'check']);
      expect(r.stderr).toContain('KEYFILE_INVALID');
      expect(r.status).toBe(3);
    }, 60_000);
});
