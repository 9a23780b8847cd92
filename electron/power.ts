// Lock the ledger when the screen locks, the machine suspends, or the user has been idle for the time set
// in settings (docs/security.md 13).
import type { PowerMonitor } from 'electron';
import type { Dispatch } from '../src/services/dispatcher.ts';

export type LockReason = 'lock-screen' | 'suspend' | 'idle';

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

/** How often the idle clock is read. Short against the shortest auto-lock (1 minute). */
export const IDLE_CHECK_MS = 15_000;

/**
 * Idle auto-lock. The system's own idle clock (seconds since the last input anywhere) is read on a timer
 * and again on resume; it keeps counting across sleep, so time away always counts, whatever our timers
 * missed. The limit comes from the ledger's settings while it is unlocked (a locked ledger has nothing to lock).
 */
/** The part of Electron's powerMonitor the idle lock uses. */
export interface IdleClock {
  on(event: 'resume', listener: () => void): unknown;
  getSystemIdleTime(): number;
}

export function wireIdleLock(
  powerMonitor: IdleClock,
  wiring: LockWiring,
  timers: { setInterval: typeof setInterval; clearInterval: typeof clearInterval } = globalThis,
): () => void {
  let checking = false;
  const check = async (): Promise<void> => {
    if (checking) return;
    checking = true;
    try {
      const settings = await wiring.dispatch('settings:get', {});
      if (!settings.ok) return; // locked (or absent): nothing to do
      const minutes = (settings.value as { autoLockMinutes: number }).autoLockMinutes;
      if (powerMonitor.getSystemIdleTime() >= minutes * 60) await lockNow(wiring, 'idle');
    } finally {
      checking = false;
    }
  };
  const handle = timers.setInterval(() => void check(), IDLE_CHECK_MS);
  // The check alone must never keep the process alive.
  (handle as { unref?: () => void }).unref?.();
  powerMonitor.on('resume', () => void check());
  return () => timers.clearInterval(handle);
}
