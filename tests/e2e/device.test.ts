// "Remember on this device": offered only when the keystore can hold the key, and unlocking with it.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fakeKeystore } from '../store/helpers.ts';
import { PASSPHRASE, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

describe('remember on this device', () => {
  const ledger = tempLedger();
  const keystore = fakeKeystore();
  let app: Rapport | undefined;

  afterEach(async () => {
    const errors = app?.errors ?? [];
    await app?.close();
    app = undefined;
    expect(errors).toEqual([]);
  });
  afterAll(() => ledger.cleanup());

  it('offers to remember the key when the keystore allows it, then unlocks with the device', async () => {
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', keystore });
    const { page } = app;
    await page.getByTestId('create-passphrase').fill(PASSPHRASE);
    await page.getByTestId('create-confirm').fill(PASSPHRASE);
    await page.getByLabel('Remember on this device').check();
    await page.getByRole('button', { name: 'Create ledger' }).click();
    await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });

    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    // Already remembered: no checkbox, but the device button.
    expect(await page.getByLabel('Remember on this device').count()).toBe(0);
    await page.getByRole('button', { name: 'Unlock with this device' }).click();
    await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
  });

  it('says so in words when the device cannot give the key back', async () => {
    // The same ledger on a machine whose keystore is unavailable.
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de' });
    const { page } = app;
    await page.getByRole('button', { name: 'Mit diesem Gerät entsperren' }).click();
    await page.getByText('Dieses Gerät kann den Schlüssel nicht sicher aufbewahren').waitFor();
    // The passphrase still works.
    await app.unlock();
  });
});
