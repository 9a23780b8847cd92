// The source of an import: the user picks the file in a native open dialog. The page never names a path;
// the engine asks this function (with filters for the formats it reads) and reads only what the user chose.
import type { App, BrowserWindow, Dialog, FileFilter } from 'electron';

export function createOpenSource(dialog: Pick<Dialog, 'showOpenDialog'>, app: Pick<App, 'getPath'>, parent: () => BrowserWindow | null) {
  return async (filters: FileFilter[]): Promise<string | null> => {
    const options = {
      defaultPath: app.getPath('documents'),
      // Every format the engine reads first, then one filter per format, so the user can narrow it.
      filters: filters.length > 1 ? [{ name: filters.map((f) => f.name).join(', '), extensions: filters.flatMap((f) => f.extensions) }, ...filters] : filters,
      properties: ['openFile'] as 'openFile'[],
    };
    const window = parent();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
