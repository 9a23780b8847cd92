// The import's file comes from the native open dialog in the main process: the page asks import:open and
// learns the base name and a token, never a path; a cancelled dialog reads nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOpenSource } from '../../electron/open-dialog.ts';

const fake = await vi.hoisted(async () => (await import('./fakes/electron.ts')).createElectronFake());
vi.mock('electron', () => fake.module);

type Window = InstanceType<typeof fake.FakeBrowserWindow>;
type Reply = { ok: boolean; value?: Record<string, unknown> | null; error?: { code: string } };

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'rapport-open-'));
  mkdirSync(join(base, 'app', 'out', 'renderer'), { recursive: true });
  writeFileSync(join(base, 'app', 'out', 'renderer', 'index.html'), '<!doctype html><title>Rapport</title>');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('createOpenSource', () => {
  it('offers all formats together and one by one, starts in Documents, and answers the path or null', async () => {
    let answer: string | null = '/home/me/contacts.vcf';
    const showOpenDialog = vi.fn(async (..._args: unknown[]) => (answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] }));
    const open = createOpenSource({ showOpenDialog } as never, { getPath: () => '/home/me/Documents' } as never, () => null);
    const filters = [{ name: 'CSV', extensions: ['csv'] }, { name: 'vCard', extensions: ['vcf'] }];
    expect(await open(filters)).toBe('/home/me/contacts.vcf');
    expect(showOpenDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: '/home/me/Documents',
      filters: [{ name: 'CSV, vCard', extensions: ['csv', 'vcf'] }, ...filters],
      properties: ['openFile'],
    });
    answer = null;
    expect(await open([filters[0]!])).toBeNull();
    expect(showOpenDialog.mock.calls[1]![0]).toMatchObject({ filters: [filters[0]] });
  });
});

describe('import through the shell', () => {
  it('asks the open dialog of the window, reads the chosen file, and tells the page only its base name', async () => {
    fake.reset();
    const userData = join(base, 'userData');
    fake.app.appPath = join(base, 'app');
    fake.app.userData = userData;
    fake.app.singleInstance = true;
    vi.resetModules();
    await import('../../electron/main.ts');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
    const window = fake.FakeBrowserWindow.instances[0] as Window;
    const invoke = async (channel: string, input: unknown = {}): Promise<Reply> => {
      const handler = fake.ipcMain.handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return (await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, input)) as Reply;
    };
    expect((await invoke('ledger:create', { passphrase: 'a long enough passphrase' })).ok).toBe(true);

    fake.dialog.openAnswer = null;
    expect(await invoke('import:open', { kind: 'csv' })).toEqual({ ok: true, value: null });
    const asked = fake.dialog.showOpenDialog.mock.calls.at(-1)!;
    expect(asked[0]).toBe(window);
    expect(asked[1]).toMatchObject({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] });

    const file = join(base, 'clients.csv');
    writeFileSync(file, 'Name\nNordlicht\n');
    fake.dialog.openAnswer = file;
    const opened = await invoke('import:open', {});
    expect(opened.ok).toBe(true);
    expect(opened.value).toMatchObject({ fileName: 'clients.csv', format: 'csv', target: 'client', rowCount: 1 });
    expect(JSON.stringify(opened.value)).not.toContain(base);
    // A path from the page is refused: the input schema has no place for one.
    expect((await invoke('import:open', { path: file })).error?.code).toBe('INVALID');
    const committed = await invoke('import:commit', { token: opened.value!.token });
    expect(committed.value).toMatchObject({ imported: true, counts: { create: 1 } });
    await invoke('ledger:lock');
  });
});
