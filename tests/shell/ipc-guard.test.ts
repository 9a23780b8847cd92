// docs/security.md 17: every channel's handler refuses a foreign origin, a sub-frame or a null frame, and the
// dispatcher is never called for them. The spy dispatcher is used in this file only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, PUSH_EVENTS } from '../../src/contract/channel-names.ts';
import type { Dispatch } from '../../src/services/dispatcher.ts';
import { FakeFrame } from './fakes/electron.ts';
import { APP_PAGE, trustedSender, untrustedSenders } from './fakes/senders.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { isTrustedSender, pushToAll, pushToWindow, registerIpcHandlers, REFUSED_SENDER_MESSAGE } = await import('../../electron/ipc.ts');

const spy = vi.fn<Dispatch>(async (channel, input) => ({ ok: true, value: { channel, input } }));

beforeEach(() => {
  fake.ipcMain.handlers.clear();
  spy.mockClear();
  registerIpcHandlers(fake.ipcMain as never, spy);
});

const handlerFor = (channel: string) => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler registered for ${channel}`);
  return handler;
};

describe('IPC registration', () => {
  it('registers exactly the contract channels, nothing more', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it('registering again (e.g. after a reload of the main module) does not throw', () => {
    expect(() => registerIpcHandlers(fake.ipcMain as never, spy)).not.toThrow();
    expect(fake.ipcMain.handlers.size).toBe(CHANNELS.length);
  });
});

/** Channels whose handler is missing or lets an untrusted sender reach the dispatcher. */
async function channelsWithoutGuard(handlers: Map<string, (event: unknown, input: unknown) => unknown>): Promise<string[]> {
  const unguarded: string[] = [];
  for (const channel of CHANNELS) {
    const handler = handlers.get(channel);
    if (!handler) {
      unguarded.push(channel);
      continue;
    }
    for (const [, event] of untrustedSenders()) {
      spy.mockClear();
      const reply = (await handler(event, {})) as { ok: boolean };
      if (spy.mock.calls.length > 0 || reply.ok !== false) {
        unguarded.push(channel);
        break;
      }
    }
  }
  spy.mockClear();
  return unguarded;
}

describe('the guard enumeration', () => {
  it('finds no channel without the guard', async () => {
    expect(await channelsWithoutGuard(fake.ipcMain.handlers)).toEqual([]);
  });

  it('would catch a channel registered without the guard, or not registered at all (negative control)', async () => {
    const tampered = new Map(fake.ipcMain.handlers);
    tampered.set('clients:delete', (_event: unknown, input: unknown) => spy('clients:delete', input));
    tampered.delete('events:list');
    expect((await channelsWithoutGuard(tampered)).sort()).toEqual(['clients:delete', 'events:list']);
  });
});

describe.each(CHANNELS)('channel %s', (channel) => {
  it.each(untrustedSenders())('refuses %s without calling the dispatcher', async (_name, event) => {
    const reply = await handlerFor(channel)(event, { anything: 1 });
    expect(reply).toEqual({ ok: false, error: { code: 'INVALID', message: REFUSED_SENDER_MESSAGE } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes a trusted sender through to the dispatcher with exactly this channel and input', async () => {
    const input = { a: [1, 2] };
    const reply = await handlerFor(channel)(trustedSender(), input);
    expect(spy).toHaveBeenCalledExactlyOnceWith(channel, input);
    expect(reply).toEqual({ ok: true, value: { channel, input } });
  });
});

describe('replies', () => {
  it('carry only {ok,value} or {ok,error:{code,message}}', async () => {
    spy.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'Not found.', stack: 'at /secret/path', sql: 'select' } } as never);
    expect(await handlerFor('clients:get')(trustedSender(), { id: 1 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Not found.' } });

    spy.mockResolvedValueOnce({ ok: true, value: 7, debug: 'x' } as never);
    const reply = await handlerFor('clients:list')(trustedSender(), {});
    expect(reply).toEqual({ ok: true, value: 7 });
    expect(Object.keys(reply as object).sort()).toEqual(['ok', 'value']);
  });

  it('a dispatcher that throws becomes INTERNAL without its message', async () => {
    spy.mockRejectedValueOnce(new Error('SQLITE_ERROR near /home/user/secret.ledger'));
    const reply = await handlerFor('clients:list')(trustedSender(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(reply)).not.toMatch(/secret|SQLITE/);
  });

  it('another wrapper object for the same main frame (same frame-tree id) is accepted', () => {
    const main = new FakeFrame(APP_PAGE);
    const rewrapped = new FakeFrame(APP_PAGE, null, main.frameTreeNodeId);
    expect(isTrustedSender({ sender: { mainFrame: main }, senderFrame: rewrapped } as never)).toBe(true);
    const other = new FakeFrame(APP_PAGE);
    expect(isTrustedSender({ sender: { mainFrame: main }, senderFrame: other } as never)).toBe(false);
  });

  it('a frame that throws on access (destroyed) is refused', () => {
    const event = { sender: { mainFrame: null }, get senderFrame(): never { throw new Error('Render frame was disposed'); } };
    expect(isTrustedSender(event as never)).toBe(false);
  });
});

describe('push events', () => {
  const windowAt = (url: string) => {
    const window = new fake.BrowserWindow({});
    window.webContents.mainFrame.url = url;
    return window;
  };

  it('sends a known event with its payload to a window on our page', () => {
    const window = windowAt(APP_PAGE);
    expect(pushToWindow(window as never, PUSH_EVENTS[0], { reason: 'suspend' })).toBe(true);
    expect(window.webContents.sent).toEqual([[PUSH_EVENTS[0], { reason: 'suspend' }]]);
  });

  it('sends nothing to a foreign page, a destroyed window, or for an unknown event', () => {
    const foreign = windowAt('https://evil.example/');
    const destroyed = windowAt(APP_PAGE);
    destroyed.destroyed = true;
    const ours = windowAt(APP_PAGE);
    expect(pushToAll([foreign, destroyed] as never, 'ledger:locked', {})).toBe(0);
    expect(pushToWindow(ours as never, 'clients:list' as never, {})).toBe(false);
    for (const w of [foreign, destroyed, ours]) expect(w.webContents.sent).toEqual([]);
  });
});
