// Real encrypted ledgers in temp folders for tests that go through the dispatcher.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../src/services/index.ts';
import type { ServiceOptions } from '../../src/services/context.ts';
import type { RawDatabase } from '../../src/store/connection.ts';

export const TEST_PASSPHRASE = 'correct horse battery staple';

export function tempDir(prefix = 'rapport-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A dispatcher over a new, unlocked ledger in a fresh temp folder. */
export async function openTestLedger(options: Partial<ServiceOptions> = {}): Promise<{
  dispatcher: Dispatcher; ledgerPath: string; dir: string; cleanup: () => Promise<void>;
}> {
  const { dir, cleanup } = tempDir();
  const ledgerPath = join(dir, 'test.ledger');
  const dispatcher = createDispatcher({ ledgerPath, ...options });
  const created = await dispatcher.call('ledger:create', { passphrase: TEST_PASSPHRASE });
  if (!created.ok) throw new Error(`could not create the test ledger: ${created.error.code}`);
  return {
    dispatcher, ledgerPath, dir,
    cleanup: async () => {
      await dispatcher.close();
      cleanup();
    },
  };
}

/** Unwrap a Result in a test, failing with the error code. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The raw SQLite handle of a dispatcher's open file ledger (tests that look at the file's tables directly). */
export function rawOf(dispatcher: Pick<Dispatcher, 'session'>): RawDatabase {
  const ledger = dispatcher.session.ledger;
  if (ledger?.kind !== 'file') throw new Error('expected an open file ledger');
  return ledger.raw;
}
