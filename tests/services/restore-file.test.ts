// backup:restoreFile (Settings → Backups "Restore from a file…"): a backup picked anywhere through the shell's
// open dialog is verified with the ledger's key and put in place; a cancelled dialog changes nothing.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-restore-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PASS = 'correct horse battery staple';

describe('backup:restoreFile', () => {
  it('restores a backup picked elsewhere; cancel changes nothing', async () => {
    const ledgerPath = join(dir, 'r.ledger');
    const elsewhere = join(dir, 'elsewhere.ledger');
    let pick: string | null = null;
    const d = createDispatcher({ ledgerPath, saveTarget: async () => elsewhere, openSource: async () => pick });
    try {
      expect((await d.call('ledger:create', { passphrase: PASS })).ok).toBe(true);
      expect((await d.call('clients:create', { name: 'Before', since: '2024-01-01' })).ok).toBe(true);
      expect(await d.call('backup:create', { destination: 'choose' })).toMatchObject({ ok: true, value: { saved: true } });
      expect(existsSync(`${elsewhere}.keys.json`)).toBe(true);
      const moved = join(dir, 'moved.ledger');
      copyFileSync(elsewhere, moved);
      expect((await d.call('clients:create', { name: 'After', since: '2024-01-01' })).ok).toBe(true);
      expect(await d.call('backup:restoreFile', {})).toMatchObject({ ok: true, value: { restored: false, kept: null } });
      pick = moved;
      const r = await d.call('backup:restoreFile', {});
      expect(r).toMatchObject({ ok: true, value: { restored: true, fileName: 'moved.ledger' } });
      const list = await d.call('clients:list', {});
      expect(list.ok && list.value.map((c) => c.name)).toEqual(['Before']);
    } finally {
      await d.close();
    }
  }, 60_000);
});
