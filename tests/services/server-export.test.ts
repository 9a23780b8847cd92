// The JSON export from the agency's shared ledger (issue #17, "the JSON export carries authors"): the same
// format as a file's, with the logins the database stamped as authors; a consultant's export holds their
// clients only (row-level security decides, not the exporter); and an owner's export imports into an empty
// ledger file, so the agency's data can always leave the server again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import { freshServerDatabase, type ServerDatabase } from '../support/pg-database.ts';
import { expectOk, openTestLedger, tempDir } from '../support/temp-ledger.ts';

const OWNER_PW = 'olga owner password';
const ANNA_PW = 'anna consultant password';
const client = (name: string) => ({ name, since: '2022-01-01', currency: 'EUR' });

describe("the JSON export on the agency's ledger", () => {
  let server: ServerDatabase;
  let owner: Dispatcher;
  let anna: Dispatcher;
  let ownerLogin: string;
  let annaLogin: string;
  const out = tempDir();
  const saveTo = (name: string) => async () => ({ path: join(out.dir, name), replace: true });

  beforeAll(async () => {
    server = await freshServerDatabase();
    ownerLogin = server.person('olga');
    annaLogin = server.person('anna');
    const admin = createDispatcher({ ledgerPath: server.adminUrl });
    expectOk(await admin.call('team:init', { owner: 'Olga Owner', login: ownerLogin, password: OWNER_PW }));
    await admin.close();
    owner = createDispatcher({ ledgerPath: server.urlFor(ownerLogin, OWNER_PW), saveTarget: saveTo('owner.json') });
    expectOk(await owner.call('ledger:unlock', { method: 'passphrase', passphrase: OWNER_PW }));
    const nordlicht = expectOk(await owner.call('clients:create', client('Nordlicht GmbH')));
    expectOk(await owner.call('clients:create', client('Südwind AG')));
    expectOk(await owner.call('team:add', { name: 'Anna Berg', login: annaLogin, role: 'consultant', password: ANNA_PW }));
    expectOk(await owner.call('team:assign', { clientId: nordlicht.id, who: annaLogin }));
    anna = createDispatcher({ ledgerPath: server.urlFor(annaLogin, ANNA_PW), saveTarget: saveTo('anna.json') });
    expectOk(await anna.call('ledger:unlock', { method: 'passphrase', passphrase: ANNA_PW }));
    expectOk(await anna.call('events:create', {
      clientId: nordlicht.id, event: { kind: 'touchpoint', title: 'Jahresgespräch', occurredOn: '2026-02-10', channel: 'call' },
    }));
  });
  afterAll(async () => {
    await owner?.close();
    await anna?.close();
    out.cleanup();
    await server?.drop();
  });

  const read = (name: string) => JSON.parse(readFileSync(join(out.dir, name), 'utf8')) as { data: Record<string, Record<string, unknown>[]> };

  it("carries the database's authors, and a consultant's export holds their clients only", async () => {
    expect(expectOk(await owner.call('export:json', {})).saved).toBe(true);
    expect(expectOk(await anna.call('export:json', {})).saved).toBe(true);
    const all = read('owner.json').data;
    expect(all.clients!.map((c) => [c.name, c.created_by])).toEqual([['Nordlicht GmbH', ownerLogin], ['Südwind AG', ownerLogin]]);
    expect(all.events!.map((e) => [e.title, e.created_by])).toEqual([['Jahresgespräch', annaLogin]]);
    const hers = read('anna.json').data;
    expect(hers.clients!.map((c) => c.name)).toEqual(['Nordlicht GmbH']);
    expect(JSON.stringify(hers)).not.toContain('Südwind');
  });

  it("an owner's export imports into an empty ledger file: the data can leave the server", async () => {
    const file = await openTestLedger({ openSource: async () => join(out.dir, 'owner.json') });
    try {
      const source = expectOk(await file.dispatcher.call('import:open', {}));
      expect(expectOk(await file.dispatcher.call('import:commit', { token: source!.token })).imported).toBe(true);
      expect(expectOk(await file.dispatcher.call('clients:list', {})).map((c) => c.name)).toEqual(['Nordlicht GmbH', 'Südwind AG']);
    } finally {
      await file.cleanup();
    }
  });
});
