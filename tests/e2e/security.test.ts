// Settings → Security in the real renderer over a real encrypted ledger: change the passphrase, remember
// on this device, lock now; and docs/security.md 13's renderer half: once locked, no ledger data is left in the
// page's memory (checked in a V8 heap snapshot, with a positive control before the lock), and after unlock
// the data comes from the ledger, never from a stale cache.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createDispatcher } from '../../src/services/dispatcher.ts';
import { fakeKeystore } from '../store/helpers.ts';
import { must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

const NEW_PASSPHRASE = 'quiet harbour lamp 77';
const ledgers: (() => void)[] = [];
let app: Rapport | undefined;

afterEach(async () => {
  const errors = app?.errors ?? [];
  await app?.close();
  app = undefined;
  for (const c of ledgers.splice(0)) c();
  expect(errors).toEqual([]);
});

async function seeded(seed?: Parameters<typeof seedLedger>[2]) {
  const ledger = tempLedger();
  ledgers.push(ledger.cleanup);
  await seedLedger(ledger.ledgerPath, PASSPHRASE, seed);
  return ledger;
}

async function openSettings(page: Page) {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('security-section').waitFor();
}

/** Which of `needles` occur anywhere in the page's JavaScript heap, after a full garbage collection. */
async function inHeap(page: Page, needles: string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    const heap = chunks.join('');
    return needles.filter((n) => heap.includes(n));
  } finally {
    await cdp.detach();
  }
}

describe('Settings → Security', () => {
  it('changes the passphrase with clear errors, clears the fields, and only the new one unlocks afterwards', async () => {
    const ledger = await seeded();
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page, dispatcher } = app;
    await app.unlock();
    await openSettings(page);
    const current = page.getByTestId('security-current');
    const next = page.getByTestId('security-next');
    const repeat = page.getByTestId('security-repeat');
    const submit = page.getByTestId('security-change');

    await submit.click();
    await page.getByText('Please enter your current passphrase.').waitFor();
    await current.fill(PASSPHRASE);
    await next.fill('short');
    await submit.click();
    await page.getByText('Use at least 8 characters.').waitFor();
    await next.fill(NEW_PASSPHRASE);
    expect(Number(await page.getByTestId('security-section').getByTestId('passphrase-strength').getAttribute('data-level'))).toBeGreaterThanOrEqual(3);
    await repeat.fill(`${NEW_PASSPHRASE}?`);
    await submit.click();
    await page.getByText('The two passphrases differ.').waitFor();

    // A wrong current passphrase: said so at that field, which is emptied; nothing changes.
    await current.fill('not my passphrase');
    await repeat.fill(NEW_PASSPHRASE);
    await submit.click();
    await page.getByText('That is not the current passphrase. Nothing was changed.').waitFor({ timeout: 30_000 });
    expect(await current.inputValue()).toBe('');

    await current.fill(PASSPHRASE);
    await submit.click();
    await page.getByText('Passphrase changed. From now on, only the new one opens the ledger.').waitFor({ timeout: 30_000 });
    expect([await current.inputValue(), await next.inputValue(), await repeat.inputValue()]).toEqual(['', '', '']);
    expect(await page.content()).not.toContain(NEW_PASSPHRASE);

    // Lock now (the button in the section), then only the new passphrase opens the ledger.
    await page.getByTestId('security-lock-now').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect((await dispatcher.dispatch('clients:list', {})).ok).toBe(false);
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-passphrase').press('Enter');
    await page.getByText('Wrong passphrase or damaged file').waitFor({ timeout: 30_000 });
    await app.unlock(NEW_PASSPHRASE);
  });

  it('turns "remember on this device" on (with the passphrase) and off; the unlock screen follows', async () => {
    const ledger = await seeded();
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', keystore: fakeKeystore() });
    const { page } = app;
    await app.unlock();
    await openSettings(page);
    const toggle = page.getByTestId('security-remember');
    expect(await toggle.getAttribute('data-remembered')).toBe('false');
    expect(await page.getByTestId('security-remember-unavailable').count()).toBe(0);

    await toggle.click({ force: true });
    const passphrase = page.getByTestId('security-remember-passphrase');
    await passphrase.fill('falsch und falsch');
    await page.getByTestId('security-remember-submit').click();
    await page.getByText('Falsche Passphrase oder beschädigte Datei').waitFor({ timeout: 30_000 });
    await passphrase.fill(PASSPHRASE);
    await page.getByTestId('security-remember-submit').click();
    await page.getByText('Dieses Gerät entsperrt Rapport jetzt ohne Passphrase.').waitFor({ timeout: 30_000 });
    expect(await toggle.getAttribute('data-remembered')).toBe('true');
    expect((await must(app.dispatcher, 'ledger:status', {})).remembered).toBe(true);

    // Locked with the shortcut: the unlock screen now offers the device.
    await page.keyboard.press('Control+L');
    await page.getByTestId('unlock-passphrase').waitFor();
    await page.getByRole('button', { name: /diesem Gerät/ }).first().waitFor();
    await app.unlock();
    await openSettings(page);
    await page.getByTestId('security-remember').click({ force: true });
    await page.getByText('Dieses Gerät bewahrt den Schlüssel nicht mehr auf.').waitFor({ timeout: 30_000 });
    expect((await must(app.dispatcher, 'ledger:status', {})).remembered).toBe(false);
  });

  it('without a trustworthy keychain the switch is disabled and says why', async () => {
    const ledger = await seeded();
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', keystore: fakeKeystore('basic_text') });
    const { page } = app;
    await app.unlock();
    await openSettings(page);
    expect(await page.getByTestId('security-remember').isDisabled()).toBe(true);
    await page.getByTestId('security-remember-unavailable').getByText(/no keychain Rapport can trust/).waitFor();
    // The Lock now button shows its shortcut.
    expect(await page.getByTestId('security-lock-now').innerText()).toMatch(/Ctrl\s*L/);
  });
});

describe('docs/security.md 13 (and 14): renderer caches cleared on lock', () => {
  it('leaves no ledger data in the page heap while locked, and refetches from the ledger after unlock', async () => {
    const marker = `Heapcheck ${randomBytes(6).toString('hex')}`;
    const ledger = await seeded(async (d) => {
      await must(d, 'clients:create', { name: `${marker} GmbH`, since: '2020-02-02', notes: `${marker} notes` });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page } = app;
    const calls: string[] = [];
    const dispatch = app.dispatcher.dispatch;
    app.dispatcher.dispatch = (channel, input) => {
      calls.push(channel);
      return dispatch(channel, input);
    };
    await app.unlock();
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-row').first().waitFor();
    // Positive control: while unlocked the client's name is in the heap, so the check below can fail.
    expect(await inHeap(page, [marker])).toEqual([marker]);

    await page.keyboard.press('Control+L');
    await page.getByTestId('unlock-passphrase').waitFor();
    // Neither the ledger's data (removed queries used to live on in their 5-minute gc timers) nor the
    // passphrase typed to unlock (kept the same way in the finished unlock mutation) is left in memory.
    expect(await inHeap(page, [marker, PASSPHRASE])).toEqual([]);

    // While locked, the ledger changes behind the app's back (another session renames the client).
    const other = createDispatcher({ ledgerPath: ledger.ledgerPath });
    try {
      await must(other, 'ledger:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
      const [client] = await must(other, 'clients:list', {});
      await must(other, 'clients:update', { id: client?.id ?? 0, patch: { name: 'Renamed While Locked AG' } });
    } finally {
      await other.close();
    }
    // The page records whether the old name ever shows again (it may be in the heap from now on).
    await page.evaluate(`(() => {
      window.sawOld = false;
      new MutationObserver(() => {
        if (document.body.textContent.includes(${JSON.stringify(marker)})) window.sawOld = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    })()`);
    calls.length = 0;
    await app.unlock();
    await page.getByTestId('nav-clients').click();
    await page.getByText('Renamed While Locked AG').waitFor();
    expect(calls).toContain('clients:list');
    expect(await page.evaluate('window.sawOld')).toBe(false);
  });
});
