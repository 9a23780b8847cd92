// Backups in the real renderer over real encrypted ledgers: Settings → Backups (back up now appears in the
// list; restore with its confirmation brings back a deleted client), and a damaged ledger: the right passphrase
// leads to the Damaged screen, whose restore ends unlocked with the data, the damaged file kept.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../src/store/backup.ts';
import { must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

describe('backups', () => {
  let app: Rapport | undefined;
  const cleanups: (() => void)[] = [];

  afterEach(async () => {
    const errors = app?.errors ?? [];
    await app?.close();
    app = undefined;
    for (const c of cleanups.splice(0)) c();
    expect(errors).toEqual([]);
  });

  it('Settings: back up now appears in the list; restore brings back a deleted client', async () => {
    const ledger = tempLedger();
    cleanups.push(ledger.cleanup);
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await must(d, 'clients:create', { name: 'Hansen Logistik GmbH', since: '2017-04-03' });
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page, dispatcher } = app;
    await app.unlock();
    await page.getByTestId('nav-settings').click();
    const section = page.getByTestId('backups-section');
    await section.waitFor();

    const before = await section.getByTestId('backup-row').count();
    await section.getByTestId('backup-now').click();
    await section.locator('[data-testid="backup-row"][data-reason="manual"]').waitFor();
    expect(await section.getByTestId('backup-row').count()).toBe(before + 1);
    await page.getByText(/^Backup made: /).waitFor();

    const [client] = await must(dispatcher, 'clients:list', {});
    await must(dispatcher, 'clients:delete', { id: client!.id });
    expect(await must(dispatcher, 'clients:list', {})).toEqual([]);

    await section.locator('[data-testid="backup-row"][data-reason="manual"]').getByTestId('backup-restore').click();
    const modal = page.getByRole('dialog', { name: 'Restore this backup?' });
    await modal.waitFor();
    await modal.getByText('Your current state is kept as a backup first').waitFor();
    await modal.getByTestId('backup-confirm-restore').click();
    await page.getByText(/^Restored the backup of /).waitFor({ timeout: 30_000 });
    expect((await must(dispatcher, 'clients:list', {})).map((c) => c.name)).toEqual(['Hansen Logistik GmbH']);
    // The state before the restore is in the list, and the page shows the client again.
    await section.locator('[data-testid="backup-row"][data-reason="before-restore"]').waitFor();
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Hansen Logistik GmbH', exact: true }).waitFor();
  });

  it('a damaged ledger → the Damaged screen → restore the newest backup → unlocked with the data', async () => {
    const ledger = tempLedger();
    cleanups.push(ledger.cleanup);
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      for (let i = 0; i < 80; i++) {
        await must(d, 'clients:create', { name: `Client ${String(i).padStart(2, '0')}`, since: '2019-01-01', notes: `${'Notes. '.repeat(250)}` });
      }
      await must(d, 'backup:create', {});
    });
    // Damage: the file cut in half on a page boundary (a crash during a copy, a failing disk).
    const bytes = readFileSync(ledger.ledgerPath);
    const damaged = bytes.subarray(0, Math.floor(bytes.length / 4096 / 2) * 4096);
    writeFileSync(ledger.ledgerPath, damaged);

    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en' });
    const { page, dispatcher } = app;
    const field = page.getByTestId('unlock-passphrase');
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await page.getByTestId('damaged-screen').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'The ledger is damaged' }).waitFor();
    await page.getByTestId('damaged-kept').waitFor();
    expect(readFileSync(ledger.ledgerPath).equals(damaged)).toBe(true);

    const restore = page.getByTestId('damaged-restore');
    expect(await restore.textContent()).toBe('Restore the newest backup');
    expect(await page.getByTestId('damaged-restore-date').textContent()).toMatch(/^Made on .*\d{4}.*\. Anything entered after that is not in it\.$/);
    await restore.click();
    await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
    expect(await must(dispatcher, 'clients:list', {})).toHaveLength(80);
    // Nothing deleted: the damaged bytes are kept in the backups folder.
    const kept = readdirSync(backupsDir(ledger.ledgerPath)).find((f) => f.endsWith('-before-restore-damaged.ledger'))!;
    expect(statSync(`${backupsDir(ledger.ledgerPath)}/${kept}`).size).toBe(damaged.length);
  });
});
