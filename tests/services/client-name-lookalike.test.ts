// Issue "One ledger, many hands" 10b: a look-alike of an existing client's name is refused in the client form.
import { describe, expect, test } from 'vitest';
import { expectOk, openTestLedger } from '../support/temp-ledger.ts';

describe('clients:create and clients:update refuse a look-alike name', () => {
  test('zero-width space, case, width and bidi marks do not make a new client', async () => {
    const t = await openTestLedger();
    const d = t.dispatcher;
    try {
      const first = expectOk(await d.call('clients:create', { name: 'Nordlicht AG', since: '2020-01-01' }));
      for (const name of ['Nordlicht\u200B AG', 'nordlicht ag', 'ＮＯＲＤＬＩＣＨＴ AG', 'Nord\u00ADlicht\u2060 AG']) {
        const r = await d.call('clients:create', { name, since: '2020-01-01' });
        expect(r.ok, name).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('INVALID');
      }
      const other = expectOk(await d.call('clients:create', { name: 'Hansen KG', since: '2020-01-01' }));
      const renamed = await d.call('clients:update', { id: other.id, patch: { name: 'Nordlicht\u200D AG' } });
      expect(renamed.ok).toBe(false);
      expectOk(await d.call('clients:update', { id: first.id, patch: { name: 'NORDLICHT AG' } })); // its own name, recased
      expect(expectOk(await d.call('clients:list', { includeArchived: true })).map((c) => c.name).sort()).toEqual(['Hansen KG', 'NORDLICHT AG']);
    } finally {
      await t.cleanup();
    }
  });
});
