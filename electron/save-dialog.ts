// The save target for exports: the user picks the file in a native dialog. The page never names a path;
// the engine asks this function, and writes only where the user chose.
import { join } from 'node:path';
import type { App, BrowserWindow, Dialog } from 'electron';

export function createSaveTarget(dialog: Pick<Dialog, 'showSaveDialog'>, app: Pick<App, 'getPath'>, parent: () => BrowserWindow | null) {
  return async (suggestedFileName: string): Promise<string | null> => {
    const options = {
      defaultPath: join(app.getPath('documents'), suggestedFileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const window = parent();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
