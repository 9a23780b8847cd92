// Running the real `rapport` command as a child process, and reading a ledger back in-process.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Client } from '../../src/contract/clients.ts';
import type { Contact } from '../../src/contract/contacts.ts';
import type { TimelineEvent } from '../../src/contract/events.ts';
import { createDispatcher, type Dispatcher } from '../../src/services/dispatcher.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PASSPHRASE = 'correct horse battery staple';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `rapport ARGS` with Node 24 (this process's binary), English messages and the given environment. */
export function rapport(args: readonly string[], env: Record<string, string | undefined> = {}): Run {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', RAPPORT_PASSPHRASE: PASSPHRASE };
  delete base.RAPPORT_LEDGER;
  const merged: NodeJS.ProcessEnv = { ...base, ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const r = spawnSync(process.execPath, ['bin/rapport.js', ...args], {
    cwd: ROOT,
    env: merged,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const sha256 = (path: string): string | null =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;

/** The files of a ledger (as src/store/files.ts names them). */
export const ledgerFileSet = (path: string) => [path, `${path}-wal`, `${path}-shm`, `${path}.keys.json`];

export interface LedgerContent {
  clients: Client[];
  contacts: Contact[];
  events: TimelineEvent[];
}

export async function withUnlocked<T>(ledgerPath: string, fn: (d: Dispatcher) => Promise<T>): Promise<T> {
  const d = createDispatcher({ ledgerPath });
  try {
    const unlocked = await d.call('ledger:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
    return await fn(d);
  } finally {
    await d.close();
  }
}

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** Everything in an unlocked ledger: clients (archived too), contacts, and every event, newest first per client. */
export async function readAll(d: Dispatcher): Promise<LedgerContent> {
  const clients: Client[] = must(await d.call('clients:list', { includeArchived: true }));
  const contacts: Contact[] = [];
  const events: TimelineEvent[] = [];
  for (const c of clients) {
    contacts.push(...must(await d.call('contacts:list', { clientId: c.id })));
    let before: { occurredOn: string; id: number } | undefined;
    for (;;) {
      const page = must(await d.call('events:list', { clientId: c.id, limit: 500, ...(before ? { before } : {}) }));
      events.push(...page.items);
      if (!page.nextCursor) break;
      before = page.nextCursor;
    }
  }
  return { clients, contacts, events };
}

/** The content without ids and timestamps: ids become names, so two builds can be compared. */
export function normalise(content: LedgerContent): unknown {
  const clientName = new Map(content.clients.map((c) => [c.id, c.name]));
  const contactName = new Map(content.contacts.map((c) => [c.id, c.name]));
  const strip = <T extends { id: number; createdAt: string; updatedAt: string }>(x: T) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = x;
    return rest;
  };
  return {
    clients: content.clients.map((c) => {
      const { eventCount: _e, openCrises: _o, lastPersonalContact: _l, ...rest } = strip(c as Client & { eventCount?: number; openCrises?: number; lastPersonalContact?: string | null });
      return rest;
    }).sort((a, b) => a.name.localeCompare(b.name)),
    contacts: content.contacts.map((c) => ({ ...strip(c), clientId: clientName.get(c.clientId) })),
    events: content.events.map((e) => ({
      ...strip(e),
      clientId: clientName.get(e.clientId),
      participantIds: e.participantIds.map((id) => contactName.get(id)).sort(),
    })),
  };
}
