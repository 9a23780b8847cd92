// docs/security.md 18: the preload surface. One frozen object, functions only, ipcRenderer unreachable,
// callbacks get only the payload, and the channel list is the same one main registers.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, PUSH_EVENTS } from '../../src/contract/channel-names.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

await import('../../electron/preload.ts');
const { registerIpcHandlers } = await import('../../electron/ipc.ts');

type Api = { call(channel: string, input?: unknown): Promise<unknown>; on(event: string, cb: (payload: unknown) => void): () => void };
const api = fake.contextBridge.exposed.get('rapport') as Api;
// Captured now: mock call records are cleared between tests.
const exposeCalls = fake.contextBridge.exposeInMainWorld.mock.calls.map(([key]) => key);

/** Everything reachable from `root` through own properties (incl. symbols, getters not invoked) and prototypes. */
function reachable(root: unknown): Set<unknown> {
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value === Object.prototype || value === Function.prototype) continue;
    stack.push(Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
      else if (descriptor) stack.push(descriptor.get, descriptor.set);
    }
  }
  return seen;
}

describe('preload surface', () => {
  it('exposes exactly one object, window.rapport, once', () => {
    expect(exposeCalls).toEqual(['rapport']);
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['rapport']);
  });

  it('is frozen and holds exactly call and on, both functions', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Reflect.ownKeys(api).sort()).toEqual(['call', 'on']);
    for (const key of Reflect.ownKeys(api)) expect(typeof (api as unknown as Record<PropertyKey, unknown>)[key]).toBe('function');
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
  });

  it('ipcRenderer, contextBridge and their methods are not reachable from it or from an unsubscribe function', () => {
    const unsubscribe = api.on(PUSH_EVENTS[0], () => undefined);
    const forbidden = [fake.ipcRenderer, fake.ipcRenderer.invoke, fake.ipcRenderer.on, fake.ipcRenderer.removeListener,
      fake.contextBridge, fake.module];
    for (const root of [api, unsubscribe]) {
      const found = reachable(root);
      for (const item of forbidden) expect(found.has(item)).toBe(false);
    }
    unsubscribe();
  });

  it('call forwards every contract channel and its input, returning the reply', async () => {
    for (const channel of CHANNELS) {
      fake.ipcRenderer.invoke.mockClear();
      await expect(api.call(channel, { x: 1 })).resolves.toEqual({ ok: true, value: { channel, input: { x: 1 } } });
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, { x: 1 });
    }
  });

  it.each(['ledger:locked', 'clients:drop', '', 'CLIENTS:LIST', 'clients:list ', '__proto__', 'constructor', 'toString'])(
    'call refuses %j as a value, without IPC',
    async (channel) => {
      fake.ipcRenderer.invoke.mockClear();
      await expect(api.call(channel, {})).resolves.toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) } });
      expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('call refuses non-string channels', async () => {
    fake.ipcRenderer.invoke.mockClear();
    for (const channel of [undefined, null, 1, {}, ['clients:list'], { toString: () => 'clients:list' }]) {
      await expect(api.call(channel as never, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('on delivers only the payload, never the IpcRendererEvent, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.on('ledger:locked', (...args: unknown[]) => received.push(args));
    fake.ipcRenderer.emitFromMain('ledger:locked', { reason: 'suspend' }, 'extra argument');
    expect(received).toEqual([[{ reason: 'suspend' }]]);

    unsubscribe();
    unsubscribe();
    expect(fake.ipcRenderer.listenerCount('ledger:locked')).toBe(0);
    fake.ipcRenderer.emitFromMain('ledger:locked', { reason: 'lock-screen' });
    expect(received).toHaveLength(1);
  });

  it.each(['clients:list', 'ledger:lock', '', '__proto__', 'ledger:locked '])('on refuses %j', (event) => {
    fake.ipcRenderer.on.mockClear();
    expect(() => api.on(event, () => undefined)).toThrow(TypeError);
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('on refuses a callback that is not a function', () => {
    expect(() => api.on('ledger:locked', 'alert(1)' as never)).toThrow(TypeError);
  });

  it('the channels the preload forwards are exactly the channels main registers', async () => {
    registerIpcHandlers(fake.ipcMain as never, async () => ({ ok: true, value: null }));
    const registered = [...fake.ipcMain.handlers.keys()].sort();
    const candidates = [...new Set([...registered, ...CHANNELS, 'ledger:locked', 'clients:drop', 'app:quit'])];
    const forwarded: string[] = [];
    for (const channel of candidates) {
      fake.ipcRenderer.invoke.mockClear();
      await api.call(channel, {});
      if (fake.ipcRenderer.invoke.mock.calls.length) forwarded.push(channel);
    }
    expect(forwarded.sort()).toEqual(registered);
  });

  it('the preload source imports only electron and the dependency-free channel list', () => {
    const source = readFileSync(new URL('../../electron/preload.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(new Set(imports)).toEqual(new Set(['electron', '../src/contract/channel-names.ts']));
    expect(source).not.toMatch(/\brequire\s*\(|\bimport\s*\(/);
    const channelList = readFileSync(new URL('../../src/contract/channel-names.ts', import.meta.url), 'utf8');
    expect(channelList).not.toMatch(/^\s*import\s|\brequire\s*\(|\bimport\s*\(/m);
  });
});
