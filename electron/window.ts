// The one BrowserWindow factory: the main window and any later PDF/print window share these webPreferences
// (docs/security.md 15). Callers choose size and title; they cannot choose webPreferences.
import { app, BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { preloadPath } from './paths.ts';
import { hardenWebContents } from './security.ts';

export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} satisfies WebPreferences);

export type AppWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** Fresh preferences per window; the preload is always the app's own bundled file. */
export const secureWebPreferences = (): WebPreferences => ({
  ...SECURE_WEB_PREFERENCES,
  preload: preloadPath(app.getAppPath()),
});

export function createAppWindow(options: AppWindowOptions = {}): BrowserWindow {
  // Drop any webPreferences smuggled past the type.
  const { webPreferences: _ignored, ...rest } = options as BrowserWindowConstructorOptions;
  const window = new BrowserWindow({ show: false, ...rest, webPreferences: secureWebPreferences() });
  hardenWebContents(window.webContents);
  return window;
}

export function createMainWindow(): BrowserWindow {
  const window = createAppWindow({
    title: 'Rapport',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    backgroundColor: '#ffffff',
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

/** A hidden window for rendering a report to PDF or for printing: same factory, same preferences. */
export function createDocumentWindow(parent?: BrowserWindow): BrowserWindow {
  return createAppWindow({ show: false, width: 794, height: 1123, ...(parent ? { parent } : {}) });
}
