// Ledgers for the end-to-end tests: temp folders, byte snapshots, and a believable small agency seeded
// through the same dispatcher the app uses (until `rapport demo` exists, this is the demo data).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/contract/index.ts';
import { createDispatcher, type Dispatcher } from '../../src/services/dispatcher.ts';

export const PASSPHRASE = 'lantern orchard velvet 42';

export function tempLedger(name = 'agency.ledger') {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  return { dir, ledgerPath: join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** sha256 of every file in the folder: proof that nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  return out;
}

/** A typed call that throws on `{ ok: false }`, for seeding. */
export async function must<C extends Channel>(d: Dispatcher, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await d.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

/** Create a ledger, let `seed` fill it, and lock it again: the app then starts on the unlock screen. */
export async function seedLedger(ledgerPath: string, passphrase: string, seed?: (d: Dispatcher) => Promise<void>) {
  const d = createDispatcher({ ledgerPath });
  try {
    await must(d, 'ledger:create', { passphrase });
    if (seed) await seed(d);
  } finally {
    await d.close();
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar day relative to today (negative: in the past). */
export function day(offset: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

type EventInput = ChannelInput<'events:create'>['event'];

interface DemoClient {
  name: string;
  since: string;
  owner: string | null;
  status?: 'active' | 'paused' | 'archived';
  contractValue?: number;
  renewalDate?: string;
  noticeDays?: number;
  cadence?: [number, number];
  notes?: string;
  events: EventInput[];
}

const touch = (offset: number, title: string, channel: 'call' | 'meeting' | 'video' | 'visit' | 'mail', body?: string): EventInput =>
  ({ kind: 'touchpoint', title, occurredOn: day(offset), channel, ...(body ? { body } : {}) });

/** Eight relationships of a mid-sized consultancy: thriving, cooling, in crisis, new, paused. */
export const DEMO_AGENCY = 'Nordlicht Beratung';
export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: 'Hansen Logistik GmbH', since: '2017-04-03', owner: 'Miriam Vogt', contractValue: 84_000, renewalDate: day(45), noticeDays: 90,
    notes: 'Prefers short calls on Monday mornings. Anniversary of the first project in April.',
    events: [
      { kind: 'project', title: 'Warehouse onboarding programme', occurredOn: day(-400), endsOn: day(-220), outcome: 'Rolled out in all four depots.', value: 38_000 },
      { kind: 'appreciation', title: 'Handwritten card after the depot launch', occurredOn: day(-210), gesture: 'Handwritten card', isPersonal: true, isUnscheduled: true, personalNote: 'Named the shift leads who made it work.' },
      touch(-60, 'Quarterly review', 'meeting'),
      touch(-12, 'Call about the 2027 roadmap', 'call', 'Open to a second programme; wants numbers before the renewal.'),
    ],
  },
  {
    name: 'Brauerei Steinbach', since: '2012-09-15', owner: 'Jonas Albrecht', contractValue: 52_000, renewalDate: day(160), noticeDays: 60,
    events: [
      { kind: 'milestone', title: '10 years together', occurredOn: '2022-09-15', milestoneType: 'anniversary' },
      { kind: 'crisis', title: 'Rebriefing ignored twice', occurredOn: day(-35), glaslStage: 3, body: 'Marketing lead feels unheard; the second draft repeated the first.' },
      touch(-74, 'Tasting visit at the brewery', 'visit'),
      touch(-20, 'Campaign status mail', 'mail'),
    ],
  },
  {
    name: 'Klinikverbund Rhein-Main', since: '2019-01-10', owner: 'Miriam Vogt', contractValue: 126_000, renewalDate: day(25), noticeDays: 90,
    events: [
      { kind: 'crisis', title: 'Budget cut announced without notice', occurredOn: day(-21), glaslStage: 5, body: 'The CFO presented the cut in the steering committee before talking to us.' },
      { kind: 'misunderstanding', title: 'Scope of the patient portal texts', occurredOn: day(-50), ourUnderstanding: 'Copy only', theirUnderstanding: 'Copy and translation' },
      touch(-5, 'Steering committee', 'meeting'),
    ],
  },
  {
    name: 'Atelier Lindqvist', since: '2021-06-01', owner: 'Sara Okafor',
    events: [
      { kind: 'project', title: 'Brand refresh', occurredOn: day(-300), endsOn: day(-200), outcome: 'New identity launched at the spring fair.' },
      { kind: 'appreciation', title: 'Flowers for the studio opening', occurredOn: day(-20), gesture: 'Flowers', isPersonal: true, isUnscheduled: true },
    ],
  },
  {
    name: 'Stadtwerke Velden', since: '2015-02-20', owner: 'Jonas Albrecht', contractValue: 67_500, renewalDate: day(300), noticeDays: 180,
    events: [
      {
        kind: 'crisis', title: 'Missed deadline for the tariff campaign', occurredOn: day(-420), glaslStage: 2,
        status: 'resolved', resolvedOn: day(-390), resolution: 'Apologised in person, delivered a week later at no cost.',
      },
      touch(-40, 'Workshop on the annual report', 'meeting'),
    ],
  },
  {
    name: 'Fairtrade Kaffee Kontor', since: '2023-11-05', owner: 'Sara Okafor', contractValue: 18_000, renewalDate: day(80), noticeDays: 30,
    events: [touch(-3, 'Video call on the newsletter', 'video')],
  },
  {
    name: 'Orbis Software AG', since: '2020-03-12', owner: 'Lena Hartmann', contractValue: 45_000, renewalDate: day(210),
    events: [{ kind: 'project', title: 'Developer documentation', occurredOn: day(-90), value: 22_000 }],
  },
  {
    name: 'Müller & Töchter Bau', since: '2010-05-01', owner: 'Miriam Vogt', status: 'paused',
    events: [touch(-130, 'Site visit in Offenbach', 'visit')],
  },
];

export async function seedDemo(d: Dispatcher): Promise<void> {
  await must(d, 'settings:update', { agencyName: DEMO_AGENCY });
  for (const c of DEMO_CLIENTS) {
    const client = await must(d, 'clients:create', {
      name: c.name,
      since: c.since,
      owner: c.owner,
      status: c.status ?? 'active',
      contractValue: c.contractValue ?? null,
      renewalDate: c.renewalDate ?? null,
      noticeDays: c.noticeDays ?? null,
      notes: c.notes ?? null,
      ...(c.cadence ? { cadenceIdealDays: c.cadence[0], cadenceMaxDays: c.cadence[1] } : {}),
    });
    for (const event of c.events) await must(d, 'events:create', { clientId: client.id, event });
  }
}

/** Pick a day in a Mantine DatePickerInput: decade → year → month → day, whatever the locale. */
export async function pickDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  await field.click();
  const dropdown = page.locator(`[id="${await field.getAttribute('aria-controls')}"]`);
  await dropdown.waitFor();
  const level = dropdown.locator('[class*="-calendarHeaderLevel"]');
  await level.click();
  await level.click();
  for (let i = 0; i < 20; i++) {
    const year = dropdown.locator('[class*="-yearsListControl"]').filter({ hasText: new RegExp(`^${y}$`) });
    if (await year.count()) {
      await year.first().click();
      break;
    }
    const first = Number(/\d{4}/.exec(await level.innerText())?.[0]);
    await dropdown.locator(`button[data-direction="${y < first ? 'previous' : 'next'}"]`).click();
  }
  await dropdown.locator('[class*="-monthsListControl"]').nth(m - 1).click();
  await dropdown.locator('[class*="-day"]:not([data-outside])').filter({ hasText: new RegExp(`^${d}$`) }).first().click();
  await dropdown.waitFor({ state: 'hidden' });
}

/**
 * Wait for the "discard your changes?" question to hold the focus. Escape there means "keep editing",
 * but only once focus is inside it (as for a person, who sees it first); on a loaded machine the modal's
 * focus move can lag its first paint.
 */
export async function discardQuestionReady(page: Page): Promise<void> {
  await page.getByTestId('discard-dialog').waitFor();
  await page.waitForFunction("document.activeElement?.getAttribute('data-testid') === 'discard-keep'");
}

/**
 * Wait until no notification is on screen. A toast from an earlier step sits bottom-right, over the lower
 * items of a menu opened near it; a person would wait for it (or look past it), a click cannot.
 */
export async function toastsGone(page: Page): Promise<void> {
  await page.mouse.move(0, 0); // a hovered toast stays open
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
}
