// Imports and the events CSV on the agency's shared ledger (issue #17: "the same channels, screens, CLI
// commands, reports and imports work on both kinds"; "the existing JSON import works against the server
// too"). On a real throwaway server, as real logins: a CSV import lands in one transaction with the
// database's author on every row; a consultant imports into their own clients and a line that would touch
// someone else's imports nothing; a ledger export moves in beside the team's clients (those already there
// are skipped with all that is theirs); the events CSV of a consultant holds their clients only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceOptions } from '../../src/services/context.ts';
import type { Dispatcher } from '../../src/services/index.ts';
import { teamOnServer, type TeamOnServer } from '../support/ledger-kinds.ts';
import { serverQuery, type ServerDatabase } from '../support/pg-database.ts';
import { expectOk, openTestLedger, tempDir } from '../support/temp-ledger.ts';

const client = (name: string) => ({ name, since: '2022-01-01', currency: 'EUR' });

describe("imports on the agency's ledger", () => {
  let team: TeamOnServer;
  let server: ServerDatabase;
  let owner: Dispatcher;
  let anna: Dispatcher;
  let ownerLogin: string;
  let annaLogin: string;
  let nordlicht: number;
  let suedwind: number;
  const dir = tempDir();
  let nextFile: string | null = null;
  let nextOut = '';
  const progress: unknown[] = [];
  const options: Partial<ServiceOptions> = {
    openSource: async () => nextFile,
    saveTarget: async () => ({ path: join(dir.dir, nextOut), replace: true }),
    emit: (event, payload) => { if (event === 'import:progress') progress.push(payload); },
  };
  const file = (name: string, content: string) => {
    const path = join(dir.dir, name);
    writeFileSync(path, content);
    return path;
  };
  const open = async (d: Dispatcher, path: string) => {
    nextFile = path;
    const source = expectOk(await d.call('import:open', {}));
    if (!source) throw new Error('cancelled');
    return source;
  };
  const eventTitles = async (d: Dispatcher, clientId: number) =>
    expectOk(await d.call('events:list', { clientId })).items.map((e) => e.title).sort();

  beforeAll(async () => {
    team = await teamOnServer({ clients: [client('Nordlicht GmbH'), client('Südwind AG')], owner: options, consultant: options });
    ({ server } = team);
    ({ dispatcher: owner, login: ownerLogin } = team.owner);
    ({ dispatcher: anna, login: annaLogin } = team.consultant);
    [nordlicht, suedwind] = team.clientIds as [number, number];
  });
  afterAll(async () => {
    await team?.close();
    dir.cleanup();
  });

  it("an owner's CSV lands in one transaction, every row by the owner's login, with progress while it writes", async () => {
    const csv = ['Client,Date,Type,Title', 'Nordlicht GmbH,2026-03-02,Call,Quartalsgespräch', 'Südwind AG,2026-03-03,Meeting,Workshop', 'Neu KG,2026-03-04,Call,Erstes Telefonat'];
    const source = await open(owner, file('owner-events.csv', csv.join('\n')));
    progress.length = 0;
    const report = expectOk(await owner.call('import:commit', { token: source.token }));
    expect(report).toMatchObject({ imported: true, created: { client: 1, event: 3 } });
    expect(progress).toContainEqual({ stage: 'writing', done: 4, total: 4 });
    const neu = expectOk(await owner.call('clients:list', {})).find((c) => c.name === 'Neu KG');
    expect(neu).toBeDefined();
    expect(await eventTitles(owner, neu!.id)).toEqual(['Erstes Telefonat']);
    const authors = await serverQuery<{ title: string; created_by: string }>(server.adminUrl,
      "select title, created_by from events where title in ('Quartalsgespräch', 'Workshop', 'Erstes Telefonat') order by title");
    expect(authors.map((r) => r.created_by)).toEqual([ownerLogin, ownerLogin, ownerLogin]);
  });

  it("a consultant imports into their own client; a line that names another's client imports nothing at all", async () => {
    const mine = await open(anna, file('anna-events.csv', ['Client,Date,Type,Title', 'Nordlicht GmbH,2026-04-01,Call,Annas Rückruf'].join('\n')));
    expect(expectOk(await anna.call('import:commit', { token: mine.token })).imported).toBe(true);
    const [row] = await serverQuery<{ created_by: string }>(server.adminUrl, "select created_by from events where title = 'Annas Rückruf'");
    expect(row?.created_by).toBe(annaLogin);

    // Südwind is not hers: to her it is not there, and only an owner may add a client, so the line is rejected.
    const mixed = await open(anna, file('anna-mixed.csv', ['Client,Date,Type,Title', 'Nordlicht GmbH,2026-04-02,Call,Zweiter Rückruf', 'Südwind AG,2026-04-03,Call,Fremder Anruf'].join('\n')));
    const before = await eventTitles(owner, nordlicht);
    const refused = expectOk(await anna.call('import:commit', { token: mixed.token, lang: 'de' }));
    expect(refused).toMatchObject({ imported: false, counts: { create: 1, reject: 1 } });
    expect(refused.lines.find((l) => l.outcome === 'reject')).toMatchObject({ line: 3, reason: expect.stringContaining('nicht einer Ihrer Kunden') });
    expect(await eventTitles(owner, nordlicht)).toEqual(before);
    expect(await eventTitles(owner, suedwind)).toEqual(['Workshop']);
    expect((await serverQuery(server.adminUrl, "select 1 from clients where name = 'Südwind AG'")).length).toBe(1);
  });

  it('a consultant imports vCard contacts into their client', async () => {
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jana Lind\r\nTITLE:CFO\r\nEMAIL:jana@nordlicht.example\r\nEND:VCARD\r\n';
    const source = await open(anna, file('jana.vcf', vcf));
    const report = expectOk(await anna.call('import:commit', { token: source.token, clientId: nordlicht }));
    expect(report).toMatchObject({ imported: true, created: { contact: 1 } });
    const contacts = expectOk(await owner.call('contacts:list', { clientId: nordlicht }));
    expect(contacts.map((c) => [c.name, c.role, c.email])).toEqual([['Jana Lind', 'CFO', 'jana@nordlicht.example']]);
  });

  it('a consultant may not import clients; were the plan wrong, the database would refuse it all the same', async () => {
    const source = await open(anna, file('anna-clients.csv', ['Company name,Create Date', 'Ostwind KG,2024-01-01'].join('\n')));
    const report = expectOk(await anna.call('import:commit', { token: source.token }));
    expect(report).toMatchObject({ imported: false, counts: { create: 0, reject: 1 } });
    // Straight SQL as her login, as psql would: row-level security refuses the insert itself.
    await expect(serverQuery(team.consultant.url, "insert into clients (name, since, currency) values ('Ostwind KG', '2024-01-01', 'EUR')"))
      .rejects.toThrow(/row-level security/);
    expect(await serverQuery(server.adminUrl, "select 1 from clients where name = 'Ostwind KG'")).toEqual([]);
  });

  it("a ledger export moves in: new clients with all that is theirs, the team's clients and settings left as they are", async () => {
    const exported = join(dir.dir, 'solo.json');
    const solo = await openTestLedger({ saveTarget: async () => ({ path: exported, replace: true }) });
    try {
      const d = solo.dispatcher;
      const same = expectOk(await d.call('clients:create', client('Nordlicht GmbH'))).id;
      const fresh = expectOk(await d.call('clients:create', client('Westwind OHG'))).id;
      expectOk(await d.call('events:create', { clientId: same, event: { kind: 'touchpoint', title: 'Solo-Notiz', occurredOn: '2025-01-05', channel: 'mail' } }));
      expectOk(await d.call('events:create', { clientId: fresh, event: { kind: 'touchpoint', title: 'Westwind-Start', occurredOn: '2025-02-01', channel: 'call' } }));
      expectOk(await d.call('contacts:create', { clientId: fresh, name: 'Pia Wolf' }));
      expect(expectOk(await d.call('export:json', {})).saved).toBe(true);
    } finally {
      await solo.cleanup();
    }
    const settingsBefore = expectOk(await owner.call('settings:get', {}));

    const forAnna = await open(anna, exported);
    expect(await anna.call('import:preview', { token: forAnna.token })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const source = await open(owner, exported);
    const preview = expectOk(await owner.call('import:preview', { token: source.token, lang: 'de' }));
    expect(preview).toMatchObject({ dryRun: true, imported: false, created: { client: 1, event: 1, contact: 1 } });
    expect(preview.lines.filter((l) => l.entity === 'client').map((l) => [l.label, l.outcome, l.reason]))
      .toEqual([['Nordlicht GmbH', 'skip', 'schon im Ledger'], ['Westwind OHG', 'create', null]]);
    expect(preview.lines.find((l) => l.label.includes('Solo-Notiz'))).toMatchObject({ outcome: 'skip' });
    expect(preview.lines.filter((l) => l.entity === 'setting').every((l) => l.outcome === 'skip')).toBe(true);

    const report = expectOk(await owner.call('import:commit', { token: source.token }));
    expect(report.imported).toBe(true);
    const westwind = expectOk(await owner.call('clients:list', {})).find((c) => c.name === 'Westwind OHG');
    expect(await eventTitles(owner, westwind!.id)).toEqual(['Westwind-Start']);
    expect(expectOk(await owner.call('contacts:list', { clientId: westwind!.id })).map((c) => c.name)).toEqual(['Pia Wolf']);
    expect(await eventTitles(owner, nordlicht)).not.toContain('Solo-Notiz');
    expect(expectOk(await owner.call('settings:get', {}))).toEqual(settingsBefore);
    const [moved] = await serverQuery<{ created_by: string }>(server.adminUrl, "select created_by from events where title = 'Westwind-Start'");
    expect(moved?.created_by).toBe(ownerLogin);
  });

  it("the events CSV: the owner's holds every client, a consultant's only theirs", async () => {
    nextOut = 'owner-events-export.csv';
    expect(expectOk(await owner.call('export:eventsCsv', { lang: 'en' })).saved).toBe(true);
    const all = readFileSync(join(dir.dir, nextOut), 'utf8');
    nextOut = 'anna-events-export.csv';
    const hers = expectOk(await anna.call('export:eventsCsv', { lang: 'de' }));
    expect(hers.saved).toBe(true);
    const text = readFileSync(join(dir.dir, nextOut), 'utf8');
    expect(all).toContain('Workshop');
    expect(all).toContain('Annas Rückruf');
    expect(text).toContain('Annas Rückruf');
    expect(text).not.toContain('Workshop');
    expect(text).not.toContain('Südwind');
    expect(hers.counts).toEqual({ events: text.trim().split('\n').length - 1 });
    nextOut = 'anna-suedwind.csv';
    expect(await anna.call('export:eventsCsv', { lang: 'de', clientId: suedwind })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
