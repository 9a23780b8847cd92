// docs/security.md 15: every window's webPreferences, whatever the caller asks for.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

const { createAppWindow, createDocumentWindow, createMainWindow, SECURE_WEB_PREFERENCES } = await import('../../electron/window.ts');

const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
} as const;

const expectSecure = (prefs: Record<string, unknown> | undefined) => {
  expect(prefs).toBeDefined();
  expect(prefs).toMatchObject(REQUIRED);
  expect(prefs?.preload).toBe(join(fake.app.appPath, 'out', 'preload', 'index.cjs'));
  // Nothing that loosens the sandbox may appear at all.
  for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'devTools', 'plugins']) {
    expect(prefs).not.toHaveProperty(key);
  }
};

describe('window factory', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.instances.length = 0;
  });

  it('the required preferences are frozen', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    expect(SECURE_WEB_PREFERENCES).toMatchObject(REQUIRED);
  });

  it('the main window is secure, hidden until ready, and hardened', () => {
    const window = createMainWindow() as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expectSecure(window.options.webPreferences);
    expect(window.options.show).toBe(false);
    expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(window.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('PDF/print windows come from the same factory with the same preferences', () => {
    const parent = createMainWindow();
    const doc = createDocumentWindow(parent) as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expectSecure(doc.options.webPreferences);
    expect(doc.options.show).toBe(false);
    expect(doc.options.parent).toBe(parent);
  });

  it('a caller cannot smuggle in weaker webPreferences', () => {
    const window = createAppWindow({
      title: 'x',
      webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, preload: '/tmp/evil.js', webviewTag: true },
    } as never) as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expectSecure(window.options.webPreferences);
    expect(window.options.title).toBe('x');
  });

  it('each window gets its own copy of the preferences', () => {
    const a = createAppWindow() as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    const b = createAppWindow() as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expect(a.options.webPreferences).not.toBe(b.options.webPreferences);
  });

  it('every window created in these tests passed the check', () => {
    createMainWindow();
    createDocumentWindow();
    createAppWindow({ width: 10 });
    expect(fake.FakeBrowserWindow.instances.length).toBe(3);
    for (const window of fake.FakeBrowserWindow.instances) expectSecure(window.options.webPreferences);
  });
});
