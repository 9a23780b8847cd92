// One ledger, many hands: the real `rapport` command as a child process next to another process holding the
// same encrypted ledger open (the app, a long import). Restore and passwd refuse IN_USE instead of swapping
// files under the other process; a write during another process's long write transaction waits and retries
// (or says BUSY), never INTERNAL, and what it acknowledged is there; a holder left by a dead process blocks
// nothing.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { listBackups } from '../../src/store/backup.ts';
import { exclusiveMarker, holdersDir } from '../../src/store/holders.ts';
import { PASSPHRASE, ROOT, rapport, readAll, sha256, tempDir, withUnlocked } from './support.ts';

const CHILD = resolve(import.meta.dirname, 'child-hold.ts');

/** Start child-hold.ts and resolve once it has the ledger open (and, with holdMs, its write lock). */
function hold(ledger: string, holdMs = 0): Promise<{ child: ChildProcessWithoutNullStreams; done: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ledger, String(holdMs)], {
    cwd: ROOT, env: { ...process.env, RAPPORT_PASSPHRASE: PASSPHRASE }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<void>((res) => child.on('exit', () => res()));
  return new Promise((res, rej) => {
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('open\n')) {
        res({ child, done: async () => { child.stdin.end(); await exited; return out; } });
      } else if (out.includes('failed')) rej(new Error(`child: ${out} ${err}`));
    });
    child.on('exit', (code) => rej(new Error(`child exited ${code}: ${out} ${err}`)));
  });
}

const deadPid = (): number => {
  const r = spawnSync(process.execPath, ['-e', '0']);
  return r.pid ?? 2 ** 22 - 1;
};

describe('two processes on one ledger', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'agency.ledger');
  const at = (args: string[], env: Record<string, string> = {}) => rapport(['--ledger', ledger, ...args], env);
  let backup = '';

  beforeAll(async () => {
    // Set up in-process (each CLI run pays for scrypt): a client, a backup, then a client the backup lacks.
    const d = createDispatcher({ ledgerPath: ledger });
    try {
      expect((await d.call('ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
      expect((await d.call('clients:create', { name: 'Stadtwerke Lindenau', since: '2020-01-01', owner: null })).ok).toBe(true);
      expect((await d.call('backup:create', { destination: 'backups' })).ok).toBe(true);
      expect((await d.call('clients:create', { name: 'Nordlicht Versicherung AG', since: '2020-01-01', owner: null })).ok).toBe(true);
    } finally {
      await d.close();
    }
    backup = listBackups(ledger).find((b) => b.restorable)!.path;
  }, 60_000);
  afterAll(cleanup);

  const names = () => withUnlocked(ledger, async (d) => (await readAll(d)).clients.map((c) => c.name).sort());

  it('restore and passwd refuse IN_USE while the app (this process) has the ledger open', async () => {
    const keys = sha256(`${ledger}.keys.json`);
    await withUnlocked(ledger, async () => {
      const restore = at(['restore', backup]);
      expect(restore.status).toBe(1);
      expect(restore.stderr).toContain('IN_USE');
      const passwd = at(['passwd'], { RAPPORT_NEW_PASSPHRASE: 'another good passphrase 2' });
      expect(passwd.status).toBe(1);
      expect(passwd.stderr).toContain('IN_USE');
    });
    expect(sha256(`${ledger}.keys.json`)).toBe(keys);
    expect(await names()).toEqual(['Nordlicht Versicherung AG', 'Stadtwerke Lindenau']);
  }, 90_000);

  it('restore is refused while another process (an import) holds the ledger open', async () => {
    const { done } = await hold(ledger);
    try {
      const restore = at(['restore', backup]);
      expect(restore.status).toBe(1);
      expect(restore.stderr).toContain('IN_USE');
    } finally {
      await done();
    }
    expect(await names()).toEqual(['Nordlicht Versicherung AG', 'Stadtwerke Lindenau']);
  }, 90_000);

  it('a write while another process holds a long write transaction retries or says BUSY, and loses nothing', async () => {
    const { done } = await hold(ledger, 6_000); // longer than busy_timeout (5 s): the first try is BUSY
    let add: ReturnType<typeof rapport>;
    try {
      add = at(['client', 'add', 'Erntefest GmbH']);
    } finally {
      expect(await done()).toContain('committed');
    }
    expect(add.stderr).not.toContain('INTERNAL');
    expect([0, 1]).toContain(add.status);
    if (add.status === 1) expect(add.stderr).toContain('BUSY');
    const after = await names();
    expect(after).toContain('Held Import'); // the other process's transaction is kept
    if (add.status === 0) expect(after).toContain('Erntefest GmbH');
  }, 90_000);

  it('a holder and an exclusive marker left by a dead process block nothing', async () => {
    const pid = deadPid();
    mkdirSync(holdersDir(ledger), { recursive: true, mode: 0o700 });
    writeFileSync(join(holdersDir(ledger), `${pid}-deadbeef0000`), String(pid), { mode: 0o600 });
    writeFileSync(exclusiveMarker(ledger), String(pid), { mode: 0o600 });
    expect(at(['client', 'add', 'Späte Kundin']).status).toBe(0);
    // That open swept the dead holder away (and its emptied folder): leave another one for restore to meet.
    mkdirSync(holdersDir(ledger), { recursive: true, mode: 0o700 });
    writeFileSync(join(holdersDir(ledger), `${pid}-deadbeef0001`), String(pid), { mode: 0o600 });
    const restore = at(['restore', backup]);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(await names()).toEqual(['Stadtwerke Lindenau']);
  }, 90_000);
});
