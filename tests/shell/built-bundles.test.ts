// The built bundles, as Electron will load them. `npm test` runs `npm run build` first; a bare `vitest run`
// on a fresh checkout has no out/ and skips this file (its title says so).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, PUSH_EVENTS } from '../../src/contract/channel-names.ts';
import { createElectronFake } from './fakes/electron.ts';

const root = new URL('../../', import.meta.url);
const preloadFile = new URL('out/preload/index.cjs', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string };
const built = existsSync(preloadFile);

describe.skipIf(!built)('built bundles (SKIPPED when out/preload/index.cjs is missing: run `npm run build` first)', () => {
  const code = built ? readFileSync(preloadFile, 'utf8') : '';

  it('the preload requires nothing but electron', () => {
    const requires = [...code.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]*)\1\s*\)/g)].map((m) => m[2]);
    expect(requires).toEqual(['electron']);
    // No other way to load code: no require with a computed name, no dynamic import, no ESM import.
    expect(code.match(/\brequire\b/g)?.length).toBe(1);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bprocess\.binding|\beval\s*\(|new Function\s*\(/m);
  });

  it('runs sandboxed with only electron, and exposes the same surface and channel list as main', async () => {
    const fake = createElectronFake();
    const required: string[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return fake.module;
    };
    runInNewContext(code, { require: sandboxRequire, module: { exports: {} }, exports: {}, Promise, TypeError, Set, Object });
    expect(required).toEqual(['electron']);
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['rapport']);
    const api = fake.contextBridge.exposed.get('rapport') as { call: (c: string, i: unknown) => Promise<unknown>; on: (e: string, cb: (p: unknown) => void) => () => void };
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);

    const forwarded: string[] = [];
    for (const channel of [...CHANNELS, ...PUSH_EVENTS, 'clients:drop', 'app:quit']) {
      fake.ipcRenderer.invoke.mockClear();
      await api.call(channel, {});
      if (fake.ipcRenderer.invoke.mock.calls.length) forwarded.push(channel);
    }
    expect(forwarded).toEqual([...CHANNELS]);

    const payloads: unknown[][] = [];
    const off = api.on('ledger:locked', (...args: unknown[]) => payloads.push(args));
    fake.ipcRenderer.emitFromMain('ledger:locked', { reason: 'suspend' });
    off();
    expect(payloads).toEqual([[{ reason: 'suspend' }]]);
    expect(() => api.on('clients:list', vi.fn())).toThrow();
  });

  it('package.json "main" names the built main bundle', () => {
    expect(pkg.main).toMatch(/^out\/main\/index\.(c|m)?js$/);
    expect(existsSync(new URL(pkg.main, root))).toBe(true);
  });

  it('the main bundle loads the pages from app:// (no loadFile), and points at the built preload', () => {
    const main = readFileSync(new URL(pkg.main, root), 'utf8');
    expect(main).toContain('app://');
    expect(main).not.toMatch(/\.loadFile\s*\(/);
    expect(main).toContain('index.cjs');
  });
});

const rendererIndex = new URL('out/renderer/index.html', root);
describe.skipIf(!existsSync(rendererIndex))('built renderer over app:// (SKIPPED when out/renderer/index.html is missing: run `npm run build` first)', () => {
  it('every script and stylesheet the page names is served with its mime type', async () => {
    const { createAppProtocolHandler } = await import('../../electron/protocol.ts');
    const handler = createAppProtocolHandler(fileURLToPath(new URL('out/renderer', root)));
    const page = await handler(new Request('app://rapport/index.html'));
    expect(page.status).toBe(200);
    const html = await page.text();
    const refs = [...html.matchAll(/<(script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => [m[1], m[2]] as const);
    expect(refs.length).toBeGreaterThan(0);
    for (const [tag, ref] of refs) {
      const url = new URL(ref ?? '', 'app://rapport/index.html');
      expect(url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin).toBe('app://rapport');
      const response = await handler(new Request(url.href));
      expect(response.status, url.href).toBe(200);
      if (tag === 'script') expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
  });
});
