// The real `rapport` command against a real encrypted ledger: create, refuse to overwrite, write,
// read back, search, check – and the exit codes for usage errors and a wrong passphrase.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFileSet, rapport, sha256, tempDir, withUnlocked } from './support.ts';

describe('rapport CLI', () => {
  const { dir, cleanup } = tempDir();
  const ledger = join(dir, 'agency.ledger');
  const at = (args: string[], env: Record<string, string | undefined> = {}) => rapport(['--ledger', ledger, ...args], env);
  const marker = `MARKER${randomBytes(8).toString('hex')}`;
  const clientName = 'Müller & Söhne KG';

  beforeAll(() => {
    const init = at(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain(ledger);
  });
  afterAll(cleanup);

  it('refuses to init over an existing ledger and leaves every file unchanged', () => {
    const before = ledgerFileSet(ledger).map(sha256);
    expect(before[0]).not.toBeNull();
    const again = at(['init']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(ledgerFileSet(ledger).map(sha256)).toEqual(before);
  });

  it('exits 2 on usage errors, before asking for a passphrase', () => {
    const cases: [string[], RegExp][] = [
      [[], /Usage: rapport/],
      [['frobnicate'], /unknown command/],
      [['client', 'add'], /missing required argument/],
      [['event', 'add', 'X', '--kind', 'crisis', '--title', 'Streit'], /--stage/],
      [['event', 'add', 'X', '--kind', 'appreciation', '--title', 'Karte'], /--gesture/],
      [['event', 'add', 'X', '--kind', 'touchpoint', '--title', 'Anruf'], /--channel/],
      [['event', 'add', 'X', '--kind', 'touchpoint', '--channel', 'call', '--stage', '2', '--title', 'Anruf'], /--stage applies only to --kind crisis/],
      [['event', 'add', 'X', '--kind', 'gossip', '--title', 'T'], /gossip/],
      [['event', 'add', 'X', '--kind', 'milestone', '--title', 'T', '--date', '2024-02-30'], /--date/],
    ];
    for (const [args, message] of cases) {
      const r = at(args, { RAPPORT_PASSPHRASE: undefined });
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr).toMatch(message);
    }
  });

  it('explains how to pass the passphrase when there is neither RAPPORT_PASSPHRASE nor a terminal', () => {
    const r = at(['client', 'list'], { RAPPORT_PASSPHRASE: undefined });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/RAPPORT_PASSPHRASE/);
  });

  it('adds a client and an event, and no plaintext reaches the files', async () => {
    const add = at(['client', 'add', clientName, '--since', '2019-04-01', '--owner', 'Katrin Albers', '--cadence', '21/45']);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(add.stdout).toContain(clientName);

    const event = at([
      'event', 'add', 'müller & söhne kg', '--kind', 'touchpoint', '--channel', 'call', '--by', 'client',
      '--title', `Anruf ${marker}`, '--text', `Geheimes Detail ${marker}`, '--emotion', 'pleased:4', '--emotion', 'trusting',
      '--date', '2025-03-14',
    ]);
    expect(event.stderr).toBe('');
    expect(event.status).toBe(0);

    const crisis = at([
      'event', 'add', clientName, '--kind', 'crisis', '--title', 'Preisstreit', '--stage', '4',
      '--cause', 'price_pretext=Der Preis ist der Vorwand', '--date', '2025-04-01',
    ]);
    expect(crisis.stderr).toBe('');
    expect(crisis.status).toBe(0);

    // A second marker written in-process: scan the files while the ledger is open (WAL not checkpointed) and after.
    const marker2 = `${marker}-open`;
    const scan = (needles: string[]) => {
      for (const file of ledgerFileSet(ledger).slice(0, 3)) {
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        for (const n of needles) {
          expect(bytes.includes(Buffer.from(n, 'utf8')), `${n} in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(n, 'utf16le')), `${n} (UTF-16) in ${file}`).toBe(false);
        }
      }
      expect(readFileSync(ledger).subarray(0, 16).toString('latin1').startsWith('SQLite format 3')).toBe(false);
    };
    await withUnlocked(ledger, async (d) => {
      const clients = await d.call('clients:list', {});
      if (!clients.ok) throw new Error(clients.error.code);
      const created = await d.call('events:create', {
        clientId: clients.value[0]!.id,
        event: { kind: 'milestone', title: marker2, occurredOn: '2025-05-01' },
      });
      expect(created.ok).toBe(true);
      scan([marker, marker2, 'Söhne', 'Geheimes Detail']);
    });
    scan([marker, marker2, 'Söhne', 'Geheimes Detail']);
    expect(readFileSync(`${ledger}.keys.json`, 'utf8')).not.toContain(marker);
  });

  it('a wrong passphrase exits 3 with one line and leaves the ledger byte-identical', () => {
    const before = ledgerFileSet(ledger).map(sha256);
    const r = at(['client', 'list'], { RAPPORT_PASSPHRASE: 'not the passphrase' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/wrong passphrase or damaged file/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('not the passphrase');
    expect(r.stdout).toBe('');
    expect(ledgerFileSet(ledger).map(sha256)).toEqual(before);
  });

  it('a damaged key file or database exits 3, touching nothing', () => {
    const brokenKeys = join(dir, 'broken-keys.ledger');
    copyFileSync(ledger, brokenKeys);
    writeFileSync(`${brokenKeys}.keys.json`, '{"format":"rapport-keys"}');
    const k = rapport(['--ledger', brokenKeys, 'client', 'list']);
    expect(k.status).toBe(3);
    expect(k.stderr).toMatch(/KEYFILE_INVALID/);

    const brokenDb = join(dir, 'broken-db.ledger');
    const bytes = readFileSync(ledger);
    bytes.fill(0x5a, 0, 64); // page 1 overwritten: the wrapper proved the passphrase, so this is damage
    writeFileSync(brokenDb, bytes);
    copyFileSync(`${ledger}.keys.json`, `${brokenDb}.keys.json`);
    const before = sha256(brokenDb);
    const d = rapport(['--ledger', brokenDb, 'check']);
    expect(d.status).toBe(3);
    expect(d.stderr).toMatch(/the ledger is damaged/);
    expect(d.stderr).not.toMatch(/wrong passphrase/);
    expect(sha256(brokenDb)).toBe(before);
  });

  it('lists clients as JSON', () => {
    const r = at(['client', 'list', '--json']);
    expect(r.status).toBe(0);
    const clients = JSON.parse(r.stdout) as { name: string; since: string; owner: string; eventCount: number; openCrises: number; cadenceIdealDays: number; cadenceMaxDays: number }[];
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      name: clientName, since: '2019-04-01', owner: 'Katrin Albers', eventCount: 3, openCrises: 1, cadenceIdealDays: 21, cadenceMaxDays: 45,
    });
  });

  it('shows the timeline newest first, as a table and as JSON', () => {
    const table = at(['timeline', clientName]);
    expect(table.stderr).toBe('');
    expect(table.status).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toContain(clientName);
    const rows = lines.filter((l) => /^\d{4}-\d{2}-\d{2}/.test(l));
    expect(rows.map((l) => l.slice(0, 10))).toEqual(['2025-05-01', '2025-04-01', '2025-03-14']);
    expect(table.stdout).toContain(`Anruf ${marker}`);
    expect(table.stdout).toMatch(/Glasl 4/);

    const json = at(['timeline', '1', '--json']);
    expect(json.status).toBe(0);
    const { client, events } = JSON.parse(json.stdout) as { client: { name: string }; events: Record<string, unknown>[] };
    expect(client.name).toBe(clientName);
    expect(events.map((e) => e.kind)).toEqual(['milestone', 'crisis', 'touchpoint']);
    expect(events[1]).toMatchObject({ glaslStage: 4, status: 'open', rootCauses: [{ key: 'price_pretext', note: 'Der Preis ist der Vorwand' }] });
    expect(events[2]).toMatchObject({ channel: 'call', initiatedBy: 'client', emotions: expect.arrayContaining([{ key: 'pleased', intensity: 4 }, { key: 'trusting', intensity: 3 }]) });
  });

  it('refuses a second client whose name only looks different, and names an unknown name', () => {
    // Case, spacing and invisible characters do not make a new client: the name would be ambiguous.
    const twin = at(['client', 'add', 'MÜLLER  &\u200B SÖHNE KG']);
    expect(twin.status).toBe(1);
    expect(twin.stderr).toMatch(/already exists \(#1/);
    const unknown = at(['timeline', 'Nobody GmbH']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no client named "Nobody GmbH"/);
  });

  it('finds the marker by search', () => {
    const r = at(['search', marker, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout) as { entity: string; kind: string | null; clientName: string }[];
    expect(hits.some((h) => h.entity === 'event' && h.kind === 'touchpoint' && h.clientName === clientName)).toBe(true);
  });

  it('checks the ledger', () => {
    const r = at(['check', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      quickCheck: 'ok', integrityCheck: 'ok', foreignKeyViolations: 0, cipher: 'chacha20',
      counts: { clients: 1, contacts: 0, events: 3 },
    });
    expect(report.schemaVersion).toBeGreaterThanOrEqual(1);
  });
});
