// The shared ledger's rights, enforced by PostgreSQL itself: an owner sees and changes everything, a
// consultant only the clients assigned to them, and that holds for a plain connection of their login too
// (what `psql` would see), not just for Rapport's own queries. Authors come from the login, not the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, listClients } from '../../../src/store/repositories/clients.ts';
import { createEvent, listEvents, updateEvent } from '../../../src/store/repositories/events.ts';
import { search } from '../../../src/store/repositories/search.ts';
import { openServerLedger, type ServerLedger } from '../../../src/store/server/open.ts';
import { addPerson, assign, initTeam, listTeam } from '../../../src/store/server/team.ts';
import { freshServerDatabase, serverCount, serverQuery, type ServerDatabase } from '../../support/pg-database.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const touch = (title: string) => ({
  kind: 'touchpoint' as const, title, body: 'Kickoff verschoben, Verhandlungen laufen', occurredOn: '2026-02-20',
  channel: 'call' as const, initiatedBy: 'us' as const, responseHours: null, emotions: [], participantIds: [],
});
const client = (name: string) => ({
  name, since: '2024-01-01', owner: null, status: 'active' as const, contractValue: null, currency: 'EUR', renewalDate: null,
  noticeDays: null, cadenceIdealDays: 14, cadenceMaxDays: 30, notes: null,
});

describe('a team on one shared ledger', () => {
  let server: ServerDatabase;
  let owner: ServerLedger;
  let consultant: ServerLedger;
  let ids: { mine: number; theirs: number };
  let logins: { owner: string; consultant: string };

  beforeAll(async () => {
    server = await freshServerDatabase();
    logins = { owner: server.person('olga'), consultant: server.person('anna') };
    const admin = await openServerLedger(server.adminUrl, { admin: { create: true } });
    await initTeam(admin.db, { login: logins.owner, name: 'Olga Owner' }, 'owner secret');
    await admin.close();
    owner = await openServerLedger(server.urlFor(logins.owner, 'owner secret'));
    await addPerson(owner.db, { login: logins.consultant, name: 'Anna Berg', role: 'consultant' }, 'anna secret');
    ids = {
      mine: (await createClient(owner.db, client('Nordlicht GmbH'), NOW)).id,
      theirs: (await createClient(owner.db, client('Südwind AG'), NOW)).id,
    };
    await assign(owner.db, ids.mine, logins.consultant);
    consultant = await openServerLedger(server.urlFor(logins.consultant, 'anna secret'));
  });
  afterAll(async () => {
    await consultant?.close();
    await owner?.close();
    await server?.drop();
  });

  it('knows who is connected', () => {
    expect(owner.person).toEqual({ login: logins.owner, name: 'Olga Owner', role: 'owner' });
    expect(consultant.person).toEqual({ login: logins.consultant, name: 'Anna Berg', role: 'consultant' });
  });

  it('shows a consultant only the assigned client, in the app and over a plain connection', async () => {
    expect((await listClients(consultant.db, true)).map((c) => c.name)).toEqual(['Nordlicht GmbH']);
    expect((await listClients(owner.db, true)).map((c) => c.name)).toEqual(['Nordlicht GmbH', 'Südwind AG']);
    expect(await serverCount(server.urlFor(logins.consultant, 'anna secret'), 'clients')).toBe(1);
    expect(await serverCount(server.urlFor(logins.owner, 'owner secret'), 'clients')).toBe(2);
  });

  it('lets a consultant write on their client, stamped with their login, and refuses the other', async () => {
    const event = await createEvent(consultant.db, ids.mine, touch('Anruf mit Nordlicht'), NOW);
    const page = await listEvents(owner.db, { clientId: ids.mine, limit: 10 });
    expect(page.items.map((e) => e.id)).toEqual([event.id]);
    const [row] = await serverQuery(server.urlFor(logins.owner, 'owner secret'), 'select created_by, updated_by from events where id = $1', [event.id]);
    expect(row).toEqual({ created_by: logins.consultant, updated_by: logins.consultant });
    await expect(createEvent(consultant.db, ids.theirs, touch('Fremder Eintrag'), NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Straight SQL, bypassing every check of the app: the policy refuses it.
    await expect(serverQuery(server.urlFor(logins.consultant, 'anna secret'), `insert into events (client_id, kind, title, occurred_on, created_at, updated_at)
      values ($1, 'touchpoint', 'sneaky', '2026-01-01', 'x', 'x')`, [ids.theirs])).rejects.toMatchObject({ code: '42501' });
    expect(await serverCount(server.urlFor(logins.owner, 'owner secret'), 'events')).toBe(1);
  });

  it('finds in search only what the login may see, with German stems and folded accents', async () => {
    await createEvent(owner.db, ids.theirs, touch('Südwind Verhandlung'), NOW);
    const ownerHits = await search(owner.db, 'verhandlung', 10);
    expect(ownerHits.map((h) => h.clientName).sort()).toEqual(['Nordlicht GmbH', 'Südwind AG']);
    const mine = await search(consultant.db, 'verhandlung', 10);
    expect(mine.map((h) => h.clientName)).toEqual(['Nordlicht GmbH']);
    expect((await search(owner.db, 'sudwi', 10)).map((h) => h.title)).toContain('Südwind Verhandlung');
  });

  it('lets exactly one of two saves racing on the same version through; the other is CONFLICT', async () => {
    const event = await createEvent(owner.db, ids.mine, touch('Wer speichert zuerst?'), NOW);
    for (let round = 0; round < 5; round++) {
      const current = (await listEvents(owner.db, { clientId: ids.mine, limit: 50 })).items.find((e) => e.id === event.id)!;
      const results = await Promise.allSettled([
        updateEvent(owner.db, event.id, touch(`Olga ${round}`), NOW, current.updatedAt),
        updateEvent(consultant.db, event.id, touch(`Anna ${round}`), NOW, current.updatedAt),
      ]);
      const codes = results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as { code?: string }).code));
      expect(codes.sort()).toEqual(['CONFLICT', 'ok']);
    }
  });

  it('keeps the team list and the assignments with the owner', async () => {
    const team = await listTeam(owner.db);
    expect(team.map((p) => [p.name, p.role, p.clientIds])).toEqual([['Anna Berg', 'consultant', [ids.mine]], ['Olga Owner', 'owner', []]]);
    await expect(assign(consultant.db, ids.theirs, logins.consultant)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addPerson(consultant.db, { login: server.person('mallory'), name: 'M', role: 'owner' }, 'x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
