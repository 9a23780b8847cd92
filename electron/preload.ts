// The sandboxed preload (docs/security.md 18): imports only 'electron' and the dependency-free channel list, and
// exposes one frozen object, window.rapport. The page never sees ipcRenderer or an IpcRendererEvent.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, PUSH_EVENTS } from '../src/contract/channel-names.ts';

const channels: ReadonlySet<string> = new Set(CHANNELS);
const pushEvents: ReadonlySet<string> = new Set(PUSH_EVENTS);

function call(channel: string, input?: unknown): Promise<unknown> {
  if (typeof channel !== 'string' || !channels.has(channel)) {
    return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel.' } });
  }
  return ipcRenderer.invoke(channel, input);
}

function on(event: string, callback: (payload: unknown) => void): () => void {
  if (typeof event !== 'string' || !pushEvents.has(event)) throw new TypeError('Unknown event.');
  if (typeof callback !== 'function') throw new TypeError('The callback must be a function.');
  const listener = (_event: IpcRendererEvent, payload: unknown): void => callback(payload);
  ipcRenderer.on(event, listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(event, listener);
  };
}

contextBridge.exposeInMainWorld('rapport', Object.freeze({ call, on }));
