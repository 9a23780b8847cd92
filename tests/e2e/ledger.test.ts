// The ledger's three states in the real renderer over a real encrypted ledger: create, unlock, lock.
import { existsSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { must, PASSPHRASE, snapshot, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'";

describe('ledger screens', () => {
  const ledger = tempLedger();
  let app: Rapport | undefined;

  afterEach(async () => {
    const errors = app?.errors ?? [];
    const dialogs = app?.dialogs ?? [];
    await app?.close();
    app = undefined;
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
  afterAll(() => ledger.cleanup());

  it('creates a ledger through the create screen', async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page } = app;

    // The strict CSP is part of the page.
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp?.replace(/\s+/g, ' ').trim()).toBe(CSP);

    const passphrase = page.getByTestId('create-passphrase');
    await passphrase.waitFor();
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('create-passphrase');
    // No keystore in the harness: "remember on this device" is not offered.
    expect(await page.getByText('Remember on this device').count()).toBe(0);

    await passphrase.fill('short');
    await page.getByRole('button', { name: 'Create ledger' }).click();
    await page.getByText('Use at least 8 characters.').waitFor();
    expect(existsSync(ledger.ledgerPath)).toBe(false);

    await passphrase.fill(PASSPHRASE);
    expect(Number(await page.getByTestId('passphrase-strength').getAttribute('data-level'))).toBeGreaterThanOrEqual(3);
    await page.getByTestId('create-confirm').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Create ledger' }).click();
    await page.getByText('The two passphrases differ.').waitFor();
    expect(existsSync(ledger.ledgerPath)).toBe(false);

    await page.getByTestId('create-confirm').fill(PASSPHRASE);
    await page.getByTestId('create-confirm').press('Enter');
    await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
    expect(existsSync(ledger.ledgerPath)).toBe(true);
    // A new ledger is empty: the portfolio offers to create the first client.
    await page.getByTestId('portfolio-empty').waitFor();
    await page.getByRole('button', { name: 'Create a client' }).click();
    await page.getByTestId('client-form').waitFor();
  });

  it('refuses a wrong passphrase without touching the file, then unlocks and locks', async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de' });
    const { page } = app;
    const field = page.getByTestId('unlock-passphrase');
    await field.waitFor();
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('unlock-passphrase');

    const before = snapshot(ledger.dir);
    await field.fill('not my passphrase');
    await field.press('Enter');
    await page.getByText('Falsche Passphrase oder beschädigte Datei').waitFor({ timeout: 30_000 });
    expect(snapshot(ledger.dir)).toEqual(before);
    expect(await page.getByTestId('lock-button').count()).toBe(0);

    // Enter submits; progress shows while the key is derived. (The harness runs the KDF in this very
    // process, so the page notes the indicator itself instead of being polled during it.)
    await page.evaluate(`(() => {
      window.sawWorking = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="working"]')) window.sawWorking = true;
      }).observe(document.body, { childList: true, subtree: true });
    })()`);
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
    expect(await page.evaluate('window.sawWorking')).toBe(true);

    // The Lock button returns to the unlock screen.
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect((await app.dispatcher.dispatch('clients:list', {})).ok).toBe(false);

    // And so does the shortcut, mod+L.
    await app.unlock();
    await page.keyboard.press('Control+L');
    await page.getByTestId('unlock-passphrase').waitFor();
    const status = await app.dispatcher.dispatch('ledger:status', {});
    expect(status.ok && (status.value as { state: string }).state).toBe('locked');
  });

  it("returns to the unlock screen on 'ledger:locked' and drops what it showed", async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page, dispatcher } = app;
    await app.unlock();
    await must(dispatcher, 'clients:create', { name: 'Vanishing Client KG', since: '2020-01-01' });
    await page.getByTestId('nav-clients').click();
    await page.getByText('Vanishing Client KG').waitFor();

    // As the main process does after screen lock or suspend: lock, then push the event.
    await must(dispatcher, 'ledger:lock', {});
    await app.emit('ledger:locked', { reason: 'suspend' });
    await page.getByTestId('unlock-passphrase').waitFor();
    await page.getByTestId('lock-reason').waitFor();
    expect(await page.getByText('Vanishing Client KG').count()).toBe(0);
    expect(await page.content()).not.toContain('Vanishing Client KG');

    // After unlocking, the data comes back from the ledger, not from a stale cache.
    await app.unlock();
    await page.getByText('Vanishing Client KG').waitFor();
  });

  it('returns to the unlock screen when a call answers LOCKED', async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page, dispatcher } = app;
    await app.unlock();
    await must(dispatcher, 'clients:create', { name: 'Locked Out GmbH', since: '2021-05-05' });
    await page.reload();
    await page.getByRole('button', { name: 'Locked Out GmbH' }).waitFor();
    // Locked behind the page's back (no push event): the next call answers LOCKED.
    await must(dispatcher, 'ledger:lock', {});
    await page.getByRole('button', { name: 'Locked Out GmbH' }).click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect(await page.content()).not.toContain('Locked Out GmbH');
  });

  it('injects a bridge with the preload surface: one frozen object, call and on', async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const surface = await app.page.evaluate(`({
      frozen: Object.isFrozen(window.rapport),
      keys: Object.keys(window.rapport).sort(),
      types: Object.values(window.rapport).map((v) => typeof v),
    })`);
    expect(surface).toEqual({ frozen: true, keys: ['call', 'on'], types: ['function', 'function'] });
    const unknown = await app.page.evaluate(`window.rapport.call('fs:read', {})`);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});
