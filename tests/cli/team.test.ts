// The agency's shared ledger through the real `rapport` command, against a real PostgreSQL server: the
// administrator makes the ledger, an owner adds a consultant and assigns one of two clients, the consultant
// writes there; the consultant's list, timeline, search and a plain psql connection see only that client,
// and the owner's timeline names the consultant as the event's author.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinDir } from '../support/pg-cluster.ts';
import { freshServerDatabase, type ServerDatabase } from '../support/pg-database.ts';
import { join } from 'node:path';
import { rapport, sha256, tempDir } from './support.ts';

const OWNER_PW = 'olga owner password';
const ANNA_PW = 'anna consultant password';

function psql(url: string, query: string): string {
  const r = spawnSync(`${postgresBinDir()}/psql`, [url, '-XAtc', query], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

const ok = (r: ReturnType<typeof rapport>) => {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

// Each step starts the real CLI (tsx compiles it on every start): a dozen starts in one test take over a
// minute on a busy 2-core machine, so these tests get four.
describe('rapport team on a PostgreSQL ledger', { timeout: 240_000 }, () => {
  let server: ServerDatabase;
  let owner: string;
  let anna: string;
  let ownerUrl: string;
  let annaUrl: string;

  beforeAll(async () => {
    server = await freshServerDatabase();
    owner = server.person('olga');
    anna = server.person('anna');
    ownerUrl = server.urlFor(owner, OWNER_PW);
    annaUrl = server.urlFor(anna, ANNA_PW);
  });
  afterAll(async () => server?.drop());

  it('init, add, assign: each person sees what is theirs', () => {
    expect(ok(rapport(['--ledger', server.adminUrl, 'team', 'init', '--owner', 'Olga Owner', '--login', owner], { RAPPORT_NEW_PASSPHRASE: OWNER_PW })))
      .toContain(`login: ${owner}`);
    expect(ok(rapport(['--ledger', ownerUrl, 'team', 'add', 'Anna Berg', '--role', 'consultant', '--login', anna], { RAPPORT_NEW_PASSPHRASE: ANNA_PW })))
      .toContain('Anna Berg is now on the team (consultant)');
    ok(rapport(['--ledger', ownerUrl, 'client', 'add', 'Nordlicht GmbH', '--since', '2024-01-01']));
    ok(rapport(['--ledger', ownerUrl, 'client', 'add', 'Südwind AG', '--since', '2023-05-01']));
    expect(ok(rapport(['--ledger', ownerUrl, 'team', 'assign', 'Nordlicht GmbH', 'Anna Berg']))).toContain('Nordlicht GmbH is now kept by Anna Berg');

    ok(rapport(['--ledger', annaUrl, 'event', 'add', 'Nordlicht GmbH', '--kind', 'touchpoint', '--title', 'Jahresgespräch vorbereitet',
      '--text', 'Budgetplanung besprochen', '--date', '2026-02-10', '--channel', 'call', '--by', 'us']));

    const annaClients = JSON.parse(ok(rapport(['--ledger', annaUrl, 'client', 'list', '--json']))) as { name: string }[];
    expect(annaClients.map((c) => c.name)).toEqual(['Nordlicht GmbH']);
    const ownerClients = JSON.parse(ok(rapport(['--ledger', ownerUrl, 'client', 'list', '--json']))) as { id: number; name: string }[];
    expect(ownerClients.map((c) => c.name).sort()).toEqual(['Nordlicht GmbH', 'Südwind AG']);

    // To Anna the other client does not exist: not by name, and not by its id either.
    const refused = rapport(['--ledger', annaUrl, 'timeline', 'Südwind AG', '--json']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/no client named "Südwind AG"/);
    const otherId = (ownerClients as { id: number; name: string }[]).find((c) => c.name === 'Südwind AG')!.id;
    expect(rapport(['--ledger', annaUrl, 'timeline', String(otherId), '--json']).stderr).toMatch(new RegExp(`no client with id ${otherId}`));

    const hits = JSON.parse(ok(rapport(['--ledger', annaUrl, 'search', 'Budget', '--json']))) as { clientName: string }[];
    expect(hits.map((h) => h.clientName)).toEqual(['Nordlicht GmbH']);

    expect(psql(annaUrl, 'select count(*) from clients')).toBe('1');
    expect(psql(ownerUrl, 'select count(*) from clients')).toBe('2');
    expect(psql(annaUrl, 'select count(*) from events')).toBe('1');

    const timeline = JSON.parse(ok(rapport(['--ledger', ownerUrl, 'timeline', 'Nordlicht GmbH', '--json']))) as
      { events: { title: string; loggedBy?: { login: string; name: string } }[] };
    expect(timeline.events.map((e) => [e.title, e.loggedBy])).toEqual([['Jahresgespräch vorbereitet', { login: anna, name: 'Anna Berg' }]]);
    expect(ok(rapport(['--ledger', ownerUrl, 'timeline', 'Nordlicht GmbH']))).toContain('logged by Anna Berg');
  });

  it('refuses a consultant what is an owner\'s, with FORBIDDEN and nothing changed', () => {
    const r = rapport(['--ledger', annaUrl, 'client', 'add', 'Eigener Kunde']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/FORBIDDEN/);
    const assign = rapport(['--ledger', annaUrl, 'team', 'assign', 'Nordlicht GmbH', 'Olga Owner']);
    expect(assign.stderr).toMatch(/FORBIDDEN/);
    expect(psql(ownerUrl, 'select count(*) from clients')).toBe('2');
  });

  it('names a wrong password and a database that is no ledger, and never prints a password', () => {
    const wrong = rapport(['--ledger', server.urlFor(anna, 'not the password'), 'client', 'list']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/WRONG_LOGIN/);
    expect(wrong.stderr).not.toContain('not the password');
    const url = new URL(server.adminUrl);
    url.pathname = '/postgres';
    const notLedger = rapport(['--ledger', url.href, 'client', 'list']);
    expect(notLedger.stderr).toMatch(/NOT_A_LEDGER/);
    expect(notLedger.stderr).not.toContain(url.password);
  });

  it("imports and exports on the server as each person: a consultant's CSV lands under her name, her CSV export holds her client only", () => {
    const { dir, cleanup } = tempDir();
    try {
      const csv = join(dir, 'anrufe.csv');
      writeFileSync(csv, ['Client,Date,Type,Title', 'Nordlicht GmbH,2026-03-01,Call,Rückruf aus der CSV'].join('\n'));
      const imported = rapport(['--ledger', annaUrl, 'import', csv]);
      expect(imported.status).toBe(0);
      expect(psql(ownerUrl, "select created_by from events where title = 'Rückruf aus der CSV'")).toBe(anna);

      const out = join(dir, 'anna.csv');
      expect(rapport(['--ledger', annaUrl, 'export', '--format', 'csv', '--out', out]).status).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).toContain('Rückruf aus der CSV');
      expect(text).not.toContain('Südwind');
    } finally {
      cleanup();
    }
  });

  it('changes a login\'s own password (the new one works, the old one no longer), printing no password', () => {
    const temporary = server.urlFor(anna, ANNA_PW);
    const r = rapport(['--ledger', temporary, 'passwd'], { RAPPORT_NEW_PASSPHRASE: 'anna changed password' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(ANNA_PW);
    expect(r.stdout + r.stderr).not.toContain('anna changed password');
    expect(rapport(['--ledger', temporary, 'client', 'list']).stderr).toMatch(/WRONG_LOGIN/);
    expect(psql(server.urlFor(anna, 'anna changed password'), 'select count(*) from clients')).toBe('1');
    ok(rapport(['--ledger', server.urlFor(anna, 'anna changed password'), 'passwd'], { RAPPORT_NEW_PASSPHRASE: ANNA_PW }));
  });

  it('moves a solo ledger in: a dry run writes nothing, the push copies it atomically, a second push skips it, the file stays as it was', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'solo.ledger');
      expect(rapport(['--ledger', file, 'demo', '--lang', 'de']).status).toBe(0); // (progress on stderr)
      const before = sha256(file);
      const soloClients = (JSON.parse(ok(rapport(['--ledger', file, 'client', 'list', '--all', '--json']))) as unknown[]).length;
      const onServer = () => Number(psql(ownerUrl, 'select count(*) from clients'));
      const serverBefore = onServer();

      const dry = JSON.parse(ok(rapport(['--ledger', file, 'team', 'push', ownerUrl, '--dry-run', '--json'])));
      expect(dry).toMatchObject({ dryRun: true, skipped: [] });
      expect(dry.created.clients).toBe(soloClients);
      expect(dry.created.events).toBeGreaterThan(50);
      expect(onServer()).toBe(serverBefore);

      const pushed = JSON.parse(ok(rapport(['--ledger', file, 'team', 'push', ownerUrl, '--json'])));
      expect(pushed.created).toEqual(dry.created);
      expect(onServer()).toBe(serverBefore + soloClients);
      expect(Number(psql(ownerUrl, `select count(*) from events where created_by = '${owner}'`))).toBeGreaterThanOrEqual(pushed.created.events);
      const again = JSON.parse(ok(rapport(['--ledger', file, 'team', 'push', ownerUrl, '--json'])));
      expect(again.created.clients).toBe(0);
      expect(again.skipped).toHaveLength(soloClients);
      expect(onServer()).toBe(serverBefore + soloClients);
      expect(sha256(file)).toBe(before);

      // A consultant may not move a ledger in.
      const refused = rapport(['--ledger', file, 'team', 'push', annaUrl]);
      expect(refused.stderr).toMatch(/FORBIDDEN/);
      expect(refused.stderr).not.toContain(ANNA_PW);
    } finally {
      cleanup();
    }
  });

  it('lists the team for an owner, and refuses a file-only command on the server', () => {
    const team = JSON.parse(ok(rapport(['--ledger', ownerUrl, 'team', 'list', '--json']))) as { me: { login: string }; people: { login: string; clientIds: number[] }[] };
    expect(team.me.login).toBe(owner);
    expect(team.people.map((p) => p.login).sort()).toEqual([anna, owner].sort());
    const backup = rapport(['--ledger', ownerUrl, 'backup']);
    expect(backup.stderr).toMatch(/NOT_ON_SERVER/);
  });
});
