// IPC wiring (docs/security.md 14, 17): one handler per contract channel, each checking its sender before the
// dispatcher sees anything. Replies are Result values only.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, PUSH_EVENTS, type Channel, type PushEvent } from '../src/contract/channel-names.ts';
import { DEFAULT_MESSAGES, type Result } from '../src/contract/errors.ts';
import type { Dispatch } from '../src/services/dispatcher.ts';
import { isAppUrl } from './origin.ts';

export type Reply = Result<unknown>;

const refuse = (message: string): Reply => ({ ok: false, error: { code: 'INVALID', message } });
export const REFUSED_SENDER_MESSAGE = 'Refused: the request did not come from the Rapport window.';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: Pick<WebContents, 'mainFrame'> };

type FrameLike = { readonly frameTreeNodeId?: number };
/** Electron hands out one wrapper per frame, so identity is the check; the frame-tree id covers a re-wrapped frame. */
const sameFrame = (a: FrameLike, b: FrameLike): boolean =>
  a === b || (typeof a.frameTreeNodeId === 'number' && a.frameTreeNodeId === b.frameTreeNodeId);

/** A non-null, attached main frame whose URL is on app://rapport. */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.detached) return false;
    if (frame.parent !== null) return false;
    const main = event.sender.mainFrame;
    if (!main || !sameFrame(frame, main)) return false;
    return isAppUrl(frame.url);
  } catch {
    // A destroyed frame throws on access: not trusted.
    return false;
  }
}

/** Only `{ok,value}` or `{ok,error:{code,message}}` leaves the main process; never stack traces or extra fields. */
export function toReply(result: Reply): Reply {
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, error: { code: result.error.code, message: String(result.error.message) } };
}

export function createChannelHandler(channel: Channel, dispatch: Dispatch) {
  return async (event: IpcMainInvokeEvent, input?: unknown): Promise<Reply> => {
    if (!isTrustedSender(event)) return refuse(REFUSED_SENDER_MESSAGE);
    try {
      return toReply(await dispatch(channel, input));
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: DEFAULT_MESSAGES.INTERNAL } };
    }
  };
}

/** Registers exactly the contract's channels; returns them (for the test comparing main and preload). */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch): readonly Channel[] {
  for (const channel of CHANNELS) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, createChannelHandler(channel, dispatch));
  }
  return CHANNELS;
}

const isPushEvent = (value: unknown): value is PushEvent =>
  typeof value === 'string' && (PUSH_EVENTS as readonly string[]).includes(value);

/** Sends a push event to a window that still shows our page; returns whether it was sent. */
export function pushToWindow(window: BrowserWindow, event: PushEvent, payload: unknown): boolean {
  if (!isPushEvent(event)) return false;
  if (window.isDestroyed() || window.webContents.isDestroyed()) return false;
  if (!isAppUrl(window.webContents.getURL())) return false;
  window.webContents.send(event, payload);
  return true;
}

export function pushToAll(windows: readonly BrowserWindow[], event: PushEvent, payload: unknown): number {
  return windows.filter((w) => pushToWindow(w, event, payload)).length;
}
