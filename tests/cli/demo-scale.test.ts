// `rapport demo --scale N`: a large generated agency through the store's bulk writer, with progress on stderr.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rapport, tempDir, withUnlocked } from './support.ts';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('rapport demo --scale', () => {
  it('builds the agency into a new ledger, reports progress, and refuses to fill it twice', async () => {
    const ledger = join(dir, 'big.ledger');
    const run = rapport(['--ledger', ledger, '--lang', 'en', 'demo', '--scale', '30000', '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as { clients: number; contacts: number; events: number; largest: { events: number } };
    expect(summary).toMatchObject({ clients: 20, events: 30_000 });
    expect(summary.largest.events).toBeGreaterThan(3000);
    expect(run.stderr).toContain('30,000 / 30,000 events');
    await withUnlocked(ledger, async (d) => {
      const clients = await d.call('clients:list', { includeArchived: true });
      if (!clients.ok) throw new Error(clients.error.message);
      expect(clients.value.reduce((n, c) => n + c.eventCount, 0)).toBe(30_000);
    });
    const again = rapport(['--ledger', ledger, 'demo', '--scale', '30000']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already has clients');
  });

  it('rejects a size that is not a whole number in range as a usage error', () => {
    const run = rapport(['--ledger', join(dir, 'x.ledger'), 'demo', '--scale', '12.5']);
    expect(run.status).toBe(2);
  });
});
