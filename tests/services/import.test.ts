// CSV and vCard import on a real encrypted ledger: dry runs write nothing, one bad row stops everything,
// oversize files are refused before they are read, odd headers are reported rather than dropped.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../src/services/dispatcher.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE } from '../support/temp-ledger.ts';

let t: Awaited<ReturnType<typeof openTestLedger>>;
let d: Dispatcher;
let nextFile: string | null = null;

beforeEach(async () => {
  t = await openTestLedger({ openSource: async () => nextFile, now: () => new Date('2026-11-20T10:00:00Z') });
  d = t.dispatcher;
});
afterEach(async () => {
  await t.cleanup();
});

const file = (name: string, content: string): string => {
  const path = join(t.dir, name);
  writeFileSync(path, content);
  return path;
};

async function open(path: string) {
  nextFile = path;
  const source = expectOk(await d.call('import:open', {}));
  if (!source) throw new Error('cancelled');
  return source;
}

const hashLedger = (): string => {
  const h = createHash('sha256');
  for (const p of [t.ledgerPath, `${t.ledgerPath}-wal`]) if (existsSync(p)) h.update(readFileSync(p));
  return h.digest('hex');
};

const CLIENTS_CSV = [
  'Company name,Create Date,Company owner,Notes',
  'Nordlicht Versicherung AG,2019-03-01,Anna,"Big, old client"',
  'Velotech GmbH,01.06.2021,,',
].join('\r\n');

describe('import', () => {
  it('opens a CSV: base name only, detected target, suggested mapping, sample rows', async () => {
    const source = await open(file('hubspot-companies.csv', CLIENTS_CSV));
    expect(source).toMatchObject({
      format: 'csv', fileName: 'hubspot-companies.csv', target: 'client', rowCount: 2,
      headers: ['Company name', 'Create Date', 'Company owner', 'Notes'],
      suggested: ['client', 'since', 'owner', 'notes'],
    });
    expect(source.sample[0]).toEqual(['Nordlicht Versicherung AG', '2019-03-01', 'Anna', 'Big, old client']);
    expect(JSON.stringify(source)).not.toContain(t.dir);
  });

  it('returns null when the user cancels the dialog', async () => {
    nextFile = null;
    expect(expectOk(await d.call('import:open', {}))).toBeNull();
  });

  it('a dry run reports per line and writes nothing (the ledger file is unchanged)', async () => {
    const source = await open(file('c.csv', CLIENTS_CSV));
    const before = hashLedger();
    const report = expectOk(await d.call('import:preview', { token: source.token }));
    expect(report).toMatchObject({ dryRun: true, imported: false, counts: { create: 2, skip: 0, reject: 0 }, created: { client: 2 } });
    expect(report.lines.map((l) => [l.line, l.outcome, l.label])).toEqual([[2, 'create', 'Nordlicht Versicherung AG'], [3, 'create', 'Velotech GmbH']]);
    expect(hashLedger()).toBe(before);
    expect(expectOk(await d.call('clients:list', {}))).toHaveLength(0);
  });

  it('imports clients in one go, then skips them as existing', async () => {
    const source = await open(file('c.csv', CLIENTS_CSV));
    const report = expectOk(await d.call('import:commit', { token: source.token }));
    expect(report).toMatchObject({ imported: true, dryRun: false, counts: { create: 2 } });
    const clients = expectOk(await d.call('clients:list', {}));
    expect(clients.map((c) => [c.name, c.since, c.owner, c.notes])).toEqual([
      ['Nordlicht Versicherung AG', '2019-03-01', 'Anna', 'Big, old client'],
      ['Velotech GmbH', '2021-06-01', null, null],
    ]);
    const again = await open(file('c2.csv', CLIENTS_CSV));
    const second = expectOk(await d.call('import:preview', { token: again.token }));
    expect(second.counts).toEqual({ create: 0, skip: 2, reject: 0 });
    expect(second.lines[0]!.reason).toMatch(/already/);
  });

  it('one broken row on line 7 of 10 imports nothing, and the report names line 7', async () => {
    const rows = ['Name,Since'];
    for (let i = 2; i <= 10; i++) rows.push(i === 7 ? 'Broken Client,31.02.2024' : `Client ${i},2024-01-0${(i % 9) + 1}`);
    const source = await open(file('ten.csv', rows.join('\n')));
    const before = hashLedger();
    const report = expectOk(await d.call('import:commit', { token: source.token }));
    expect(report.imported).toBe(false);
    expect(report.counts.reject).toBe(1);
    const rejected = report.lines.filter((l) => l.outcome === 'reject');
    expect(rejected).toEqual([expect.objectContaining({ line: 7, label: 'Broken Client', reason: expect.stringMatching(/^since:/) })]);
    expect(hashLedger()).toBe(before);
    expect(expectOk(await d.call('clients:list', {}))).toHaveLength(0);
  });

  it('a syntax error names its line and nothing is kept', async () => {
    nextFile = file('bad.csv', 'Name\nA\n"B\n');
    const r = await d.call('import:open', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/Line 3/) });
  });

  it('refuses a 60 MB file with TOO_LARGE before reading it', async () => {
    const path = join(t.dir, 'huge.csv');
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(path);
      const chunk = Buffer.from('Name,Notes\n' + 'Somebody,"lorem ipsum dolor sit amet"\n'.repeat(26_000)); // ~1 MB
      let written = 0;
      const write = () => {
        while (written < 60) {
          written++;
          if (!out.write(chunk)) return void out.once('drain', write);
        }
        out.end(resolve);
      };
      out.on('error', reject);
      write();
    });
    nextFile = path;
    const r = await d.call('import:open', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TOO_LARGE');
  });

  it('reports __proto__ and constructor headers as unmapped and leaves Object.prototype alone', async () => {
    const source = await open(file('proto.csv', '__proto__,Name,constructor\n"{""polluted"":1}",Acme,x\n'));
    expect(source.headers).toEqual(['__proto__', 'Name', 'constructor']);
    expect(source.suggested).toEqual([null, 'client', null]);
    expect(source.sample[0]).toEqual(['{"polluted":1}', 'Acme', 'x']);
    const report = expectOk(await d.call('import:commit', { token: source.token }));
    expect(report.imported).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('imports contacts, creating their clients, and skips a duplicate within the file', async () => {
    const csv = [
      'First Name;Last Name;E-Mail;Firma;Geburtstag',
      'Anna;Weber;anna@nordlicht.example;Nordlicht;12.04.1980',
      'Jonas;Brandt;;Nordlicht;',
      'anna;weber;;nordlicht;',
    ].join('\r\n');
    const source = await open(file('kontakte.csv', csv));
    expect(source.target).toBe('contact');
    const report = expectOk(await d.call('import:commit', { token: source.token, lang: 'de' }));
    expect(report.lines.map((l) => [l.line, l.entity, l.outcome])).toEqual([
      [2, 'client', 'create'], [2, 'contact', 'create'], [3, 'contact', 'create'], [4, 'contact', 'skip'],
    ]);
    expect(report.lines[3]!.reason).toBe('dasselbe wie Zeile 2'); // the reasons speak the language asked for
    const [client] = expectOk(await d.call('clients:list', {}));
    const contacts = expectOk(await d.call('contacts:list', { clientId: client!.id }));
    expect(contacts.map((c) => c.name).sort()).toEqual(['Anna Weber', 'Jonas Brandt']);
    expect(contacts.find((c) => c.name === 'Anna Weber')!.importantDates).toEqual([{ label: 'Geburtstag', date: '1980-04-12', yearly: true }]);
  });

  it('contacts without a client column need a chosen client', async () => {
    const source = await open(file('people.csv', 'Name,Email\nAnna,a@x.de\n'));
    const without = expectOk(await d.call('import:preview', { token: source.token }));
    expect(without.lines[0]).toMatchObject({ outcome: 'reject', reason: expect.stringMatching(/^client:/) });
    const client = expectOk(await d.call('clients:create', { name: 'Acme', since: '2020-01-01' }));
    const withClient = expectOk(await d.call('import:commit', { token: source.token, clientId: client.id }));
    expect(withClient.imported).toBe(true);
    expect(expectOk(await d.call('contacts:list', { clientId: client.id })).map((c) => c.email)).toEqual(['a@x.de']);
  });

  it('reads what German Excel writes: semicolons and Windows-1252', async () => {
    const path = join(t.dir, 'excel.csv');
    writeFileSync(path, Buffer.from('Firma;Kunde seit;Notizen\r\nBäckerei Müller;01.02.2015;"Grüße; Straße"\r\n', 'latin1'));
    const source = await open(path);
    expect(source.headers).toEqual(['Firma', 'Kunde seit', 'Notizen']);
    expect(source.suggested).toEqual(['client', 'since', 'notes']);
    expectOk(await d.call('import:commit', { token: source.token }));
    const [client] = expectOk(await d.call('clients:list', {}));
    expect(client).toMatchObject({ name: 'Bäckerei Müller', since: '2015-02-01', notes: 'Grüße; Straße' });
  });

  it('hands our own JSON export to the JSON import: dry run, then a restore into an empty ledger', async () => {
    const exported = join(t.dir, 'ledger.json');
    const source = await openTestLedger({ saveTarget: async () => exported });
    try {
      const c = expectOk(await source.dispatcher.call('clients:create', { name: 'Nordlicht', since: '2019-01-01' }));
      expectOk(await source.dispatcher.call('contacts:create', { clientId: c.id, name: 'Anna Weber' }));
      expectOk(await source.dispatcher.call('export:json', {}));
    } finally {
      await source.cleanup();
    }
    const opened = await open(exported);
    expect(opened).toMatchObject({ format: 'json', fileName: 'ledger.json', target: null, headers: [] });
    const dry = expectOk(await d.call('import:preview', { token: opened.token }));
    expect(dry).toMatchObject({ format: 'json', dryRun: true, imported: false });
    expect(expectOk(await d.call('clients:list', {}))).toHaveLength(0);
    const done = expectOk(await d.call('import:commit', { token: opened.token }));
    expect(done).toMatchObject({ format: 'json', imported: true });
    const [client] = expectOk(await d.call('clients:list', {}));
    expect(client!.name).toBe('Nordlicht');
    expect(expectOk(await d.call('contacts:list', { clientId: client!.id })).map((x) => x.name)).toEqual(['Anna Weber']);
  });

  it('imports vCards as contacts', async () => {
    const vcf = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Weber\r\nORG:Nordlicht\r\nTITLE:CMO\r\nEMAIL:anna@x.de\r\nEND:VCARD\r\n';
    const source = await open(file('anna.vcf', vcf));
    expect(source).toMatchObject({ format: 'vcard', target: 'contact', rowCount: 1 });
    const report = expectOk(await d.call('import:commit', { token: source.token }));
    expect(report.counts).toEqual({ create: 2, skip: 0, reject: 0 });
    const [client] = expectOk(await d.call('clients:list', {}));
    expect(client!.name).toBe('Nordlicht');
    expect(expectOk(await d.call('contacts:list', { clientId: client!.id }))[0]).toMatchObject({ name: 'Anna Weber', role: 'CMO' });
  });

  it('imports activities as touchpoints, refuses an ambiguous date and an unknown kind', async () => {
    const csv = [
      'Subject,Activity Date,Account Name,Type,Description',
      'Kick-off call,03/25/2024,Nordlicht,Call,First talk',
      'Review,03/04/2024,Nordlicht,Meeting,',
      'Escalation,03/26/2024,Nordlicht,Crisis,',
    ].join('\n');
    const source = await open(file('tasks.csv', csv));
    expect(source.target).toBe('event');
    const report = expectOk(await d.call('import:preview', { token: source.token }));
    expect(report.lines.filter((l) => l.outcome === 'reject').map((l) => [l.line, l.reason?.split(':')[0]])).toEqual([[3, 'date'], [4, 'kind']]);
    // Leave the type column out and drop the ambiguous row: the rest imports.
    const fixed = await open(file('tasks2.csv', csv.split('\n').filter((_, i) => i !== 2).join('\n')));
    const ok = expectOk(await d.call('import:commit', { token: fixed.token, mapping: ['title', 'date', 'client', null, 'description'] }));
    expect(ok.imported).toBe(true);
    const [client] = expectOk(await d.call('clients:list', {}));
    const page = expectOk(await d.call('events:list', { clientId: client!.id }));
    expect(page.items.map((e) => [e.kind, e.title, e.occurredOn])).toEqual([
      ['touchpoint', 'Escalation', '2024-03-26'], ['touchpoint', 'Kick-off call', '2024-03-25'],
    ]);
    const dup = await open(file('tasks3.csv', csv.split('\n').slice(0, 2).join('\n')));
    expect(expectOk(await d.call('import:preview', { token: dup.token })).lines[0]).toMatchObject({ outcome: 'skip' });
  });

  it('refuses a mapping that misses the required field or maps a field of another kind', async () => {
    const source = await open(file('c.csv', CLIENTS_CSV));
    const r = await d.call('import:preview', { token: source.token, mapping: [null, 'since', 'owner', 'email'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('INVALID');
  });

  it('drops open sources when the ledger is locked', async () => {
    const source = await open(file('c.csv', CLIENTS_CSV));
    expectOk(await d.call('ledger:lock', {}));
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    const r = await d.call('import:preview', { token: source.token });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });
});

describe('import progress', () => {
  it('pushes import:progress for the checking and the writing pass, about a hundred steps each, ending at the row count', async () => {
    const pushed: { event: string; payload: unknown }[] = [];
    const p = await openTestLedger({
      openSource: async () => join(p.dir, 'events.csv'),
      emit: (event, payload) => pushed.push({ event, payload }),
    });
    try {
      const rows = Array.from({ length: 1_000 }, (_, i) => `Firma ${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')},call,Call ${i}`);
      writeFileSync(join(p.dir, 'events.csv'), ['Client,Date,Type,Title', ...rows].join('\n'));
      const source = expectOk(await p.dispatcher.call('import:open', {}));
      const report = expectOk(await p.dispatcher.call('import:commit', { token: source!.token }));
      expect(report.imported).toBe(true);
      const steps = pushed.filter((x) => x.event === 'import:progress').map((x) => x.payload as { stage: string; done: number; total: number });
      for (const stage of ['checking', 'writing']) {
        const mine = steps.filter((s) => s.stage === stage);
        expect(mine.length).toBeGreaterThanOrEqual(50);
        expect(mine.length).toBeLessThanOrEqual(101);
        expect(mine.at(-1)).toEqual({ stage, done: 1_000, total: 1_000 });
        expect(mine.map((s) => s.done)).toEqual([...mine.map((s) => s.done)].sort((a, b) => a - b));
      }
      // Every row is checked before the first is written.
      expect(steps.findIndex((s) => s.stage === 'writing')).toBeGreaterThan(steps.findLastIndex((s) => s.stage === 'checking'));
    } finally {
      await p.cleanup();
    }
  });
});
