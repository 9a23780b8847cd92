// The two kinds of ledger one suite runs on: the encrypted file and the agency's shared ledger on the
// run's throwaway PostgreSQL cluster. Both come as a dispatcher over a new, unlocked ledger, opened by the
// same passphrase (on the server: the owner's password, not part of the URL).
import type { Dispatcher } from '../../src/services/index.ts';
import { createDispatcher } from '../../src/services/index.ts';
import type { ServiceOptions } from '../../src/services/context.ts';
import { freshServerDatabase } from './pg-database.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE } from './temp-ledger.ts';

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

/** A new shared ledger: a fresh database, made a ledger by its administrator, opened as its first owner. */
export async function openServerTestLedger(options: Partial<ServiceOptions> = {}): Promise<TestLedger> {
  const server = await freshServerDatabase();
  const login = server.person('owner');
  const admin = createDispatcher({ ledgerPath: server.adminUrl });
  expectOk(await admin.call('team:init', { owner: 'Olga Owner', login, password: TEST_PASSPHRASE }));
  await admin.close();
  const url = new URL(server.urlFor(login, 'x'));
  url.password = '';
  const dispatcher = createDispatcher({ ...options, ledgerPath: url.href });
  expectOk(await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
  return {
    dispatcher,
    ledgerPath: url.href,
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
