// What the service keeps per session for backups: the data key (while unlocked or damaged, so a backup can be
// verified and restored without asking for the passphrase again), whether the ledger is damaged, and the
// schedule timer. Kept beside the session rather than on it; everything is dropped, and the key zeroed, on lock.
import type { Session } from './context.ts';

interface BackupState {
  key: Buffer | null;
  damaged: boolean;
  timer: ReturnType<typeof setInterval> | null;
}

const states = new WeakMap<Session, BackupState>();

function stateOf(session: Session): BackupState {
  let state = states.get(session);
  if (!state) {
    state = { key: null, damaged: false, timer: null };
    states.set(session, state);
  }
  return state;
}

/** Keep `key` (the session owns it from now on; the previous one is zeroed). */
export function holdKey(session: Session, key: Buffer): void {
  const state = stateOf(session);
  if (state.key && state.key !== key) state.key.fill(0);
  state.key = key;
}

/** A copy of the held key (the caller zeroes it), or null. */
export function copyOfKey(session: Session): Buffer | null {
  const key = states.get(session)?.key;
  return key ? Buffer.from(key) : null;
}

export const isDamaged = (session: Session): boolean => states.get(session)?.damaged ?? false;

export function setDamaged(session: Session, damaged: boolean): void {
  stateOf(session).damaged = damaged;
}

export function setTimer(session: Session, timer: BackupState['timer']): void {
  const state = stateOf(session);
  if (state.timer) clearInterval(state.timer);
  state.timer = timer;
}

export const hasTimer = (session: Session): boolean => (states.get(session)?.timer ?? null) !== null;

/** On lock: zero the key, leave the damaged state, stop the schedule. */
export function forgetBackupState(session: Session): void {
  const state = states.get(session);
  if (!state) return;
  state.key?.fill(0);
  state.key = null;
  state.damaged = false;
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
}
