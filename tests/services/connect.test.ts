// "Open the agency's ledger" from the app's first-run screen, on a real PostgreSQL server: the connection is
// proven before anything is kept, kept only sealed by the keychain (never the password in plain), opens
// again at the next start without typing, and is forgotten on the way back to the ledger file. The change
// stamp moves when somebody else commits, on the server and on a ledger file alike.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import { connectionFileFor } from '../../src/store/server/saved-connection.ts';
import { initTeamLedger } from '../support/ledger-kinds.ts';
import { freshServerDatabase, type ServerDatabase } from '../support/pg-database.ts';
import { expectOk, openTestLedger, tempDir, TEST_PASSPHRASE } from '../support/temp-ledger.ts';
import { fakeKeystore } from '../store/helpers.ts';

const OWNER_PW = 'olga owner password';

describe("ledger:connect: the agency's ledger chosen in the app", () => {
  let server: ServerDatabase;
  let login: string;
  let port: number;
  const dirs: { cleanup: () => void }[] = [];
  const open: Dispatcher[] = [];
  const profile = () => {
    const d = tempDir();
    dirs.push(d);
    return join(d.dir, 'rapport.ledger');
  };
  const dispatcher = (ledgerPath: string, keystore = fakeKeystore()) => {
    const d = createDispatcher({ ledgerPath, keystore });
    open.push(d);
    return d;
  };
  const form = (extra: Record<string, unknown> = {}) => ({ host: '127.0.0.1', port, database: server.name, login, password: OWNER_PW, ...extra });

  beforeAll(async () => {
    server = await freshServerDatabase();
    login = server.person('olga');
    port = Number(new URL(server.adminUrl).port);
    await initTeamLedger(server, login, OWNER_PW);
  });
  afterAll(async () => {
    for (const d of open) await d.close();
    for (const d of dirs) d.cleanup();
    await server?.drop();
  });

  it('connects, keeps the connection sealed, opens again without typing, and goes back to the file', async () => {
    const ledgerPath = profile();
    const keystore = fakeKeystore();
    const app = dispatcher(ledgerPath, keystore);
    expect(expectOk(await app.call('ledger:status', {})).state).toBe('absent');

    const status = expectOk(await app.call('ledger:connect', { ...form(), remember: true }));
    expect(status).toMatchObject({
      state: 'unlocked', fileName: `${login}@127.0.0.1:${port}/${server.name}`, remembered: true,
      server: { chosen: true, person: { login, name: 'Olga Owner', role: 'owner' } },
    });
    expectOk(await app.call('clients:create', {
      name: 'Nordlicht GmbH', since: '2024-01-01', owner: null, status: 'active', contractValue: null, currency: 'EUR',
      renewalDate: null, noticeDays: null, cadenceIdealDays: 14, cadenceMaxDays: 30, notes: null,
    }));
    // Sealed by the keychain: neither the password nor the login is in the file's bytes.
    const sealed = readFileSync(connectionFileFor(ledgerPath));
    expect(sealed.includes(Buffer.from(OWNER_PW))).toBe(false);
    expect(sealed.includes(Buffer.from(login))).toBe(false);
    // What only a ledger file has is refused on the server, and no file appeared.
    expect(await app.call('ledger:create', { passphrase: 'a new passphrase here', remember: false }))
      .toMatchObject({ ok: false, error: { code: 'NOT_ON_SERVER' } });
    expect(existsSync(ledgerPath)).toBe(false);
    await app.close();

    // The next start: the same profile, the same keychain, the server's ledger locked until unlocked by the device.
    const again = dispatcher(ledgerPath, keystore);
    expect(expectOk(await again.call('ledger:status', {}))).toMatchObject({ state: 'locked', remembered: true, server: { chosen: true } });
    expect(expectOk(await again.call('ledger:unlock', { method: 'device' })).state).toBe('unlocked');
    expect(expectOk(await again.call('clients:list', {})).map((c) => c.name)).toEqual(['Nordlicht GmbH']);

    // Back to this computer's ledger: the connection is forgotten, the first-run screen again.
    expect(expectOk(await again.call('ledger:disconnect', {}))).toMatchObject({ state: 'absent', fileName: 'rapport.ledger' });
    expect(existsSync(connectionFileFor(ledgerPath))).toBe(false);
    const third = dispatcher(ledgerPath, keystore);
    expect(expectOk(await third.call('ledger:status', {})).state).toBe('absent');
  });

  it('a keychain reset leaves the sealed connection unreadable: the first-run screen, nothing opened', async () => {
    const ledgerPath = profile();
    const app = dispatcher(ledgerPath);
    expectOk(await app.call('ledger:connect', { ...form(), remember: true }));
    await app.close();
    const other = dispatcher(ledgerPath, fakeKeystore()); // a new secret: what a reset keychain is
    expect(expectOk(await other.call('ledger:status', {})).state).toBe('absent');
  });

  it('without remember, or on a keychain that cannot keep secrets, nothing is kept', async () => {
    const ledgerPath = profile();
    const app = dispatcher(ledgerPath);
    expect(expectOk(await app.call('ledger:connect', { ...form(), remember: false }))).toMatchObject({ state: 'unlocked', remembered: false });
    expect(existsSync(connectionFileFor(ledgerPath))).toBe(false);
    // Locked (idle, screen lock): the same connection, the password typed again; the device cannot open it.
    expect(expectOk(await app.call('ledger:lock', {})).state).toBe('locked');
    expect(await app.call('ledger:unlock', { method: 'device' })).toMatchObject({ ok: false, error: { code: 'KEYSTORE_UNAVAILABLE' } });
    expect(expectOk(await app.call('ledger:unlock', { method: 'passphrase', passphrase: OWNER_PW })).state).toBe('unlocked');

    const plainText = profile();
    const linux = dispatcher(plainText, fakeKeystore('basic_text'));
    expect(await linux.call('ledger:connect', { ...form(), remember: true })).toMatchObject({ ok: false, error: { code: 'KEYSTORE_UNAVAILABLE' } });
    expect(existsSync(connectionFileFor(plainText))).toBe(false);
    expect(expectOk(await linux.call('ledger:status', {})).state).toBe('absent');
  });

  it('a wrong password, a closed port, a database that is no ledger: clear codes, nothing kept, still the first-run screen', async () => {
    const ledgerPath = profile();
    const app = dispatcher(ledgerPath);
    expect(await app.call('ledger:connect', { ...form({ password: 'not the password' }), remember: true }))
      .toMatchObject({ ok: false, error: { code: 'WRONG_LOGIN' } });
    expect(await app.call('ledger:connect', { ...form({ database: 'postgres' }), remember: true }))
      .toMatchObject({ ok: false, error: { code: 'NOT_A_LEDGER' } });
    expect(await app.call('ledger:connect', { ...form({ port: 1 }), remember: true }))
      .toMatchObject({ ok: false, error: { code: 'SERVER_UNREACHABLE' } });
    // Strict input: a URL or a path where a host name belongs is refused before anything is sent.
    expect(await app.call('ledger:connect', { ...form({ host: 'postgres://x@y/z' }) })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(await app.call('ledger:connect', { ...form({ ca: 'not a certificate' }) })).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(existsSync(connectionFileFor(ledgerPath))).toBe(false);
    expect(expectOk(await app.call('ledger:status', {})).state).toBe('absent');
  });

  it('ledger:changes moves when another person commits, not when nothing happened', async () => {
    const a = dispatcher(profile());
    const b = dispatcher(profile());
    expectOk(await a.call('ledger:connect', { ...form(), remember: false }));
    expectOk(await b.call('ledger:connect', { ...form(), remember: false }));
    const first = expectOk(await a.call('ledger:changes', {})).stamp;
    expect(expectOk(await a.call('ledger:changes', {})).stamp).toBe(first);
    const [client] = expectOk(await b.call('clients:list', {}));
    expectOk(await b.call('clients:update', { id: client!.id, patch: { notes: 'Neue Ansprechpartnerin ab März' } }));
    expect(expectOk(await a.call('ledger:changes', {})).stamp).not.toBe(first);
  });
});

describe('ledger:changes on a ledger file', () => {
  it('moves when another connection (the CLI) commits', async () => {
    const { dispatcher: app, ledgerPath, cleanup } = await openTestLedger();
    try {
      const cli = createDispatcher({ ledgerPath });
      const first = expectOk(await app.call('ledger:changes', {})).stamp;
      expectOk(await cli.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
      expectOk(await cli.call('clients:create', {
        name: 'Südwind AG', since: '2023-05-01', owner: null, status: 'active', contractValue: null, currency: 'EUR',
        renewalDate: null, noticeDays: null, cadenceIdealDays: 14, cadenceMaxDays: 30, notes: null,
      }));
      await cli.close();
      expect(expectOk(await app.call('ledger:changes', {})).stamp).not.toBe(first);
    } finally {
      await cleanup();
    }
  });
});
