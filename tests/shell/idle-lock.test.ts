// docs/security.md 13 (idle part): the ledger locks after the idle time set in settings, read from the system's
// idle clock on a timer and on resume; a locked ledger is left alone. Real dispatcher, real ledger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_CHECK_MS, wireIdleLock, type LockReason } from '../../electron/power.ts';
import { createDispatcher } from '../../src/services/dispatcher.ts';

const PASSPHRASE = 'a long enough passphrase';
const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(autoLockMinutes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-idle-'));
  dirs.push(dir);
  const dispatcher = createDispatcher({ ledgerPath: join(dir, 'idle.ledger') });
  expect((await dispatcher.call('ledger:create', { passphrase: PASSPHRASE })).ok).toBe(true);
  expect((await dispatcher.call('settings:update', { autoLockMinutes })).ok).toBe(true);
  const power = Object.assign(new EventEmitter(), { idle: 0, getSystemIdleTime: () => power.idle });
  const notified: LockReason[] = [];
  vi.useFakeTimers();
  const stop = wireIdleLock(power, { dispatch: dispatcher.dispatch, notify: (r) => void notified.push(r) });
  const state = async () => {
    const s = await dispatcher.call('ledger:status', {});
    return s.ok ? s.value.state : 'error';
  };
  return { dispatcher, power, notified, stop, state };
}

describe('idle auto-lock', () => {
  it('locks once the system has been idle for the configured minutes, and tells the window why', async () => {
    const t = await setup(5);
    t.power.idle = 4 * 60 + 59;
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_MS);
    expect(await t.state()).toBe('unlocked');
    t.power.idle = 5 * 60;
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_MS);
    expect(await t.state()).toBe('locked');
    expect(t.notified).toEqual(['idle']);
    // Locked stays locked and quiet: no repeated notices.
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_MS * 4);
    expect(t.notified).toEqual(['idle']);
    const r = await t.dispatcher.call('clients:list', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('LOCKED');
    t.stop();
  });

  it('counts time spent asleep: on resume it checks at once', async () => {
    const t = await setup(10);
    t.power.idle = 3 * 60 * 60; // the lid was closed for three hours; no timer fired meanwhile
    t.power.emit('resume');
    await vi.waitFor(async () => expect(await t.state()).toBe('locked'));
    expect(t.notified).toEqual(['idle']);
    t.stop();
  });

  it('takes the limit from the ledger settings, as changed', async () => {
    const t = await setup(30);
    t.power.idle = 10 * 60;
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_MS);
    expect(await t.state()).toBe('unlocked');
    expect((await t.dispatcher.call('settings:update', { autoLockMinutes: 5 })).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(IDLE_CHECK_MS);
    expect(await t.state()).toBe('locked');
    t.stop();
  });
});
