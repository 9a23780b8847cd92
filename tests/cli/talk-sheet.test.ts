// `rapport talk-sheet PREP --out FILE.pdf` through the real command: the demo agency, a filled prep for
// the open Nordlicht crisis, the sheet written where --out says, and the exit codes of the other commands.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillNordlichtPrep } from '../report/talk-sheet-support.ts';
import { rapport, tempDir, withUnlocked } from './support.ts';

const { dir, cleanup } = tempDir();
const ledger = join(dir, 'demo.ledger');
let prepId = 0;

const text = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

beforeAll(async () => {
  const demo = rapport(['--ledger', ledger, 'demo', '--lang', 'de']);
  expect(demo.status, demo.stderr).toBe(0);
  prepId = await withUnlocked(ledger, (d) => fillNordlichtPrep(d, 'de'));
}, 180_000);
afterAll(cleanup);

describe('rapport talk-sheet', () => {
  it('writes the sheet of a prep given by id, in German', () => {
    const out = join(dir, 'leitfaden.pdf');
    const r = rapport(['--ledger', ledger, '--lang', 'de', 'talk-sheet', String(prepId), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const n = pages(out);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(2);
    expect(r.stdout).toBe(`geschrieben: ${out} (${n} ${n === 1 ? 'Seite' : 'Seiten'})\n`);
    const t = text(out);
    expect(t).toContain('Drohung mit Kündigung und Rechtsabteilung');
    expect(t).toContain('Diagnose und Empfehlung');
    expect(t).toContain('Nordlicht Versicherung AG');
    expect(t).toContain('<b>x</b> & <script>');
  });

  it('finds the prep by the start of its crisis title, and sets the sheet in the language asked for', () => {
    const out = join(dir, 'sheet.pdf');
    const r = rapport(['--ledger', ledger, '--lang', 'en', 'talk-sheet', 'drohung mit', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^written: .*sheet\.pdf \(\d pages?\)\n$/);
    const t = text(out);
    expect(t).toContain('Diagnosis and recommendation');
    expect(t).toContain('Glasl stage 6: Threat strategies');
  });

  it('exits 2 without --out, 1 for a prep that does not exist, 3 for a wrong passphrase', () => {
    const out = join(dir, 'never.pdf');
    const noOut = rapport(['--ledger', ledger, 'talk-sheet', String(prepId)]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const unknown = rapport(['--ledger', ledger, 'talk-sheet', 'Keine solche Krise', '--out', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no talk preparation matches "Keine solche Krise"');
    expect(rapport(['--ledger', ledger, 'talk-sheet', '999999', '--out', out]).status).toBe(1);
    expect(rapport(['--ledger', ledger, 'talk-sheet', String(prepId), '--out', out], { RAPPORT_PASSPHRASE: 'not the passphrase' }).status).toBe(3);
    expect(existsSync(out)).toBe(false);
  });
});
