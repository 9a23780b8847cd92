// The app:// protocol: the renderer's files, served from out/renderer and nowhere else.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin.ts';

/** Must run before the app is ready: a standard, secure scheme with fetch, so the page gets a real origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
});

export const mimeTypeFor = (filePath: string): string =>
  MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

const inside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate);
  return rel !== '' && !isAbsolute(rel) && !rel.split(sep).includes('..');
};

/**
 * The file under `root` that `requestUrl` names, or null when the request is not ours or tries to leave the root:
 * another host, `..` in any spelling (raw, %2e%2e, %2f-joined), backslashes, drive letters, NUL, absolute paths.
 * Pure path arithmetic; the handler also checks the real path after symlinks.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  // Encoded separators and NUL have no use in our file names; they only serve to sneak past the checks below.
  if (/%(2f|5c|00)/i.test(url.pathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\\\0:]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  // Only a trailing slash may leave an empty segment ('//etc' is refused); '.' and '..' never pass.
  if (segments.some((s, i) => (s === '' && i !== segments.length - 1) || s === '.' || s === '..')) return null;
  if (segments.length === 1 && segments[0] === '') segments[0] = 'index.html';
  const base = resolve(root);
  const full = resolve(join(base, ...segments));
  return inside(base, full) ? full : null;
}

/**
 * Sent with every file. The page's own meta CSP (renderer/index.html) carries the full policy; frame-ancestors
 * is not allowed in a meta CSP, so the shell sends it here: no page may frame ours.
 */
export const FILE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
});

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/** The handler for `protocol.handle('app', …)`: GET/HEAD of regular files under `root`, with their mime type. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveAppPath(base, request.url);
    if (!target) return plain(403, 'Forbidden');
    try {
      // Symlinks must not lead out of the root either.
      const [realRoot, realTarget] = await Promise.all([realpath(base), realpath(target)]);
      if (!inside(realRoot, realTarget)) return plain(403, 'Forbidden');
      if (!(await stat(realTarget)).isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(realTarget);
      return new Response(body, { status: 200, headers: { ...FILE_HEADERS, 'content-type': mimeTypeFor(realTarget) } });
    } catch {
      return plain(404, 'Not found');
    }
  };
}
