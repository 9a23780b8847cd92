// Hand-written fakes of the Electron APIs the shell uses. They capture every handler the shell installs so a
// test can fire it. `vi.mock('electron', …)` is the one mock the shell tests allow.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** What Electron passes to will-navigate & co.: a preventable event carrying the URL. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextFrameTreeNodeId = 1;

export class FakeFrame {
  detached = false;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
    readonly frameTreeNodeId: number = nextFrameTreeNodeId++,
  ) {}
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details?: unknown) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

type WindowOpenHandler = (details: { url: string; frameName?: string; disposition?: string }) => { action: 'allow' | 'deny' };

export function createElectronFake() {
  const app = Object.assign(new EventEmitter(), {
    singleInstance: true,
    appPath: '/fake/app',
    userData: '/fake/userData',
    readyResolve: null as null | (() => void),
    readyPromise: null as null | Promise<void>,
    quitCalls: 0,
    exited: false,
    requestSingleInstanceLock: vi.fn((): boolean => app.singleInstance),
    enableSandbox: vi.fn(),
    getAppPath: vi.fn((): string => app.appPath),
    documents: '/fake/documents',
    getPath: vi.fn((name: string): string => {
      if (name === 'documents') return app.documents;
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return app.userData;
    }),
    whenReady: vi.fn((): Promise<void> => app.readyPromise ?? Promise.resolve()),
    /** Like Electron: will-quit may be prevented; otherwise the app exits. */
    quit: vi.fn((): void => {
      app.quitCalls += 1;
      const event = new FakeEvent();
      app.emit('will-quit', event);
      if (!event.defaultPrevented) app.exited = true;
    }),
  });

  const defaultSession = new FakeSession();

  class FakeWebContents extends EventEmitter {
    session: FakeSession = defaultSession;
    mainFrame = new FakeFrame('');
    windowOpenHandler: WindowOpenHandler | null = null;
    sent: Array<[string, unknown]> = [];
    destroyed = false;
    setWindowOpenHandler(handler: WindowOpenHandler): void {
      this.windowOpenHandler = handler;
    }
    send(channel: string, payload: unknown): void {
      this.sent.push([channel, payload]);
    }
    getURL(): string {
      return this.mainFrame.url;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
    }
    readonly webContents = new FakeWebContents();
    destroyed = false;
    shown = false;
    minimized = false;
    focused = 0;
    loadURL = vi.fn(async (url: string): Promise<void> => {
      this.webContents.mainFrame.url = url;
    });
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      FakeBrowserWindow.instances.push(this);
      // Electron emits this for every new webContents.
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {
      this.focused += 1;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
  const ipcMain = {
    handlers: new Map<string, IpcHandler>(),
    handle: vi.fn((channel: string, handler: IpcHandler): void => {
      // Electron throws on a second handler for one channel.
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcMain.handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string): void => {
      ipcMain.handlers.delete(channel);
    }),
  };

  const ipcRendererEmitter = new EventEmitter();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, input?: unknown): Promise<unknown> => ({ ok: true, value: { channel, input } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      ipcRendererEmitter.on(channel, listener);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      ipcRendererEmitter.removeListener(channel, listener);
      return ipcRenderer;
    }),
    /** Test helper: the main process sends `channel` with these arguments after the event. */
    emitFromMain(channel: string, ...args: unknown[]): void {
      ipcRendererEmitter.emit(channel, { sender: ipcRenderer, senderId: 0, ports: [] }, ...args);
    },
    listenerCount(channel: string): number {
      return ipcRendererEmitter.listenerCount(channel);
    },
  };

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld: vi.fn((key: string, api: unknown): void => {
      contextBridge.exposed.set(key, api);
    }),
  };

  type ProtocolHandler = (request: Request) => Response | Promise<Response>;
  const protocol = {
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler): void => {
      protocol.handlers.set(scheme, handler);
    }),
  };

  /** The native save dialog: answers with `answer` (null: the user cancelled), records what it was asked. */
  const dialog = {
    answer: null as string | null,
    showSaveDialog: vi.fn(async (...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => {
      void args;
      return dialog.answer === null ? { canceled: true } : { canceled: false, filePath: dialog.answer };
    }),
    /** The native open dialog (imports): answers with `openAnswer` (null: the user cancelled). */
    openAnswer: null as string | null,
    showOpenDialog: vi.fn(async (...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => {
      void args;
      return dialog.openAnswer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [dialog.openAnswer] };
    }),
  };

  const shell = { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) };

  /** A toy cipher, enough to prove the keystore round-trips through safeStorage's string API. */
  const safeStorage = {
    available: true,
    backend: 'gnome_libsecret' as string,
    isEncryptionAvailable: vi.fn((): boolean => safeStorage.available),
    getSelectedStorageBackend: vi.fn((): string => safeStorage.backend),
    encryptString: vi.fn((plain: string): Buffer => Buffer.from(`enc:${[...plain].reverse().join('')}`, 'utf8')),
    decryptString: vi.fn((blob: Buffer): string => {
      const text = blob.toString('utf8');
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...text.slice(4)].reverse().join('');
    }),
  };

  const powerMonitor = Object.assign(new EventEmitter(), {
    /** Seconds since the last input anywhere on the system. */
    idleSeconds: 0,
    getSystemIdleTime: vi.fn((): number => powerMonitor.idleSeconds),
  });
  const session = { defaultSession };

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    contextBridge,
    dialog,
    ipcMain,
    ipcRenderer,
    powerMonitor,
    protocol,
    safeStorage,
    session,
    shell,
  };

  /** Back to a fresh Electron (for tests that import main.ts more than once). */
  const reset = (): void => {
    app.removeAllListeners();
    Object.assign(app, { singleInstance: true, readyPromise: null, quitCalls: 0, exited: false });
    FakeBrowserWindow.instances.length = 0;
    ipcMain.handlers.clear();
    protocol.handlers.clear();
    contextBridge.exposed.clear();
    powerMonitor.removeAllListeners();
    ipcRendererEmitter.removeAllListeners();
    Object.assign(defaultSession, { permissionRequestHandler: null, permissionCheckHandler: null, devicePermissionHandler: null });
    Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret' });
    vi.clearAllMocks();
  };

  return {
    module,
    ...module,
    reset,
    FakeWebContents,
    FakeBrowserWindow,
    defaultSession,
  };
}

export type ElectronFake = ReturnType<typeof createElectronFake>;
