// The save dialog's filter follows the suggested file's type; the dialog belongs to the window when there is one.
import { describe, expect, it, vi } from 'vitest';
import { createSaveTarget, filtersFor } from '../../electron/save-dialog.ts';

describe('filtersFor', () => {
  it.each([
    ['Beziehungsbericht_Nordlicht_2026-11-22.pdf', 'PDF', 'pdf'],
    ['rapport-ledger-2026-11-22.json', 'JSON', 'json'],
    ['rapport-events-2026-11-22.csv', 'CSV', 'csv'],
    ['rapport-reminders-2026-11-22.ICS', 'iCalendar', 'ics'],
  ])('%s → %s', (file, name, ext) => {
    expect(filtersFor(file)).toEqual([{ name, extensions: [ext] }]);
  });

  it('offers all files for an unknown type rather than a wrong filter', () => {
    expect(filtersFor('notes.txt')).toEqual([{ name: '*', extensions: ['*'] }]);
  });
});

describe('createSaveTarget', () => {
  it('suggests the name in Documents and answers the chosen path (replacing agreed in the dialog), or null when cancelled', async () => {
    let answer: string | null = '/home/me/x.csv';
    const showSaveDialog = vi.fn(async (..._args: unknown[]) => (answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer }));
    const target = createSaveTarget({ showSaveDialog } as never, { getPath: () => '/home/me/Documents' } as never, () => null);
    expect(await target('rapport-events-2026-11-22.csv')).toEqual({ path: '/home/me/x.csv', replace: true });
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({
      defaultPath: '/home/me/Documents/rapport-events-2026-11-22.csv', filters: [{ name: 'CSV', extensions: ['csv'] }],
      // The dialog itself asks before it answers an existing file: that is the consent `replace` carries.
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
    answer = null;
    expect(await target('rapport-ledger-2026-11-22.json')).toBeNull();
  });
});
