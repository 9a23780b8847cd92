// "The server is away" (issue #17, item 6), on a cluster of this file's own that it stops and starts again:
// while the agency's server is down every read and write answers SERVER_UNREACHABLE at once (no hang, no
// address or password in the message, no crash from the connections the server cut); when it is back, the
// same dispatcher goes on without unlocking again; a write refused while away is not there, everything
// before it is. A write cut off half-way (its connection terminated between two of its statements) leaves
// nothing behind: every channel is one transaction.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import { serverError } from '../../src/store/server/errors.ts';
import { initTeamLedger } from '../support/ledger-kinds.ts';
import { startCluster, type Cluster } from '../support/pg-cluster.ts';
import { freshServerDatabase, serverQuery, withServerClient, type ServerDatabase } from '../support/pg-database.ts';
import { expectOk, tempDir } from '../support/temp-ledger.ts';
import { fakeKeystore } from '../store/helpers.ts';

const OWNER_PW = 'olga owner password';
/** Far below any timeout in the way: an answer, not a wait. */
const QUICK_MS = 2_000;

const touchpoint = (title: string) => ({ kind: 'touchpoint' as const, title, occurredOn: '2026-03-02', channel: 'call' as const });

describe("the agency's server goes away and comes back", () => {
  let cluster: Cluster;
  let server: ServerDatabase;
  let login: string;
  let app: Dispatcher;
  let clientId: number;
  const profile = tempDir();

  const titles = async () =>
    (await serverQuery<{ title: string }>(server.adminUrl, 'select title from events order by id')).map((r) => r.title);

  /** A call that must fail as unreachable, quickly, saying nothing of the address or the password. */
  async function expectUnreachable(call: () => Promise<unknown>) {
    const started = performance.now();
    const result = await call();
    const ms = performance.now() - started;
    expect(result).toMatchObject({ ok: false, error: { code: 'SERVER_UNREACHABLE' } });
    const { message } = (result as { error: { message: string } }).error;
    for (const secret of [OWNER_PW, 'postgres://', '127.0.0.1', String(cluster.port), login, server.name]) {
      expect(message).not.toContain(secret);
    }
    expect(ms).toBeLessThan(QUICK_MS);
  }

  beforeAll(async () => {
    cluster = await startCluster();
    server = await freshServerDatabase(cluster.adminUrl);
    login = server.person('olga');
    await initTeamLedger(server, login, OWNER_PW);
    // As the app does: chosen on the first-run screen, kept for this session only.
    app = createDispatcher({ ledgerPath: join(profile.dir, 'rapport.ledger'), keystore: fakeKeystore() });
    expectOk(await app.call('ledger:connect', {
      host: '127.0.0.1', port: cluster.port, database: server.name, login, password: OWNER_PW, remember: false,
    }));
    const client = expectOk(await app.call('clients:create', { name: 'Nordlicht GmbH', since: '2021-03-01', currency: 'EUR' }));
    clientId = client.id;
  });

  afterAll(async () => {
    await app?.close();
    profile.cleanup();
    // Its own cluster: stopped and deleted with everything in it (the run's shared one is not touched).
    cluster?.stop();
  });

  it('answers SERVER_UNREACHABLE at once while away, and goes on by itself when the server is back', async () => {
    expectOk(await app.call('events:create', { clientId, event: touchpoint('Kick-off call') }));
    const before = expectOk(await app.call('ledger:changes', {})).stamp;

    cluster.halt();
    // What the windows ask while away: the change stamp (the banner), lists, a save.
    await expectUnreachable(() => app.call('ledger:changes', {}));
    await expectUnreachable(() => app.call('clients:list', {}));
    await expectUnreachable(() => app.call('events:list', { clientId, limit: 50 }));
    await expectUnreachable(() => app.call('events:create', { clientId, event: touchpoint('Written while away') }));
    await expectUnreachable(() => app.call('clients:update', { id: clientId, patch: { notes: 'Also while away' } }));
    // Still open: nothing locked the ledger or forgot the connection.
    expect(expectOk(await app.call('ledger:status', {})).state).toBe('unlocked');

    cluster.start();
    // The same dispatcher, no unlock: reads and writes again.
    expect(expectOk(await app.call('ledger:changes', {})).stamp).toBe(before);
    expectOk(await app.call('events:create', { clientId, event: touchpoint('Written after the server came back') }));
    const events = expectOk(await app.call('events:list', { clientId, limit: 50 })).items.map((e) => e.title);
    expect(events.sort()).toEqual(['Kick-off call', 'Written after the server came back']);
    expect(await titles()).toEqual(['Kick-off call', 'Written after the server came back']);
    expect(expectOk(await app.call('clients:get', { id: clientId })).notes).toBeNull();
  });

  it('a write whose connection is cut half-way leaves nothing half-written, and the next one goes through', async () => {
    // The administrator holds the crisis history table, so the write stops after its event row and the
    // children's statements, before its last insert; then its connection is terminated, as a dying server does.
    let pending: Promise<unknown> | undefined;
    await withServerClient(server.adminUrl, async (admin) => {
      await admin.query('begin');
      await admin.query('lock table crisis_stage_history in access exclusive mode');
      pending = app.call('events:create', {
        clientId, event: { kind: 'crisis', title: 'Cut off half-way', occurredOn: '2026-03-03', glaslStage: 3 },
      });
      const waiting = async () => (await admin.query<{ pid: number }>(
        `select pid from pg_stat_activity where usename = $1 and wait_event_type = 'Lock'`, [login])).rows;
      await expect.poll(waiting, { timeout: 10_000, interval: 50 }).toHaveLength(1);
      const [{ pid }] = (await waiting()) as [{ pid: number }];
      // Before it dies, the half-done write is there, uncommitted, in its own transaction:
      const inside = await admin.query(`select count(*)::int as n from pg_locks where pid = $1 and relation = 'events'::regclass`, [pid]);
      expect(inside.rows[0].n).toBeGreaterThan(0);
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.query('rollback');
    });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'SERVER_UNREACHABLE' } });
    expect(await titles()).not.toContain('Cut off half-way');
    const orphans = await serverQuery<{ n: number }>(server.adminUrl,
      'select count(*)::int as n from crisis_stage_history h where not exists (select 1 from events e where e.id = h.event_id)');
    expect(orphans[0]!.n).toBe(0);

    // The pool replaced the dead connection: the same write now lands whole.
    const saved = expectOk(await app.call('events:create', {
      clientId, event: { kind: 'crisis', title: 'Cut off half-way', occurredOn: '2026-03-03', glaslStage: 3 },
    }));
    expect(saved).toMatchObject({ kind: 'crisis', glaslStage: 3 });
    const history = await serverQuery<{ n: number }>(server.adminUrl,
      'select count(*)::int as n from crisis_stage_history where event_id = $1', [saved.id]);
    expect(history[0]!.n).toBe(1);
  });

  it('calls a dead connection unreachable however pg words it (the rollback after a cut fails too, differently)', () => {
    const errors = [
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('terminating connection because of crash of another server process'), { code: '57P02' }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
    ];
    for (const e of errors) expect(serverError(e)?.code).toBe('SERVER_UNREACHABLE');
  });
});
