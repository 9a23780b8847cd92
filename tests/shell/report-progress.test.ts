// report:progress through the shell: the real dispatcher emits the stages of an export, the main process
// forwards them to our window over IPC (like ledger:locked), and never to a window showing another page.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPORT_STAGES } from '../../src/contract/report.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
type Window = InstanceType<typeof fake.FakeBrowserWindow>;

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rapport-progress-'));
  mkdirSync(join(base, 'app', 'out', 'renderer'), { recursive: true });
  writeFileSync(join(base, 'app', 'out', 'renderer', 'index.html'), '<!doctype html><title>Rapport</title>');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const invoke = async (window: Window, channel: string, input: unknown = {}): Promise<Reply> => {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, input)) as Reply;
};

const progressOf = (window: Window) =>
  window.webContents.sent.filter(([event]) => event === 'report:progress').map(([, payload]) => payload as { stage: string; fraction: number });

describe('report:progress reaches the window', () => {
  it('every stage of a saved export, in order, with a rising fraction; a cancelled one skips writing', async () => {
    fake.reset();
    fake.app.appPath = join(base, 'app');
    fake.app.userData = join(base, 'userData');
    vi.resetModules();
    await import('../../electron/main.ts');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = fake.FakeBrowserWindow.instances[0] as Window;
    // A second window that navigated away from our page must hear nothing.
    const stranger = new fake.FakeBrowserWindow({});
    stranger.webContents.mainFrame.url = 'https://example.com/';

    expect((await invoke(window, 'ledger:create', { passphrase: 'a long enough passphrase' })).ok).toBe(true);
    const client = await invoke(window, 'clients:create', { name: 'Fortschritt GmbH', since: '2020-02-01' });
    const clientId = client.value!.id as number;

    const target = join(base, 'userData', 'report.pdf');
    fake.dialog.answer = target;
    window.webContents.sent.length = 0;
    expect((await invoke(window, 'report:exportPdf', { clientId, lang: 'en' })).value).toMatchObject({ saved: true });
    expect(existsSync(target)).toBe(true);
    const saved = progressOf(window);
    expect(saved.map((p) => p.stage)).toEqual([...REPORT_STAGES]);
    const fractions = saved.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(stranger.webContents.sent).toEqual([]);

    fake.dialog.answer = null;
    window.webContents.sent.length = 0;
    expect((await invoke(window, 'report:exportPdf', { clientId, lang: 'en' })).value).toMatchObject({ saved: false });
    expect(progressOf(window).map((p) => p.stage)).toEqual(['gathering', 'layout', 'choosing', 'done']);

    // A preview is quick and pushes nothing.
    window.webContents.sent.length = 0;
    expect((await invoke(window, 'report:preview', { clientId, lang: 'en' })).ok).toBe(true);
    expect(window.webContents.sent).toEqual([]);
    await invoke(window, 'ledger:lock');
  });
});
