// Issue "One ledger, many hands" 10a: ledger text never carries terminal controls to the terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeControls, table } from '../../src/cli/format.ts';
import { rapport, tempDir } from './support.ts';

const NAME = 'Evil\u001b[31m Red\u001b]0;pwned\u0007 \u009b2J\u202Egnp.exe Corp';
const TITLE = 'Kickoff \u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u202Eevil\u2066 done\r!';
const { dir, cleanup } = tempDir();
const ledger = join(dir, 'escapes.ledger');
const at = (args: string[]) => rapport(['--ledger', ledger, ...args]);

function clean(out: string): void {
  const bytes = Buffer.from(out, 'utf8');
  for (const b of [0x1b, 0x07, 0x0d]) expect(bytes.includes(b)).toBe(false);
  expect(out).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
}

beforeAll(() => {
  expect(at(['init']).status).toBe(0);
  const csv = join(dir, 'clients.csv');
  writeFileSync(csv, `Company\n"${NAME}"\n`);
  const imported = at(['import', csv, '--as', 'client']);
  expect(imported.status, imported.stderr).toBe(0);
  clean(imported.stdout);
  const event = at(['event', 'add', '1', '--kind', 'milestone', '--title', TITLE, '--date', '2026-01-05']);
  expect(event.status, event.stderr).toBe(0);
}, 120_000);
afterAll(cleanup);

describe('the CLI escapes terminal controls from the ledger', () => {
  test('escapeControls makes each control visible and keeps newlines and tabs', () => {
    expect(escapeControls('a\u001b[31mb\u0007\u009b\u202Ec\n\td')).toBe('a\\u001b[31mb\\u0007\\u009b\\u202ec\n\td');
  });

  test.each([
    [['client', 'list']], [['timeline', '1']], [['search', 'Kickoff']], [['health', '1']],
  ])('%j prints no control', (args) => {
    const r = at(args);
    expect(r.status, r.stderr).toBe(0);
    clean(r.stdout);
    clean(r.stderr);
  });

  test('--json stays valid JSON and decodes to the stored text', () => {
    const list = at(['client', 'list', '--json']);
    clean(list.stdout);
    expect((JSON.parse(list.stdout) as { name: string }[]).map((c) => c.name)).toContain(NAME);
    const timeline = at(['timeline', '1', '--json']);
    clean(timeline.stdout);
    expect(JSON.stringify(JSON.parse(timeline.stdout))).toContain(JSON.stringify(TITLE).slice(1, -1));
  });
});

describe('a table with escaped text', () => {
  test('measures what the terminal shows: the columns after an escaped cell stay aligned', () => {
    const out = table([{ header: 'Name' }, { header: 'Band' }], [['Evil\u001b[31m', 'red'], ['Plain', 'green']]);
    const [head, first, second] = out.trimEnd().split('\n');
    expect(first).toBe('Evil\\u001b[31m  red');
    expect(second!.indexOf('green')).toBe(first!.indexOf('red'));
    expect(head!.indexOf('Band')).toBe(first!.indexOf('red'));
  });
});
