// Navigation, new windows, permissions and webviews (docs/security.md 16), applied to every webContents.
import { shell } from 'electron';
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin.ts';

/**
 * Origins (https only) that a link may open in the user's browser. Empty on purpose: add an origin here only
 * with a test, e.g. a help page. Everything else is denied and opens nothing.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = Object.freeze([]);

export interface HardenOptions {
  /** For tests; the app uses EXTERNAL_ALLOW_LIST. */
  externalAllowList?: readonly string[];
}

/** An https: URL whose exact origin is on the list; no credentials, no other scheme, no look-alike host. */
export function isAllowedExternalUrl(url: unknown, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return allowList.includes(parsed.origin);
}

const hardenedSessions = new WeakSet<object>();
const hardenedContents = new WeakSet<object>();

/** Deny every permission request and check (camera, notifications, clipboard, HID, USB, serial, …). */
export function hardenSession(ses: Session): void {
  if (hardenedSessions.has(ses)) return;
  hardenedSessions.add(ses);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

type Preventable = { url: string; preventDefault(): void };

const blockForeign = (event: Preventable): void => {
  if (!isAppUrl(event.url)) event.preventDefault();
};

/** Idempotent: the window factory and the web-contents-created hook may both call it. */
export function hardenWebContents(contents: WebContents, options: HardenOptions = {}): void {
  if (hardenedContents.has(contents)) return;
  hardenedContents.add(contents);
  const allowList = options.externalAllowList ?? EXTERNAL_ALLOW_LIST;

  contents.on('will-navigate', (event) => blockForeign(event));
  contents.on('will-frame-navigate', (event) => blockForeign(event));
  contents.on('will-redirect', (event) => blockForeign(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Hand the OS the normalised URL we checked, not the raw string.
    if (isAllowedExternalUrl(url, allowList)) void shell.openExternal(new URL(url).href).catch(() => undefined);
    return { action: 'deny' };
  });
  hardenSession(contents.session);
}

/** Every webContents the app ever creates (windows, frames' hosts, devtools, anything) gets the same rules. */
export function installSecurityHooks(app: Pick<App, 'on'>, options: HardenOptions = {}): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
