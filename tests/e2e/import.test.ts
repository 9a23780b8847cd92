// Import in the real renderer: choose a file (the open dialog answers with a temp file), map an unknown
// column, run the dry run, see the rejected line block the import, fix the file, import, and find the new
// clients in the portfolio.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must, PASSPHRASE, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

describe('import in Settings', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let nextFile: string | null = null;
  const file = (name: string, content: string) => {
    const path = join(ledger.dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      await must(d, 'clients:create', { name: 'Stadtwerke Lindenau', since: '2018-01-01' });
    });
    app = await launchRapport({
      ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'en', colorScheme: 'light',
      openSource: async () => nextFile,
    });
    await app.unlock();
  });
  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('maps, checks, refuses while a line is rejected, then imports and shows the clients', async () => {
    const { page } = app;
    const header = 'Company name,Create Date,Industry,Remarks';
    nextFile = file('hubspot.csv', [
      header,
      'Nordlicht Versicherung AG,2019-03-01,Insurance,"Key account, since the merger"',
      'Stadtwerke Lindenau,2018-01-01,Utilities,',
      'Velotech GmbH,31.02.2021,Bikes,',
    ].join('\r\n'));
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('import-choose').click();
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-column').count()).toBe(4);
    await expect.poll(() => page.getByTestId('import-field-2').inputValue()).toBe('Leave out');
    expect(await page.getByTestId('import-field-0').inputValue()).toBe('Client (name)');
    expect(await page.getByTestId('import-field-3').inputValue()).toBe('Leave out');

    // Saying the rows hold contacts offers the contact fields (and what they recognise); back to clients.
    await page.getByTestId('import-target').click();
    await page.getByRole('option', { name: 'Contacts' }).click();
    await expect.poll(() => page.getByTestId('import-field-0').inputValue()).toBe('Client (name)');
    await page.getByTestId('import-field-3').click();
    expect(await page.getByRole('option', { name: 'E-mail' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByTestId('import-target').click();
    await page.getByRole('option', { name: 'Clients' }).click();
    await expect.poll(() => page.getByTestId('import-field-1').inputValue()).toBe('Client since');

    // "Remarks" is not a known header: map it to the notes by hand.
    await page.getByTestId('import-field-3').click();
    await page.getByRole('option', { name: 'Notes' }).click();
    expect(await page.getByTestId('import-field-3').inputValue()).toBe('Notes');

    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-count-reject').innerText()).toMatch(/^1 rejected/);
    expect(await page.getByTestId('import-count-skip').innerText()).toMatch(/^1 skipped/);
    await page.getByTestId('import-blocked').waitFor();
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    // Filtered to the rejects at first: the one line, named by its number, with the reason.
    const rejected = page.getByTestId('import-line');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.first().innerText()).toMatch(/4[\s\S]*Velotech GmbH[\s\S]*since:/);
    await page.getByTestId('import-filter').getByText('All lines').click();
    await expect.poll(() => page.getByTestId('import-line').count()).toBe(3);

    // Fix the file and choose it again: now it imports.
    nextFile = file('hubspot-fixed.csv', [
      header,
      'Nordlicht Versicherung AG,2019-03-01,Insurance,"Key account, since the merger"',
      'Stadtwerke Lindenau,2018-01-01,Utilities,',
      'Velotech GmbH,28.02.2021,Bikes,',
    ].join('\r\n'));
    await page.getByRole('button', { name: 'Another file' }).click();
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-field-3').click();
    await page.getByRole('option', { name: 'Notes' }).click();
    await page.getByTestId('import-check').click();
    await expect.poll(() => page.getByTestId('import-count-reject').innerText()).toMatch(/^0 rejected/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(false);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').innerText()).toContain('2 new entries');
    expect(await page.getByTestId('import-created-client').innerText()).toBe('2 × Client');

    const clients = must(app.dispatcher, 'clients:list', {});
    const all = await clients;
    expect(all.map((c) => c.name)).toEqual(['Nordlicht Versicherung AG', 'Stadtwerke Lindenau', 'Velotech GmbH']);
    expect(all.find((c) => c.name === 'Nordlicht Versicherung AG')?.notes).toBe('Key account, since the merger');

    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('client-row').filter({ hasText: 'Velotech GmbH' }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
