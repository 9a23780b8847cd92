// Where the shell looks for the ledger, the renderer and the preload.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEDGER_FILE_NAME, preloadPath, rendererRoot, resolveLedgerPath } from '../../electron/paths.ts';

describe('paths', () => {
  it('the ledger lives in userData by default', () => {
    expect(resolveLedgerPath({}, '/home/u/.config/Rapport')).toBe(join('/home/u/.config/Rapport', LEDGER_FILE_NAME));
    expect(LEDGER_FILE_NAME).toBe('rapport.ledger');
  });

  it('RAPPORT_LEDGER overrides it, resolved to an absolute path; blank is ignored', () => {
    expect(resolveLedgerPath({ RAPPORT_LEDGER: '/data/team.ledger' }, '/ud')).toBe('/data/team.ledger');
    expect(resolveLedgerPath({ RAPPORT_LEDGER: 'rel/x.ledger' }, '/ud')).toBe(resolve('rel/x.ledger'));
    expect(resolveLedgerPath({ RAPPORT_LEDGER: '  ' }, '/ud')).toBe(join('/ud', LEDGER_FILE_NAME));
  });

  it('renderer and preload are inside the app', () => {
    expect(rendererRoot('/app')).toBe(join('/app', 'out', 'renderer'));
    expect(preloadPath('/app')).toBe(join('/app', 'out', 'preload', 'index.cjs'));
  });
});
