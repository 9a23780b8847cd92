// The two kinds of ledger one suite runs on: the encrypted file and the agency's shared ledger on the
// run's throwaway PostgreSQL cluster. Both come as a dispatcher over a new, unlocked ledger, opened by the
// same passphrase (on the server: the owner's password, not part of the URL). And a team on the server: an
// owner and a consultant, each with a dispatcher of their own, the consultant assigned some of the clients.
import type { ChannelInput } from '../../src/contract/index.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { createDispatcher } from '../../src/services/index.ts';
import type { ServiceOptions } from '../../src/services/context.ts';
import { freshServerDatabase, type ServerDatabase } from './pg-database.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE } from './temp-ledger.ts';

/** The team of the server tests: Olga owns the agency's ledger, Anna is a consultant on it. */
export const OWNER_NAME = 'Olga Owner';
export const CONSULTANT_NAME = 'Anna Berg';
export const OWNER_PASSWORD = 'olga owner password';
export const CONSULTANT_PASSWORD = 'anna consultant password';

export interface TestLedger {
  dispatcher: Dispatcher;
  /** What another dispatcher opens the same ledger by (the file's path; the owner's URL, without password). */
  ledgerPath: string;
  cleanup(): Promise<void>;
}

export interface LedgerKind {
  name: 'file' | 'server';
  open(options?: Partial<ServiceOptions>): Promise<TestLedger>;
  /** Whose clock stamps a row: the app's (file) or the database server's (shared ledger). */
  stampedByServer: boolean;
}

/** Make `server`'s database the agency's ledger, as its administrator: the team's first owner, Olga Owner. */
export async function initTeamLedger(server: ServerDatabase, login: string, password: string): Promise<void> {
  const admin = createDispatcher({ ledgerPath: server.adminUrl });
  try {
    expectOk(await admin.call('team:init', { owner: OWNER_NAME, login, password }));
  } finally {
    await admin.close();
  }
}

/** A new shared ledger: a fresh database, made a ledger by its administrator, opened as its first owner. */
export async function openServerTestLedger(options: Partial<ServiceOptions> = {}): Promise<TestLedger> {
  const server = await freshServerDatabase();
  const login = server.person('owner');
  await initTeamLedger(server, login, TEST_PASSPHRASE);
  const ledgerPath = server.urlFor(login);
  const dispatcher = createDispatcher({ ...options, ledgerPath });
  expectOk(await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
  return {
    dispatcher,
    ledgerPath,
    async cleanup() {
      await dispatcher.close();
      await server.drop();
    },
  };
}

export const LEDGER_KINDS: LedgerKind[] = [
  { name: 'file', open: (options) => openTestLedger(options), stampedByServer: false },
  { name: 'server', open: openServerTestLedger, stampedByServer: true },
];

/** One person of a team on the server: their login, password and URL, and a dispatcher unlocked as them. */
export interface TeamMember {
  login: string;
  password: string;
  /** The login's URL with its password (what `serverQuery` connects by, as psql would). */
  url: string;
  dispatcher: Dispatcher;
}

export interface TeamOnServer {
  server: ServerDatabase;
  owner: TeamMember;
  consultant: TeamMember;
  /** The ids of the clients the owner created (`clients`), in their order. */
  clientIds: number[];
  /** Close both dispatchers and drop the database. */
  close(): Promise<void>;
}

export interface TeamSetup {
  /** What the owner creates before the consultant is added: these clients, or what the function creates (its ids). */
  clients: ChannelInput<'clients:create'>[] | ((owner: Dispatcher) => Promise<number[]>);
  /** Which of `clientIds` (by position) the consultant is assigned; the first unless said. */
  assigned?: number[];
  /** Each dispatcher's options besides its ledger (a save target, a clock…). */
  owner?: Partial<ServiceOptions>;
  consultant?: Partial<ServiceOptions>;
  /** On this cluster (its administrator's URL) instead of the run's shared one. */
  clusterAdminUrl?: string;
}

/**
 * A team on a fresh database of the server: made a ledger by its administrator with Olga Owner as its owner,
 * who opens it, creates the clients, adds Anna Berg as a consultant and assigns her the `assigned` ones;
 * then Anna opens it as herself. Each person's dispatcher is unlocked by their password.
 */
export async function teamOnServer(setup: TeamSetup): Promise<TeamOnServer> {
  const server = await freshServerDatabase(setup.clusterAdminUrl);
  const opened: Dispatcher[] = [];
  const member = async (login: string, password: string, options: Partial<ServiceOptions> = {}): Promise<TeamMember> => {
    const url = server.urlFor(login, password);
    const dispatcher = createDispatcher({ ...options, ledgerPath: url });
    opened.push(dispatcher);
    expectOk(await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: password }));
    return { login, password, url, dispatcher };
  };
  const close = async () => {
    for (const d of opened) await d.close();
    await server.drop();
  };
  try {
    const ownerLogin = server.person('olga');
    const consultantLogin = server.person('anna');
    await initTeamLedger(server, ownerLogin, OWNER_PASSWORD);
    const owner = await member(ownerLogin, OWNER_PASSWORD, setup.owner);
    const d = owner.dispatcher;
    let clientIds: number[] = [];
    if (typeof setup.clients === 'function') clientIds = await setup.clients(d);
    else for (const c of setup.clients) clientIds.push(expectOk(await d.call('clients:create', c)).id);
    expectOk(await d.call('team:add', { name: CONSULTANT_NAME, login: consultantLogin, role: 'consultant', password: CONSULTANT_PASSWORD }));
    for (const i of setup.assigned ?? [0]) {
      const clientId = clientIds[i];
      if (clientId === undefined) throw new Error(`teamOnServer: no client at position ${i} to assign`);
      expectOk(await d.call('team:assign', { clientId, who: consultantLogin }));
    }
    const consultant = await member(consultantLogin, CONSULTANT_PASSWORD, setup.consultant);
    return { server, owner, consultant, clientIds, close };
  } catch (e) {
    await close();
    throw e;
  }
}
