// docs/security.md 13, engine side: once the ledger is locked (by hand, or by the shell on idle, screen lock or
// suspend, which all dispatch `ledger:lock`), the connection is closed, no key is held, and EVERY data
// channel answers LOCKED until unlock. The channel list is enumerated: a new channel fails this test until
// it has a sample input here and either answers LOCKED or is listed as ledger management with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src/contract/index.ts';
import { copyOfKey } from '../../src/services/backup-state.ts';
import { unlockWithDevice } from '../../src/store/ledger.ts';
import { expectOk, openTestLedger, TEST_PASSPHRASE, rawOf } from '../support/temp-ledger.ts';
import { fakeKeystore, makeLedger, removeTempDirs } from '../store/helpers.ts';

/** Channels that manage the lock itself and read no ledger data; each with why it may answer while locked. */
const LEDGER_MANAGEMENT: Partial<Record<Channel, string>> = {
  'ledger:status': 'says only locked/unlocked, the file name and whether a key is remembered',
  'ledger:create': 'refuses (ALREADY_EXISTS) when a ledger exists; never opens or replaces one',
  'ledger:unlock': 'the way back in; needs the passphrase or the remembered device key',
  'ledger:lock': 'locking a locked ledger is a no-op',
  'ledger:changePassphrase': 'needs the current passphrase, rewraps the key file only, returns the status',
  'ledger:connect': "opens the agency's server ledger only with that login's password; reads nothing of the file",
  'ledger:disconnect': "forgets a chosen server connection and locks; reads nothing",
};

const id = 1;
const day = '2025-03-01';
const token = 'a'.repeat(32);
/** A valid input per channel, so the answer is about the lock and not about validation. */
const SAMPLE: Record<Channel, unknown> = {
  'ledger:status': {},
  'ledger:create': { passphrase: 'another long passphrase' },
  'ledger:unlock': { method: 'passphrase', passphrase: 'not the passphrase' },
  'ledger:lock': {},
  'ledger:changePassphrase': { current: 'not the passphrase', next: 'another long passphrase' },
  'ledger:remember': { on: false },
  'ledger:check': {},
  'ledger:connect': { host: '127.0.0.1', port: 1, database: 'rapport', login: 'olga', password: 'not the password' },
  'ledger:disconnect': {},
  'ledger:changes': {},
  'reference:get': {},
  'settings:get': {},
  'settings:update': { autoLockMinutes: 10 },
  'clients:list': {},
  'clients:get': { id },
  'clients:create': { name: 'Locked Out AG', since: day },
  'clients:update': { id, patch: { name: 'Renamed' } },
  'clients:delete': { id },
  'contacts:list': { clientId: id },
  'contacts:get': { id },
  'contacts:create': { clientId: id, name: 'Erika Muster' },
  'contacts:update': { id, patch: { name: 'Erika M.' } },
  'contacts:delete': { id },
  'events:list': { clientId: id },
  'events:years': { clientId: id },
  'events:get': { id },
  'events:create': { clientId: id, event: { kind: 'touchpoint', title: 'Call', occurredOn: day, channel: 'call' } },
  'events:update': { id, event: { kind: 'touchpoint', title: 'Call', occurredOn: day, channel: 'call' } },
  'events:delete': { id },
  'search:query': { query: 'locked' },
  'health:get': { clientId: id },
  'portfolio:get': {},
  'reminders:snooze': { clientId: id, kind: 'keep-in-touch', on: day, until: '2025-04-01' },
  'reminders:done': { clientId: id, kind: 'keep-in-touch', on: day },
  'mediation:list': {},
  'mediation:get': { id },
  'mediation:create': { eventId: id },
  'mediation:update': { id, sections: {} },
  'mediation:complete': { id, talkOn: day, talkTitle: 'Talk' },
  'mediation:delete': { id },
  'mediation:exportTalkSheet': { prepId: id, lang: 'en' },
  'report:exportPdf': { clientId: id, lang: 'en' },
  'report:preview': { clientId: id, lang: 'en' },
  'export:json': {},
  'export:eventsCsv': { lang: 'en' },
  'export:ics': { lang: 'en' },
  'backup:list': {},
  'backup:create': {},
  'backup:restore': { name: '2025-03-01T10-00-00-000Z-manual.ledger' },
  'backup:restoreFile': {},
  'backup:diagnosticCopy': {},
  'import:open': {},
  'import:preview': { token },
  'import:commit': { token },
  'team:init': { owner: 'Olga Owner', password: 'another long passphrase' },
  'team:upgrade': {},
  'team:list': {},
  'team:add': { name: 'Anna Berg', role: 'consultant', password: 'another long passphrase' },
  'team:remove': { who: 'Anna Berg' },
  'team:assign': { clientId: id, who: 'Anna Berg' },
  'team:unassign': { clientId: id, who: 'Anna Berg' },
  'ledger:pushToServer': { url: 'postgres://olga@127.0.0.1:1/rapport', password: 'x', dryRun: true },
} as Record<Channel, unknown>;

/** The shared ledger's team channels: a ledger file has no team, so they answer INVALID, locked or not. */
const isTeamChannel = (c: Channel) => c.startsWith('team:');

afterAll(removeTempDirs);

describe('docs/security.md 13: a locked ledger answers LOCKED on every data channel', () => {
  let t: Awaited<ReturnType<typeof openTestLedger>>;
  beforeAll(async () => {
    t = await openTestLedger({ keystore: fakeKeystore(), saveTarget: async () => null });
    expectOk(await t.dispatcher.call('clients:create', { name: 'Locked Out AG', since: day }));
  });
  afterAll(async () => t?.cleanup());

  it('every channel has a valid sample input (a new channel must be added here)', () => {
    const missing = CHANNELS.filter((c) => !(c in SAMPLE));
    expect(missing, 'channels without a sample input in this test').toEqual([]);
    for (const channel of CHANNELS) {
      const parsed = contract[channel].input.safeParse(SAMPLE[channel]);
      expect(parsed.success, `sample input for ${channel} is not valid`).toBe(true);
    }
  });

  it('after ledger:lock: connection closed, no key held, and each data channel answers LOCKED', async () => {
    const d = t.dispatcher;
    const open = rawOf(d);
    expect(open.open).toBe(true);
    expectOk(await d.call('ledger:lock', {}));
    expect(d.session.ledger).toBeNull();
    expect(open.open).toBe(false); // the SQLite handle (and with it SQLite's copy of the key) is gone
    expect(copyOfKey(d.session)).toBeNull(); // the service holds no data key while locked

    const answers: Record<string, string> = {};
    for (const channel of CHANNELS) {
      if (channel in LEDGER_MANAGEMENT) continue;
      const r = await d.dispatch(channel, SAMPLE[channel]);
      answers[channel] = r.ok ? 'ok' : r.error.code;
      if (isTeamChannel(channel)) expect(answers[channel], channel).toBe('INVALID');
    }
    for (const channel of CHANNELS.filter(isTeamChannel)) delete answers[channel];
    const notLocked = Object.entries(answers).filter(([, code]) => code !== 'LOCKED');
    expect(notLocked, 'data channels that did not answer LOCKED').toEqual([]);
    expect(Object.keys(answers).length).toBeGreaterThan(30);

    // The management channels reveal nothing and do not unlock.
    for (const channel of Object.keys(LEDGER_MANAGEMENT) as Channel[]) {
      const r = await d.dispatch(channel, SAMPLE[channel]);
      if (r.ok) expect(JSON.stringify(r.value), channel).not.toContain('Locked Out AG');
    }
    expect(expectOk(await d.call('ledger:status', {})).state).toBe('locked');

    // Until unlock, and then the data is there again.
    expectOk(await d.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE }));
    expect(expectOk(await d.call('clients:list', {})).map((c) => c.name)).toEqual(['Locked Out AG']);
  });
});

describe('docs/security.md 13: key buffers are zeroed', () => {
  it('the key the keystore hands back is zeroed once SQLite holds it', async () => {
    const { path, ledger } = await makeLedger({ remember: true, keystore: fakeKeystore('gnome_libsecret', {}, Buffer.alloc(32, 7)) });
    await ledger.close();
    const handedOut: Buffer[] = [];
    const base = fakeKeystore('gnome_libsecret', {}, Buffer.alloc(32, 7));
    const keystore = { ...base, decrypt: (blob: Buffer) => { const k = base.decrypt(blob); handedOut.push(k); return k; } };
    const reopened = await unlockWithDevice(path, keystore);
    expect(handedOut).toHaveLength(1);
    expect(handedOut[0]?.length).toBe(32);
    expect(handedOut[0]?.every((b) => b === 0)).toBe(true);
    await reopened.close();
  });

  it('the key wrapped for "remember on this device" is zeroed after wrapping', async () => {
    const base = fakeKeystore();
    const given: Buffer[] = [];
    const keystore = { ...base, encrypt: (plain: Buffer) => { given.push(plain); return base.encrypt(plain); } };
    const t = await openTestLedger({ keystore });
    try {
      expectOk(await t.dispatcher.call('ledger:remember', { on: true, passphrase: TEST_PASSPHRASE }));
      expect(given).toHaveLength(1);
      expect(given[0]?.every((b) => b === 0)).toBe(true);
    } finally {
      await t.cleanup();
    }
  });
});
