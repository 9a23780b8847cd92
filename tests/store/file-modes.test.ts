// Every file Rapport writes is the owner's only (0600), under the common umask 022 too: the ledger, its -wal
// and -shm, a backup, an export, a restored ledger.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/store/backup.ts';
import { expectOk, openTestLedger } from '../support/temp-ledger.ts';

const mode = (p: string) => statSync(p).mode & 0o777;

describe.skipIf(process.platform === 'win32')('file modes', () => {
  let umask = 0;
  beforeAll(() => { umask = process.umask(0o022); });
  afterAll(() => { process.umask(umask); });

  it('ledger, -wal, -shm, backup, export and restored ledger are 0600', async () => {
    const t = await openTestLedger({ saveTarget: async (name) => join(t.dir, name) });
    try {
      expectOk(await t.dispatcher.call('clients:create', { name: 'Nordlicht', since: '2020-01-01' }));
      for (const f of [t.ledgerPath, `${t.ledgerPath}-wal`, `${t.ledgerPath}-shm`, `${t.ledgerPath}.keys.json`]) expect([f, mode(f)]).toEqual([f, 0o600]);
      expectOk(await t.dispatcher.call('backup:create', {}));
      const [backup] = listBackups(t.ledgerPath);
      expect(mode(backup!.path)).toBe(0o600);
      expect(mode(join(t.dir, 'test.ledger.backups'))).toBe(0o700);
      const exported = expectOk(await t.dispatcher.call('export:json', {}));
      expect(mode(join(t.dir, exported.fileName))).toBe(0o600);
      expectOk(await t.dispatcher.call('backup:restore', { name: backup!.name }));
      for (const f of [t.ledgerPath, `${t.ledgerPath}-wal`, `${t.ledgerPath}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      await t.cleanup();
    }
  }, 60_000);
});
