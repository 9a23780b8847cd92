// The Electron main process: lifecycle only. Windows, security, protocol, IPC and keystore live in their own files.
import { mkdirSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron';
import { createDispatcher, type Dispatcher } from '../src/services/dispatcher.ts';
import { pushToAll, registerIpcHandlers } from './ipc.ts';
import { createSafeStorageKeystore } from './keystore.ts';
import { APP_ENTRY_URL, APP_SCHEME } from './origin.ts';
import { rendererRoot, resolveLedgerPath } from './paths.ts';
import { wireIdleLock, wireSystemLock, type LockReason } from './power.ts';
import { createSaveTarget } from './save-dialog.ts';
import { createOpenSource } from './open-dialog.ts';
import { createAppProtocolHandler, registerAppScheme } from './protocol.ts';
import { hardenSession, installSecurityHooks } from './security.ts';
import { createMainWindow } from './window.ts';

// Before ready: the scheme's privileges, sandbox for every renderer, hooks for every webContents.
registerAppScheme(protocol);
app.enableSandbox();
installSecurityHooks(app);

let dispatcher: Dispatcher | null = null;
let mainWindow: BrowserWindow | null = null;
let closing: Promise<void> | null = null;
let closed = false;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow();
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  mainWindow = window;
  return window;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot(app.getAppPath())));

  // userData is ours: make sure it exists, private. A RAPPORT_LEDGER override must name an existing folder.
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true, mode: 0o700 });
  const active = createDispatcher({
    ledgerPath: resolveLedgerPath(process.env, userData),
    keystore: createSafeStorageKeystore(safeStorage),
    saveTarget: createSaveTarget(dialog, app, () => mainWindow),
    openSource: createOpenSource(dialog, app, () => mainWindow),
    // Progress of long work (a report export) reaches every window of ours, as ledger:locked does.
    emit: (event, payload) => {
      pushToAll(BrowserWindow.getAllWindows(), event, payload);
    },
  });
  dispatcher = active;
  registerIpcHandlers(ipcMain, active.dispatch);
  const lockWiring = {
    dispatch: active.dispatch,
    notify: (reason: LockReason) => pushToAll(BrowserWindow.getAllWindows(), 'ledger:locked', { reason }),
  };
  wireSystemLock(powerMonitor, lockWiring);
  wireIdleLock(powerMonitor, lockWiring);

  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Rapport owns the ledger: two processes must never hold it at once.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('activate', () => {
    if (dispatcher && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform === 'darwin') {
      // The app stays alive on macOS; the ledger does not stay open without a window.
      void dispatcher?.dispatch('ledger:lock', {});
      return;
    }
    app.quit();
  });

  // Close the dispatcher (locks the ledger, closes the connection) before the process ends.
  app.on('will-quit', (event) => {
    if (closed || !dispatcher) return;
    event.preventDefault();
    closing ??= dispatcher
      .close()
      .catch(() => undefined)
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  app.whenReady().then(start).catch((error: unknown) => {
    // No paths or secrets: the name of the failure only.
    console.error('Rapport could not start:', error instanceof Error ? error.name : 'unknown error');
    app.quit();
  });
}
