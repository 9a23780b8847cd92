// Lock the ledger when the screen locks or the machine suspends (SECURITY item 13; idle auto-lock comes later).
import type { PowerMonitor } from 'electron';
import type { Dispatch } from '../src/services/dispatcher.ts';

export type LockReason = 'lock-screen' | 'suspend';

export interface LockWiring {
  dispatch: Dispatch;
  /** Tell the renderer(s): `ledger:locked` with `{ reason }`. */
  notify: (reason: LockReason) => void;
}

export async function lockNow(wiring: LockWiring, reason: LockReason): Promise<boolean> {
  try {
    const result = await wiring.dispatch('ledger:lock', {});
    if (!result.ok) return false;
    wiring.notify(reason);
    return true;
  } catch {
    return false;
  }
}

export function wireSystemLock(powerMonitor: Pick<PowerMonitor, 'on'>, wiring: LockWiring): void {
  powerMonitor.on('lock-screen', () => void lockNow(wiring, 'lock-screen'));
  powerMonitor.on('suspend', () => void lockNow(wiring, 'suspend'));
}
