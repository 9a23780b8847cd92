// rapport passwd (issue #7 part 3, docs/security.md 9 through the CLI): the current passphrase as for every
// command, the new one from RAPPORT_NEW_PASSPHRASE or a hidden prompt asked twice on a real terminal;
// the ledger file stays byte-identical, the old passphrase stops working, the new one works.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { PASSPHRASE, rapport, ROOT, sha256, tempDir } from './support.ts';

const NEW = 'a brand new passphrase';
const dirs: (() => void)[] = [];
afterAll(() => { for (const c of dirs) c(); });

/** A fresh ledger (made in-process: quicker than a child) with one client. */
async function newLedger(): Promise<{ ledger: string; keys: string }> {
  const { dir, cleanup } = tempDir();
  dirs.push(cleanup);
  const ledger = join(dir, 'passwd.ledger');
  const d = createDispatcher({ ledgerPath: ledger });
  try {
    expect((await d.call('ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect((await d.call('clients:create', { name: 'Passwd Probe GmbH', since: '2021-01-01' })).ok).toBe(true);
  } finally {
    await d.close();
  }
  return { ledger, keys: `${ledger}.keys.json` };
}

describe('rapport passwd', () => {
  it('changes the passphrase from RAPPORT_NEW_PASSPHRASE; the ledger file is byte-identical', async () => {
    const { ledger, keys } = await newLedger();
    const dbHash = sha256(ledger);
    const keysBefore = readFileSync(keys, 'utf8');
    expect(existsSync(`${ledger}-wal`)).toBe(false);

    const r = rapport(['--ledger', ledger, 'passwd'], { RAPPORT_NEW_PASSPHRASE: NEW });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Changed the passphrase');
    expect(r.stdout + r.stderr).not.toContain(NEW);
    expect(r.stdout + r.stderr).not.toContain(PASSPHRASE);

    expect(sha256(ledger)).toBe(dbHash);
    expect(existsSync(`${ledger}-wal`)).toBe(false);
    expect(readFileSync(keys, 'utf8')).not.toBe(keysBefore);
    expect(readFileSync(keys, 'utf8')).not.toContain(NEW);

    const old = rapport(['--ledger', ledger, 'client', 'list']);
    expect(old.status).toBe(3);
    expect(old.stderr).toContain('WRONG_KEY_OR_DAMAGED');
    const fresh = rapport(['--ledger', ledger, 'client', 'list'], { RAPPORT_PASSPHRASE: NEW });
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('Passwd Probe GmbH');
  });

  it('refuses a wrong current passphrase, a short or unchanged new one, and a missing ledger; nothing changes', async () => {
    const { ledger, keys } = await newLedger();
    const before = { db: sha256(ledger), keys: sha256(keys) };
    const wrong = rapport(['--ledger', ledger, 'passwd'], { RAPPORT_PASSPHRASE: 'not the passphrase', RAPPORT_NEW_PASSPHRASE: NEW });
    expect(wrong.status).toBe(3);
    expect(wrong.stderr).toContain('wrong passphrase');
    const short = rapport(['--ledger', ledger, 'passwd'], { RAPPORT_NEW_PASSPHRASE: 'short' });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 8 characters');
    const same = rapport(['--ledger', ledger, 'passwd'], { RAPPORT_NEW_PASSPHRASE: PASSPHRASE });
    expect(same.status).toBe(2);
    expect({ db: sha256(ledger), keys: sha256(keys) }).toEqual(before);
    // Without a terminal and without RAPPORT_NEW_PASSPHRASE there is no way to ask: a usage error.
    const none = rapport(['--ledger', ledger, 'passwd']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('RAPPORT_NEW_PASSPHRASE');
    expect({ db: sha256(ledger), keys: sha256(keys) }).toEqual(before);
    const missing = rapport(['--ledger', join(ledger, '..', 'nothing.ledger'), 'passwd'], { RAPPORT_NEW_PASSPHRASE: NEW });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no ledger');
  });

  it('German messages', async () => {
    const { ledger } = await newLedger();
    const r = rapport(['--ledger', ledger, '--lang', 'de', 'passwd'], { RAPPORT_NEW_PASSPHRASE: NEW });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Passphrase geändert');
  });
});

/**
 * `rapport passwd` on a real pseudo-terminal (util-linux `script`), answering each hidden prompt when it
 * appears. Resolves with everything the terminal showed and the exit code.
 */
function onTerminal(args: string[], answers: { prompt: string; answer: string }[], env: Record<string, string>) {
  const command = [process.execPath, 'bin/rapport.js', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', RAPPORT_LEDGER: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let next = 0;
  let consumed = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    const step = answers[next];
    if (step && screen.indexOf(step.prompt, consumed) !== -1) {
      consumed = screen.indexOf(step.prompt, consumed) + step.prompt.length;
      next += 1;
      child.stdin.write(`${step.answer}\r`);
    }
  });
  return new Promise<{ status: number | null; screen: string }>((resolve) => {
    child.on('close', (status) => resolve({ status, screen }));
  });
}

describe('rapport passwd on a terminal', () => {
  it('asks for the new passphrase twice, hidden, and refuses when the two differ', async () => {
    const { ledger } = await newLedger();
    const dbHash = sha256(ledger);
    const env = { RAPPORT_PASSPHRASE: PASSPHRASE };
    const differ = await onTerminal(['--ledger', ledger, 'passwd'], [
      { prompt: 'New passphrase', answer: NEW },
      { prompt: 'Repeat the passphrase', answer: `${NEW}!` },
    ], env);
    expect(differ.status).toBe(1);
    expect(differ.screen).toContain('the two new passphrases differ');
    expect(differ.screen).not.toContain(NEW); // nothing typed is echoed

    const ok = await onTerminal(['--ledger', ledger, 'passwd'], [
      { prompt: 'New passphrase', answer: NEW },
      { prompt: 'Repeat the passphrase', answer: NEW },
    ], env);
    expect(ok.screen).toContain('Changed the passphrase');
    expect(ok.status).toBe(0);
    expect(ok.screen).not.toContain(NEW);
    expect(sha256(ledger)).toBe(dbHash);
    expect(rapport(['--ledger', ledger, 'client', 'list'], { RAPPORT_PASSPHRASE: NEW }).status).toBe(0);
  });
});
