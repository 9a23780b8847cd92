// The end-to-end rig (docs/architecture.md, "One call, from a click to the store and back"): the renderer that
// `electron-vite build` produced, served from 127.0.0.1, in Debian's Chromium, with `window.rapport`
// injected and bound to a REAL dispatcher over a real encrypted ledger. The injected object has the
// preload's surface (one frozen object: `call`, `on`), so a behaviour that works here works in the app.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHANNELS, PUSH_EVENTS, type PushEvent } from '../../src/contract/channel-names.ts';
import { createDispatcher, type Dispatcher } from '../../src/services/dispatcher.ts';
import type { DeviceKeystore } from '../../src/store/keystore.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** What `electron-vite build` produced (`RAPPORT_RENDERER_OUT` points elsewhere, as in electron.vite.config.ts). */
export const RENDERER_DIR = process.env.RAPPORT_RENDERER_OUT ?? join(ROOT, 'out', 'renderer');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The binding the injected bridge calls; the page never sees the dispatcher itself. */
const BINDING = '__rapportHarnessCall';
/** A non-enumerable hook through which the harness pushes events, as the main process would. */
const EMIT = '__rapportHarnessEmit';

export type Locale = 'de' | 'en';
export type ColorScheme = 'light' | 'dark';

export interface LaunchOptions {
  ledgerPath: string;
  /** What `unlock()` types, and what tests type on the create screen. */
  passphrase: string;
  /** The system language Chromium reports (`navigator.language`); the app picks its locale from it. */
  locale: Locale;
  /** The system colour scheme (`prefers-color-scheme`); the app follows it until the user chooses. */
  colorScheme?: ColorScheme;
  /** A device keystore for "remember on this device" (tests pass a fake one). */
  keystore?: DeviceKeystore;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Where exports go (the app's save dialog): a path, or null for a cancelled dialog. Without it, exports fail. */
  saveTarget?: (suggestedFileName: string) => Promise<string | null>;
  /** Which file an import reads (the app's open dialog): a path, or null for a cancelled dialog. Without it, imports fail. */
  openSource?: (filters: { name: string; extensions: string[] }[]) => Promise<string | null>;
}

/** A test's save target answering like the shell's save dialog (electron/save-dialog.ts): the path, replace agreed. */
const dialogAnswer = (pick: (suggestedFileName: string) => Promise<string | null>) => async (name: string) => {
  const path = await pick(name);
  return path === null ? null : { path, replace: true };
};

export interface Rapport {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  /** The real dispatcher the page talks to; tests may call it directly (seeding, checks). */
  dispatcher: Dispatcher;
  baseUrl: string;
  /** Uncaught page errors and console errors, in order. Tests assert this stays empty. */
  errors: string[];
  /** Messages of any `alert`/`confirm`/`prompt` the page opened (each is dismissed). */
  dialogs: string[];
  /** Type the passphrase on the unlock screen, press Enter, wait for the frame. */
  unlock(passphrase?: string): Promise<void>;
  /** Push an event to the page, as the main process does (e.g. 'ledger:locked' after auto-lock). */
  emit(event: PushEvent, payload?: unknown): Promise<void>;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** A tiny static server for out/renderer: GET only, no directory listing, nothing outside the folder. */
async function serve(dir: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(dir, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!(file === dir || file.startsWith(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * Runs in the page before any of its scripts: the preload's surface, bound to the harness.
 * Kept as source text: a function compiled by tsx/esbuild would carry helpers (`__name`) the page lacks.
 */
function bridgeScript(channels: readonly string[], events: readonly string[]): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const events = ${JSON.stringify(events)};
  const binding = ${JSON.stringify(BINDING)};
  const listeners = new Map();
  const call = (channel, input) => {
    if (typeof channel !== 'string' || !channels.includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel.' } });
    }
    const fn = window[binding];
    return typeof fn === 'function'
      ? fn(channel, input)
      : Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'No engine.' } });
  };
  const on = (event, callback) => {
    if (typeof event !== 'string' || !events.includes(event)) throw new TypeError('Unknown event.');
    if (typeof callback !== 'function') throw new TypeError('The callback must be a function.');
    const listener = (payload) => callback(payload);
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event).add(listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      listeners.get(event).delete(listener);
    };
  };
  Object.defineProperty(window, 'rapport', { value: Object.freeze({ call, on }), enumerable: true, writable: false, configurable: false });
  Object.defineProperty(window, ${JSON.stringify(EMIT)}, {
    value: (event, payload) => { for (const listener of listeners.get(event) ?? []) listener(payload); },
    enumerable: false,
  });
})();`;
}

export async function launchRapport(options: LaunchOptions): Promise<Rapport> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The built renderer is missing (${RENDERER_DIR}/index.html). Run \`npx electron-vite build\` first.`);
  }
  // Events the real dispatcher emits (report:progress) reach the page once it exists, as over IPC.
  let pushToPage: ((event: PushEvent, payload: unknown) => void) | null = null;
  const dispatcher = createDispatcher({
    ledgerPath: options.ledgerPath,
    keystore: options.keystore,
    // As the app's native dialog: it asks before answering an existing file, so its answer may replace it.
    ...(options.saveTarget ? { saveTarget: dialogAnswer(options.saveTarget) } : {}),
    ...(options.openSource ? { openSource: options.openSource } : {}),
    emit: (event, payload) => pushToPage?.(event, payload),
  });
  const { server, baseUrl } = await serve(RENDERER_DIR);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: options.locale === 'de' ? 'de-DE' : 'en-GB',
      colorScheme: options.colorScheme ?? 'light',
      // The engine runs in this process and says what 'today' is; the page must agree on the day,
      // or a run near midnight sees the window a day ahead of the ledger.
      timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.exposeFunction(BINDING, (channel: string, input: unknown) => dispatcher.dispatch(channel, input));
    await page.addInitScript({ content: bridgeScript(CHANNELS, PUSH_EVENTS) });
    await page.goto(`${baseUrl}/index.html`);
    pushToPage = (event, payload) => {
      page.evaluate(`window[${JSON.stringify(EMIT)}](${JSON.stringify(event)}, ${JSON.stringify(payload ?? null)})`).catch(() => undefined);
    };

    const rapport: Rapport = {
      page, context, browser, dispatcher, baseUrl, errors, dialogs,
      async unlock(passphrase = options.passphrase) {
        const field = page.getByTestId('unlock-passphrase');
        await field.waitFor();
        await field.fill(passphrase);
        await field.press('Enter');
        await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
      },
      async emit(event, payload) {
        await page.evaluate(`window[${JSON.stringify(EMIT)}](${JSON.stringify(event)}, ${JSON.stringify(payload ?? null)})`);
      },
      async close() {
        await browser?.close().catch(() => undefined);
        await new Promise<void>((ok) => server.close(() => ok()));
        await dispatcher.close();
      },
    };
    return rapport;
  } catch (e) {
    await browser?.close().catch(() => undefined);
    server.close();
    await dispatcher.close();
    throw e;
  }
}
