// The JSON export from the agency's shared ledger (issue #17, "the JSON export carries authors"): the same
// format as a file's, with the logins the database stamped as authors; a consultant's export holds their
// clients only (row-level security decides, not the exporter); and an owner's export imports into an empty
// ledger file, so the agency's data can always leave the server again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../src/services/index.ts';
import { teamOnServer, type TeamOnServer } from '../support/ledger-kinds.ts';
import { expectOk, openTestLedger, tempDir } from '../support/temp-ledger.ts';

const client = (name: string) => ({ name, since: '2022-01-01', currency: 'EUR' });

describe("the JSON export on the agency's ledger", () => {
  let team: TeamOnServer;
  let owner: Dispatcher;
  let anna: Dispatcher;
  let ownerLogin: string;
  let annaLogin: string;
  const out = tempDir();
  const saveTo = (name: string) => async () => ({ path: join(out.dir, name), replace: true });

  beforeAll(async () => {
    team = await teamOnServer({
      clients: [client('Nordlicht GmbH'), client('Südwind AG')],
      owner: { saveTarget: saveTo('owner.json') },
      consultant: { saveTarget: saveTo('anna.json') },
    });
    ({ dispatcher: owner, login: ownerLogin } = team.owner);
    ({ dispatcher: anna, login: annaLogin } = team.consultant);
    const [nordlicht] = team.clientIds;
    expectOk(await anna.call('events:create', {
      clientId: nordlicht!, event: { kind: 'touchpoint', title: 'Jahresgespräch', occurredOn: '2026-02-10', channel: 'call' },
    }));
  });
  afterAll(async () => {
    await team?.close();
    out.cleanup();
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
