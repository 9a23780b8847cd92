// Through the dispatcher: a save target naming one of the ledger's own files is refused (OWN_FILE), an
// existing file is refused unless the answer allows replacing (TARGET_EXISTS), and a write that fails at
// the last step leaves no temporary file (no plaintext) behind.
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveTargetAnswer } from '../../src/store/output-target.ts';
import { openTestLedger } from '../support/temp-ledger.ts';

let answer: (dir: string, ledger: string) => SaveTargetAnswer = () => null;
let t: Awaited<ReturnType<typeof openTestLedger>>;
afterEach(async () => { await t?.cleanup(); });
const open = async () => { t = await openTestLedger({ saveTarget: async () => answer(t.dir, t.ledgerPath) }); return t; };

describe('save targets', () => {
  it.each([
    ['the ledger', (_d: string, l: string) => ({ path: l, replace: true })],
    ['its key wrapper', (_d: string, l: string) => ({ path: `${l}.keys.json`, replace: true })],
    ['its -shm', (_d: string, l: string) => ({ path: `${l}-shm`, replace: true })],
    ["the agency ledger's sealed connection beside it", (d: string) => ({ path: `${d}/rapport.server`, replace: true })],
    ['a file in its backups folder', (_d: string, l: string) => `${l}.backups/x.json`],
    ['its holders folder', (_d: string, l: string) => `${l}.holders/x.json`],
    ['a relative spelling', (_d: string, l: string) => ({ path: `${l}.backups/../test.ledger`, replace: true })],
  ])('refuses %s with OWN_FILE and leaves the ledger as it was', async (_name, pick) => {
    answer = pick;
    const { dispatcher, ledgerPath } = await open();
    const keys = readFileSync(`${ledgerPath}.keys.json`);
    for (const channel of ['export:json', 'backup:create'] as const) {
      const r = channel === 'export:json' ? await dispatcher.call(channel, {}) : await dispatcher.call(channel, { destination: 'choose' });
      expect(r.ok ? 'ok' : r.error.code).toBe('OWN_FILE');
    }
    expect(readFileSync(`${ledgerPath}.keys.json`)).toEqual(keys);
    expect((await dispatcher.call('clients:list', {})).ok).toBe(true);
  });

  it('refuses a symlink to the ledger', async () => {
    answer = (d) => ({ path: join(d, 'link.csv'), replace: true });
    const { dispatcher, dir, ledgerPath } = await open();
    symlinkSync(ledgerPath, join(dir, 'link.csv'));
    const r = await dispatcher.call('export:eventsCsv', { lang: 'en' });
    expect(r.ok ? 'ok' : r.error.code).toBe('OWN_FILE');
  });

  it('refuses an existing file unless replacing is allowed', async () => {
    let replace = false;
    answer = (d) => ({ path: join(d, 'out.json'), replace });
    const { dispatcher, dir } = await open();
    writeFileSync(join(dir, 'out.json'), 'keep');
    const refused = await dispatcher.call('export:json', {});
    expect(refused.ok ? 'ok' : refused.error.code).toBe('TARGET_EXISTS');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('keep');
    answer = (d) => join(d, 'out.json'); // a plain path never replaces
    expect((await dispatcher.call('export:json', {})).ok).toBe(false);
    replace = true;
    answer = (d) => ({ path: join(d, 'out.json'), replace });
    expect((await dispatcher.call('export:json', {})).ok).toBe(true);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toContain('rapport-ledger');
  });

  it('leaves no temporary file when the final rename fails', async () => {
    answer = (d) => ({ path: join(d, 'folder'), replace: true });
    const { dispatcher, dir } = await open();
    mkdirSync(join(dir, 'folder'));
    expect((await dispatcher.call('export:json', {})).ok).toBe(false);
    expect((await dispatcher.call('backup:create', { destination: 'choose' })).ok).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });
});
