// The save target for exports: the user picks the file in a native dialog. The page never names a path;
// the engine asks this function, and writes only where the user chose. The dialog's filter follows the
// suggested file's type, so a JSON export is not offered as a PDF.
import { extname, join } from 'node:path';
import type { App, BrowserWindow, Dialog, FileFilter } from 'electron';

const FILTERS: Record<string, FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
};

/** The filter for a suggested file name (an unknown type gets "all files" rather than a wrong one). */
export function filtersFor(suggestedFileName: string): FileFilter[] {
  const filter = FILTERS[extname(suggestedFileName).slice(1).toLowerCase()];
  return filter ? [filter] : [{ name: '*', extensions: ['*'] }];
}

export function createSaveTarget(dialog: Pick<Dialog, 'showSaveDialog'>, app: Pick<App, 'getPath'>, parent: () => BrowserWindow | null) {
  // The native dialog asks before it returns an existing file (macOS and Windows always, Linux with
  // showOverwriteConfirmation), so a chosen path carries the user's consent to replace it.
  return async (suggestedFileName: string): Promise<{ path: string; replace: boolean } | null> => {
    const options = {
      defaultPath: join(app.getPath('documents'), suggestedFileName),
      filters: filtersFor(suggestedFileName),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const window = parent();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : { path: result.filePath, replace: true };
  };
}
