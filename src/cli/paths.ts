// Where the ledger lives: --ledger, else RAPPORT_LEDGER, else the desktop app's place
// (Electron's userData folder for the app name "Rapport").
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isServerLedger } from '../store/server/url.ts';

export const LEDGER_FILE_NAME = 'rapport.ledger';

/** The folder the desktop app keeps its data in, per platform (what Electron calls appData/Rapport). */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rapport');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Rapport');
}

export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(appDataDir(env, platform), LEDGER_FILE_NAME);
}

/** A file path (made absolute) or the agency's server (a postgres:// URL, kept as given). */
export function resolveLedgerPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option || env.RAPPORT_LEDGER || defaultLedgerPath(env);
  return isServerLedger(chosen) ? chosen.trim() : resolve(chosen);
}
