// The agency's shared ledger in the windows (team.test.ts, server-away.test.ts): a fresh database on a real
// PostgreSQL server made the agency's ledger, with a client the owner has written; windows on profiles of
// their own that start on the first-run screen; and the way a person connects there.
import { expect } from 'vitest';
import type { Client } from '../../src/contract/schemas.ts';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import { fakeKeystore } from '../store/helpers.ts';
import { initTeamLedger } from '../support/ledger-kinds.ts';
import { freshServerDatabase, type ServerDatabase } from '../support/pg-database.ts';
import { day, must, tempLedger } from './fixtures.ts';
import { launchRapport, type Locale, type Rapport } from './harness.ts';

export interface AgencyLedger {
  server: ServerDatabase;
  ownerLogin: string;
  /** A dispatcher unlocked as the owner, for seeding and checks; the test closes it. */
  seed: Dispatcher;
  /** Nordlicht GmbH, with the renewal of its framework contract 40 days ago. */
  nordlicht: Client;
}

/** On the run's shared cluster, or on `clusterAdminUrl`'s (a test that stops its server has one of its own). */
export async function agencyLedger(ownerPassword: string, clusterAdminUrl?: string): Promise<AgencyLedger> {
  const server = await freshServerDatabase(clusterAdminUrl);
  const ownerLogin = server.person('olga');
  await initTeamLedger(server, ownerLogin, ownerPassword);
  const seed = createDispatcher({ ledgerPath: server.urlFor(ownerLogin, ownerPassword) });
  await must(seed, 'ledger:unlock', { method: 'passphrase', passphrase: ownerPassword });
  const nordlicht = await must(seed, 'clients:create', { name: 'Nordlicht GmbH', since: '2021-03-01', currency: 'EUR' });
  await must(seed, 'events:create', {
    clientId: nordlicht.id,
    event: { kind: 'milestone', title: 'Rahmenvertrag verlängert', occurredOn: day(-40), milestoneType: 'renewal' },
  });
  return { server, ownerLogin, seed, nordlicht };
}

export interface Windows {
  apps: Rapport[];
  /** Each window has had no page or console error (after every test). */
  expectNoErrors(): void;
  /** Close every window and delete its profile. */
  close(): Promise<void>;
}

/** One window per person, each on a profile of its own (no ledger file yet: the first-run screen). */
export async function launchWindows(people: { passphrase: string; locale: Locale }[]): Promise<Windows> {
  const profiles = people.map(() => tempLedger('rapport.ledger'));
  const apps: Rapport[] = [];
  const close = async () => {
    for (const app of apps) await app.close();
    for (const p of profiles) p.cleanup();
  };
  try {
    for (const [i, { passphrase, locale }] of people.entries()) {
      apps.push(await launchRapport({ ledgerPath: profiles[i]!.ledgerPath, passphrase, locale, keystore: fakeKeystore() }));
    }
  } catch (e) {
    await close();
    throw e;
  }
  const expectNoErrors = () => {
    for (const app of apps) expect(app.errors).toEqual([]);
  };
  return { apps, expectNoErrors, close };
}

export interface Connection {
  /** The first-run screen's choice, in the window's language ("The agency's ledger", "Bei der Agentur"). */
  choice: string;
  login: string;
  password: string;
  /** Tick "remember on this device". */
  remember?: boolean;
  /** Called on the first-run screen and on the filled form before it is sent (the tests' pictures). */
  shot?: (stage: 'first-run' | 'filled') => Promise<void>;
}

/** Connect a window to `server`'s agency ledger from the first-run screen, as a person does; back on the unlocked app. */
export async function connectFromFirstRun(app: Rapport, server: ServerDatabase, connection: Connection): Promise<void> {
  const { page } = app;
  await page.getByTestId('first-run-choice').waitFor();
  await connection.shot?.('first-run');
  await page.getByTestId('first-run-choice').getByText(connection.choice, { exact: true }).click();
  await page.getByTestId('connect-form').waitFor();
  await page.getByTestId('connect-host').fill('127.0.0.1');
  await page.getByTestId('connect-port').fill(new URL(server.adminUrl).port);
  await page.getByTestId('connect-database').fill(server.name);
  await page.getByTestId('connect-login').fill(connection.login);
  await page.getByTestId('connect-password').fill(connection.password);
  if (connection.remember) await page.getByTestId('connect-remember').check();
  await connection.shot?.('filled');
  await page.getByTestId('connect-submit').click();
  await page.getByTestId('lock-button').waitFor({ timeout: 30_000 });
}
