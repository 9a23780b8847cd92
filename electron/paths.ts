// Where the shell finds things. app.getAppPath() is the project root in preview and the asar root when packaged,
// so these hold for both, whatever module format the main bundle is emitted in.
import { join, resolve } from 'node:path';

export const LEDGER_FILE_NAME = 'rapport.ledger';

/** `RAPPORT_LEDGER` overrides the default `<userData>/rapport.ledger`. */
export function resolveLedgerPath(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.RAPPORT_LEDGER?.trim();
  return override ? resolve(override) : join(userDataDir, LEDGER_FILE_NAME);
}

export const rendererRoot = (appPath: string): string => join(appPath, 'out', 'renderer');
export const preloadPath = (appPath: string): string => join(appPath, 'out', 'preload', 'index.cjs');
