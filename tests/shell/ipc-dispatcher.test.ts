// The IPC handlers bound to the real dispatcher over a real encrypted ledger in a temp folder.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/services/dispatcher.ts';
import { trustedSender, untrustedSenders } from './fakes/senders.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { registerIpcHandlers } = await import('../../electron/ipc.ts');
const { createSafeStorageKeystore } = await import('../../electron/keystore.ts');

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let ledgerPath: string;
let dispatcher: Dispatcher;

const invoke = async (channel: string, input: unknown, event: unknown = trustedSender()) => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-shell-'));
  ledgerPath = join(dir, 'rapport.ledger');
  fake.safeStorage.backend = 'gnome_libsecret';
  dispatcher = createDispatcher({ ledgerPath, keystore: createSafeStorageKeystore(fake.safeStorage as never, 'linux') });
  registerIpcHandlers(fake.ipcMain as never, dispatcher.dispatch);
});

afterAll(async () => {
  await dispatcher.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('IPC over the real dispatcher', () => {
  it('a refused sender leaves no trace: no ledger is created', async () => {
    for (const [, event] of untrustedSenders()) {
      const reply = await invoke('ledger:create', { passphrase: PASSPHRASE }, event);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(await invoke('ledger:status', {})).toMatchObject({ ok: true, value: { state: 'absent' } });
  });

  it('a trusted sender creates, locks and unlocks a ledger; replies hold file names only', async () => {
    const created = await invoke('ledger:create', { passphrase: PASSPHRASE, remember: true });
    expect(created).toEqual({ ok: true, value: { state: 'unlocked', fileName: 'rapport.ledger', canRemember: true, remembered: true } });
    expect(existsSync(ledgerPath)).toBe(true);
    // The device wrap went through safeStorage as base64 of the 32-byte data key.
    const wrapped = fake.safeStorage.encryptString.mock.calls.at(-1)?.[0] ?? '';
    expect(Buffer.from(wrapped, 'base64')).toHaveLength(32);

    expect(await invoke('ledger:lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await invoke('clients:list', {})).toEqual({ ok: false, error: { code: 'LOCKED', message: expect.any(String) } });

    const wrong = await invoke('ledger:unlock', { method: 'passphrase', passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_KEY_OR_DAMAGED' } });

    // "Remember on this device" round-trips through the safeStorage keystore.
    expect(await invoke('ledger:unlock', { method: 'device' })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(await invoke('ledger:lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await invoke('ledger:unlock', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    const check = await invoke('ledger:check', {});
    expect(check).toMatchObject({ ok: true, value: { quickCheck: 'ok', integrityCheck: 'ok' } });
  });

  it('invalid input and unknown keys come back as INVALID values, never throws', async () => {
    expect(await invoke('ledger:create', { passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await invoke('ledger:status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await invoke('clients:get', '__proto__')).toMatchObject({ ok: false, error: { code: 'INVALID' } });
  });

  it('no reply carries the passphrase, the folder path or a key', async () => {
    const replies = [
      await invoke('ledger:status', {}),
      await invoke('ledger:unlock', { method: 'passphrase', passphrase: 'wrong passphrase 1' }),
      await invoke('ledger:changePassphrase', { current: 'wrong passphrase 2', next: 'another long passphrase' }),
    ];
    const text = JSON.stringify(replies);
    expect(text).not.toContain(dir);
    expect(text).not.toContain('wrong passphrase');
    expect(text).not.toContain(PASSPHRASE);
    for (const reply of replies) {
      expect(Object.keys(reply).sort()).toEqual(reply.ok ? ['ok', 'value'] : ['error', 'ok']);
      if (!reply.ok) expect(Object.keys(reply.error ?? {}).sort()).toEqual(['code', 'message']);
    }
  });
});
