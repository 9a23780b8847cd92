// The app:// protocol: privileged registration, files from the renderer folder only, correct mime types,
// and every spelling of path traversal refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { createAppProtocolHandler, mimeTypeFor, registerAppScheme, resolveAppPath } = await import('../../electron/protocol.ts');

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rapport-protocol-'));
  root = join(base, 'out', 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'blob.xyz'), 'x');
  // Secrets next to and above the root that must never be served.
  writeFileSync(join(base, 'out', 'secret.txt'), 'SECRET-OUT');
  writeFileSync(join(base, 'rapport.ledger'), 'SECRET-LEDGER');
  mkdirSync(join(base, 'out', 'renderer-evil'));
  writeFileSync(join(base, 'out', 'renderer-evil', 'x.js'), 'SECRET-SIBLING');
  symlinkSync(join(base, 'rapport.ledger'), join(root, 'assets', 'link.js'));
  handler = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable', () => {
    registerAppScheme(fake.protocol as never);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serving files', () => {
  it.each([
    ['app://rapport/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Rapport</title>'],
    ['app://rapport/', 'text/html; charset=utf-8', '<!doctype html><title>Rapport</title>'],
    ['app://rapport/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://rapport/assets/index-abc.js?v=2#x', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://rapport/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://rapport/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://rapport/assets/blob.xyz', 'application/octet-stream', 'x'],
    ['app://rapport/assets/./index-abc.css', 'text/css; charset=utf-8', 'body{}'],
  ])('%s → %s', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // frame-ancestors cannot be set by the page's meta CSP, so the shell sends it.
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(body);
  });

  it('fonts keep their bytes and type', async () => {
    const response = await get('app://rapport/assets/noto.woff2');
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  });

  it('mime types for the usual build outputs', () => {
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.JSON')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('a.png')).toBe('image/png');
    expect(mimeTypeFor('a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('Makefile')).toBe('application/octet-stream');
  });

  it('HEAD has no body; other methods are refused', async () => {
    const head = await get('app://rapport/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://rapport/index.html', 'POST')).status).toBe(405);
  });

  it('missing files and directories are 404', async () => {
    expect((await get('app://rapport/nope.js')).status).toBe(404);
    expect((await get('app://rapport/assets')).status).toBe(404);
    expect((await get('app://rapport/assets/')).status).toBe(404);
  });
});

describe('traversal and foreign requests are refused', () => {
  // Raw '../' is already folded by the URL parser, so it lands inside the root (404 at worst, never a leak).
  const REFUSED = [
    'app://rapport/%2e%2e/secret.txt',
    'app://rapport/%2E%2E/%2E%2E/rapport.ledger',
    'app://rapport/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://rapport/..%2f..%2frapport.ledger',
    'app://rapport/..%2F..%2Frenderer-evil%2Fx.js',
    'app://rapport/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://rapport/..%5c..%5crapport.ledger',
    'app://rapport/assets%2f..%2f..%2fsecret.txt',
    'app://rapport/%252e%252e/secret.txt',
    'app://rapport/%2fetc%2fpasswd',
    'app://rapport//etc/passwd',
    'app://rapport/C:%5cWindows%5cwin.ini',
    'app://rapport/c:/Windows/win.ini',
    'app://rapport/index.html%00.js',
    'app://rapport/%E0%A4%A',
    'app://rapport.evil/index.html',
    'app://rapportx/index.html',
    'app://evil/index.html',
    'app://rapport/assets/link.js',
  ];

  it.each(REFUSED)('%s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const text = await response.text();
    expect(text).not.toMatch(/SECRET|root:|\[fonts\]/);
  });

  it.each([
    'app://rapport/../secret.txt',
    'app://rapport/../../rapport.ledger',
    'app://rapport/assets/../../secret.txt',
    'app://rapport/..\\..\\secret.txt',
  ])('%s never leaves the root', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toMatch(/SECRET/);
  });

  it('resolveAppPath refuses absolute paths and foreign URLs outright', () => {
    expect(resolveAppPath(root, '/etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'https://rapport/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://rapport@evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://evil@rapport/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://rapport//etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://rapport/%2Fetc%2Fpasswd')).toBeNull();
    // The URL parser folds '..' and '%2e%2e' segments before we see them: what is left stays inside the root.
    expect(resolveAppPath(root, 'app://rapport/%2e%2e/x')).toBe(join(root, 'x'));
    expect(resolveAppPath(root, 'app://rapport/a/../../../x')).toBe(join(root, 'x'));
    expect(resolveAppPath(root, 'app://rapport/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://rapport/')).toBe(join(root, 'index.html'));
  });
});
