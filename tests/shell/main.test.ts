// The main process lifecycle with Electron faked and everything else real: scheme before ready, single
// instance, protocol, IPC over the real dispatcher, the window, system lock, and closing on quit.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/contract/channel-names.ts';
import { FakeEvent } from './fakes/electron.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

type Window = InstanceType<typeof fake.FakeBrowserWindow>;
type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

const PASSPHRASE = 'a long enough passphrase';
let base: string;
let userData: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rapport-main-'));
  mkdirSync(join(base, 'app', 'out', 'renderer'), { recursive: true });
  writeFileSync(join(base, 'app', 'out', 'renderer', 'index.html'), '<!doctype html><title>Rapport</title>');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
});

let run = 0;
async function boot(options: { singleInstance?: boolean } = {}): Promise<Window | null> {
  fake.reset();
  run += 1;
  userData = join(base, `userData-${run}`);
  fake.app.appPath = join(base, 'app');
  fake.app.userData = userData;
  fake.app.singleInstance = options.singleInstance ?? true;
  vi.resetModules();
  await import('../../electron/main.ts');
  if (!fake.app.singleInstance) return null;
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
  return fake.FakeBrowserWindow.instances[0] ?? null;
}

const invoke = async (window: Window, channel: string, input: unknown = {}): Promise<Reply> => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, input)) as Reply;
};

describe('report export through the shell', () => {
  it('writes the PDF only where the user chose in the save dialog; a cancelled dialog writes nothing', async () => {
    const window = await boot();
    expect((await invoke(window!, 'ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
    const client = await invoke(window!, 'clients:create', { name: 'Müller & Töchter', since: '2018-04-01' });
    const clientId = client.value!.id as number;

    fake.dialog.answer = null;
    const cancelled = await invoke(window!, 'report:exportPdf', { clientId, lang: 'de' });
    expect(cancelled.value).toMatchObject({ saved: false });
    const asked = fake.dialog.showSaveDialog.mock.calls.at(-1)!;
    expect(asked[0]).toBe(window); // the dialog belongs to the window
    expect(asked[1]).toMatchObject({ defaultPath: join('/fake/documents', cancelled.value!.fileName as string), filters: [{ name: 'PDF', extensions: ['pdf'] }] });

    const target = join(userData, 'chosen.pdf');
    fake.dialog.answer = target;
    const saved = await invoke(window!, 'report:exportPdf', { clientId, lang: 'de' });
    expect(saved.value).toMatchObject({ saved: true });
    expect(existsSync(target)).toBe(true);
    expect(statSync(target).size).toBe(saved.value!.bytes);
    // A page cannot smuggle a path in: the request schema has no such field.
    expect((await invoke(window!, 'report:exportPdf', { clientId, lang: 'de', path: '/tmp/evil.pdf' })).error?.code).toBe('INVALID');
    await invoke(window!, 'ledger:lock');
  });

  it('offers the file type of the export in the save dialog: JSON, CSV and .ics as well as PDF', async () => {
    const window = await boot();
    expect((await invoke(window!, 'ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
    const target = join(userData, 'ledger.json');
    fake.dialog.answer = target;
    const saved = await invoke(window!, 'export:json');
    expect(saved.value).toMatchObject({ saved: true });
    expect(statSync(target).size).toBe(saved.value!.bytes);
    expect(fake.dialog.showSaveDialog.mock.calls.at(-1)![1]).toMatchObject({ filters: [{ name: 'JSON', extensions: ['json'] }] });
    fake.dialog.answer = null;
    await invoke(window!, 'export:eventsCsv', { lang: 'en' });
    expect(fake.dialog.showSaveDialog.mock.calls.at(-1)![1]).toMatchObject({ filters: [{ name: 'CSV', extensions: ['csv'] }] });
    await invoke(window!, 'export:ics', { lang: 'en' });
    expect(fake.dialog.showSaveDialog.mock.calls.at(-1)![1]).toMatchObject({ filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
    await invoke(window!, 'ledger:lock');
  });
});

describe('main process', () => {
  it('before ready: privileged scheme, sandbox everywhere, hooks for every webContents', async () => {
    await boot();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const ready = fake.app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(registered).toBeLessThan(ready);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('a second instance quits at once and opens nothing', async () => {
    await boot({ singleInstance: false });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('when ready: serves the renderer over app://, registers the channels, opens one secure window on app://rapport', async () => {
    const window = await boot();
    const handler = fake.protocol.handlers.get('app');
    expect(handler).toBeTypeOf('function');
    const page = await handler?.(new Request('app://rapport/index.html'));
    expect(await page?.text()).toContain('<title>Rapport</title>');
    expect((await handler?.(new Request('app://rapport/%2e%2e/%2e%2e/x')))?.status).toBeGreaterThanOrEqual(400);

    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(window?.loadURL).toHaveBeenCalledExactlyOnceWith('app://rapport/index.html');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window?.options.webPreferences?.preload).toBe(join(base, 'app', 'out', 'preload', 'index.cjs'));
    expect(fake.defaultSession.permissionCheckHandler?.({}, 'media', 'app://rapport')).toBe(false);
    const nav = new FakeEvent('https://evil.example/');
    window?.webContents.emit('will-navigate', nav, nav.url);
    expect(nav.defaultPrevented).toBe(true);
  });

  it('the ledger is <userData>/rapport.ledger by default', async () => {
    const window = (await boot()) as Window;
    expect(await invoke(window, 'ledger:create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(existsSync(join(userData, 'rapport.ledger'))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(userData).mode & 0o777).toBe(0o700);
  });

  it('RAPPORT_LEDGER overrides the ledger path', async () => {
    const custom = join(base, 'elsewhere', 'team.ledger');
    mkdirSync(join(base, 'elsewhere'), { recursive: true });
    vi.stubEnv('RAPPORT_LEDGER', custom);
    const window = (await boot()) as Window;
    expect(await invoke(window, 'ledger:status')).toMatchObject({ ok: true, value: { state: 'absent', fileName: 'team.ledger' } });
    expect(await invoke(window, 'ledger:create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(existsSync(custom)).toBe(true);
    expect(existsSync(join(userData, 'rapport.ledger'))).toBe(false);
  });

  it.each(['lock-screen', 'suspend'] as const)('%s locks the ledger and pushes ledger:locked', async (reason) => {
    const window = (await boot()) as Window;
    await invoke(window, 'ledger:create', { passphrase: PASSPHRASE });
    expect(await invoke(window, 'ledger:status')).toMatchObject({ value: { state: 'unlocked' } });
    fake.powerMonitor.emit(reason);
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['ledger:locked', { reason }]]));
    expect(await invoke(window, 'ledger:status')).toMatchObject({ value: { state: 'locked' } });
    expect(await invoke(window, 'clients:list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('quitting waits for the dispatcher to close (the ledger is locked), then quits for real', async () => {
    const window = (await boot()) as Window;
    await invoke(window, 'ledger:create', { passphrase: PASSPHRASE });
    fake.app.quit();
    expect(fake.app.exited).toBe(false);
    await vi.waitFor(() => expect(fake.app.exited).toBe(true));
    expect(fake.app.quitCalls).toBe(2);
    expect(await invoke(window, 'ledger:status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('a second launch focuses the existing window', async () => {
    const window = (await boot()) as Window;
    window.minimized = true;
    fake.app.emit('second-instance', new FakeEvent(), [], '/');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(1);
  });

  it('closing all windows quits on Linux and Windows, locks on macOS; activate reopens', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      let window = (await boot()) as Window;
      Object.defineProperty(process, 'platform', { value: 'linux' });
      fake.app.emit('window-all-closed');
      expect(fake.app.quit).toHaveBeenCalled();
      await vi.waitFor(() => expect(fake.app.exited).toBe(true));

      window = (await boot()) as Window;
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      await invoke(window, 'ledger:create', { passphrase: PASSPHRASE });
      window.destroyed = true;
      fake.app.emit('window-all-closed');
      expect(fake.app.quit).not.toHaveBeenCalled();
      await vi.waitFor(async () => expect(await invoke(window, 'ledger:status')).toMatchObject({ value: { state: 'locked' } }));
      fake.app.emit('activate');
      expect(fake.FakeBrowserWindow.getAllWindows()).toHaveLength(1);
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });
});
