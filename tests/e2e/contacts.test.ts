// The people at a client, in German: listing with next occurrences and motivators, creating with a birthday
// and motivators, validation at the field, an edit that sends only what changed, deleting after asking.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Contact } from '../../src/contract/schemas.ts';
import { day, must, PASSPHRASE, pickDate, seedLedger, tempLedger } from './fixtures.ts';
import { launchRapport, type Rapport } from './harness.ts';

async function errorAt(page: Page, field: Locator): Promise<string> {
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const id = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).find((x) => x.endsWith('-error'));
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`).innerText();
}

/** A birthday whose next occurrence is `inDays` from today (never 29 February). */
function birthday(inDays: number, year: number): string {
  let iso = day(inDays);
  if (iso.endsWith('-02-29')) iso = day(inDays + 1);
  return `${year}${iso.slice(4)}`;
}

describe('contacts', () => {
  const ledger = tempLedger();
  let app: Rapport;
  let client: Client;
  let birte: Contact;
  let eventId: number;

  const contacts = () => must(app.dispatcher, 'contacts:list', { clientId: client.id });
  const card = (name: string) => app.page.getByTestId('contact-card').filter({ hasText: name });
  const dialogForm = () => app.page.getByTestId('contact-form');

  beforeAll(async () => {
    await seedLedger(ledger.ledgerPath, PASSPHRASE, async (d) => {
      client = await must(d, 'clients:create', { name: 'Hansen Logistik GmbH', since: '2017-04-03', owner: 'Miriam Vogt' });
      birte = await must(d, 'contacts:create', {
        clientId: client.id, name: 'Birte Hansen', role: 'Geschäftsführerin', email: 'birte@hansen-logistik.de', phone: '+49 40 123456',
        personalNotes: 'Segelt im Sommer auf der Schlei. Trinkt Tee, keinen Kaffee.',
        importantDates: [{ label: 'Geburtstag', date: birthday(5, 1971), yearly: true }],
        motivators: ['secure', 'belonging'],
      });
      const event = await must(d, 'events:create', {
        clientId: client.id,
        event: { kind: 'touchpoint', title: 'Quartalsgespräch', occurredOn: day(-12), channel: 'meeting', participantIds: [birte.id] },
      });
      eventId = event.id;
    });
    app = await launchRapport({ ledgerPath: ledger.ledgerPath, passphrase: PASSPHRASE, locale: 'de', colorScheme: 'dark' });
    await app.unlock();
    await app.page.getByTestId('nav-clients').click();
    await app.page.getByRole('button', { name: 'Hansen Logistik GmbH' }).click();
    await app.page.getByTestId('tab-contacts').click();
    await app.page.getByTestId('client-contacts').waitFor();
  });

  afterEach(() => {
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
    ledger.cleanup();
  });

  it('lists a person with role, how to reach them, what is worth remembering, dates and motivators', async () => {
    const text = await card('Birte Hansen').innerText();
    expect(text).toContain('Geschäftsführerin');
    expect(text).toContain('birte@hansen-logistik.de');
    expect(text).toContain('+49 40 123456');
    expect(text).toContain('Segelt im Sommer auf der Schlei.');
    // The birthday's next occurrence, in German.
    expect(await card('Birte Hansen').getByTestId('contact-date').innerText()).toMatch(/Geburtstag · \d{1,2}\. \S+\s*in 5 Tagen/);
    // Motivators by their German names, in the reference order.
    expect(await card('Birte Hansen').getByTestId('contact-card-motivators').innerText()).toMatch(/Sich zugehörig fühlen\s*Sich sicher fühlen/);
  });

  it('creates a person with motivators and a birthday', async () => {
    const { page } = app;
    await page.getByTestId('contact-new').click();
    await dialogForm().waitFor();
    await page.getByTestId('contact-name').fill('Jens Petersen');
    await page.getByTestId('contact-role').fill('Leiter Einkauf');
    await page.getByTestId('contact-email').fill('jens.petersen@hansen-logistik.de');
    await page.getByTestId('contact-notes').fill('Fährt Rennrad, zwei Kinder.');
    await page.getByTestId('contact-add-date').click();
    // The first date suggests a birthday.
    expect(await page.getByTestId('contact-date-label').inputValue()).toBe('Geburtstag');
    const date = birthday(40, 1984);
    await pickDate(page, page.getByTestId('contact-date-value'), date);
    await page.getByTestId('motivator-stand_out').click();
    await page.getByTestId('motivator-succeed').click();
    await page.getByTestId('contact-save').click();
    await dialogForm().waitFor({ state: 'detached' });
    await card('Jens Petersen').waitFor();

    const stored = (await contacts()).find((c) => c.name === 'Jens Petersen');
    expect(stored).toMatchObject({
      role: 'Leiter Einkauf', email: 'jens.petersen@hansen-logistik.de', phone: null, personalNotes: 'Fährt Rennrad, zwei Kinder.',
      importantDates: [{ label: 'Geburtstag', date, yearly: true }],
    });
    expect([...(stored?.motivators ?? [])].sort()).toEqual(['stand_out', 'succeed']);
    expect(await card('Jens Petersen').getByTestId('contact-card-motivators').innerText()).toContain('Sich von der Masse abheben');
    expect(await page.getByTestId('tab-contacts').innerText()).toContain('2');
  });

  it('shows bad input at the field and stores nothing', async () => {
    const { page } = app;
    const before = (await contacts()).length;
    await page.getByTestId('contact-new').click();
    await dialogForm().waitFor();
    await page.getByTestId('contact-email').fill('nicht-erreichbar');
    await page.getByTestId('contact-add-date').click();
    await page.getByTestId('contact-date-label').fill('');
    await page.getByTestId('contact-save').click();
    expect(await errorAt(page, page.getByTestId('contact-name'))).toBe('Bitte einen Namen eingeben.');
    expect(await errorAt(page, page.getByTestId('contact-email'))).toBe('Das sieht nicht nach einer E-Mail-Adresse aus.');
    expect(await errorAt(page, page.getByTestId('contact-date-label'))).toBe('Welcher Anlass?');
    expect(await errorAt(page, page.getByTestId('contact-date-value'))).toBe('Bitte ein Datum wählen.');
    await page.getByTestId('contact-notes').fill('x'.repeat(20_001));
    await page.getByTestId('contact-save').click();
    expect(await errorAt(page, page.getByTestId('contact-notes'))).toBe('Zu lang: höchstens 20.000 Zeichen.');

    // Closing with typed input asks first.
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-dialog').waitFor();
    await page.getByTestId('discard-keep').click();
    expect(await dialogForm().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-confirm').click();
    await dialogForm().waitFor({ state: 'detached' });
    expect((await contacts()).length).toBe(before);
  });

  it('edits a person with a patch: what changed elsewhere meanwhile stays', async () => {
    const { page } = app;
    await card('Birte Hansen').getByTestId('contact-actions').click();
    await page.getByTestId('contact-edit').click();
    await dialogForm().waitFor();
    expect(await page.getByTestId('contact-name').inputValue()).toBe('Birte Hansen');
    // Someone changes the phone number while the form is open; this form changes only the role.
    await must(app.dispatcher, 'contacts:update', { id: birte.id, patch: { phone: '+49 40 999999' } });
    await page.getByTestId('contact-role').fill('Geschäftsführerin und Inhaberin');
    await page.getByTestId('motivator-freedom').click();
    await page.getByTestId('contact-save').click();
    await dialogForm().waitFor({ state: 'detached' });
    const stored = await must(app.dispatcher, 'contacts:get', { id: birte.id });
    expect(stored).toMatchObject({ role: 'Geschäftsführerin und Inhaberin', phone: '+49 40 999999', email: 'birte@hansen-logistik.de' });
    expect([...stored.motivators].sort()).toEqual(['belonging', 'freedom', 'secure']);
    expect(stored.importantDates).toHaveLength(1);
    await expect.poll(() => card('Birte Hansen').innerText()).toContain('Geschäftsführerin und Inhaberin');
  });

  it('deletes a person after asking; the events they took part in stay', async () => {
    const { page } = app;
    await card('Birte Hansen').getByTestId('contact-actions').click();
    await page.getByTestId('contact-delete').click();
    await page.getByTestId('contact-delete-dialog').waitFor();
    expect(await page.getByTestId('contact-delete-dialog').innerText()).toContain('Die Ereignisse selbst bleiben.');
    await page.getByTestId('contact-delete-confirm').click();
    await card('Birte Hansen').waitFor({ state: 'detached' });
    expect((await contacts()).map((c) => c.name)).toEqual(['Jens Petersen']);
    const event = await must(app.dispatcher, 'events:get', { id: eventId });
    expect(event.participantIds).toEqual([]);
  });

  it('keeps the people across lock and unlock', async () => {
    const { page } = app;
    await page.getByTestId('lock-button').click();
    await page.getByTestId('unlock-passphrase').waitFor();
    expect(await page.content()).not.toContain('Jens Petersen');
    await app.unlock();
    await page.getByTestId('nav-clients').click();
    await page.getByRole('button', { name: 'Hansen Logistik GmbH' }).click();
    await page.getByTestId('tab-contacts').click();
    await card('Jens Petersen').waitFor();
    expect(await card('Jens Petersen').innerText()).toContain('Leiter Einkauf');
  });
});
