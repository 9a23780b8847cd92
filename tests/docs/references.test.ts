// Every document the code, the tests and the README point at is in this repository, and every numbered
// promise they cite ("docs/security.md 26") exists: a person who clones the repo can follow each reference.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['src', 'electron', 'renderer/src', 'renderer/index.html', 'tests', 'scripts', 'migrations', 'bin', 'README.md', 'docs', '.ci'];
const TEXT = /\.(ts|tsx|js|cjs|mjs|json|md|html|css)$|^run$/;

function* files(path: string): Generator<string> {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return;
  if (statSync(abs).isFile()) {
    yield abs;
    return;
  }
  for (const name of readdirSync(abs)) {
    if (name === 'node_modules') continue;
    const child = join(abs, name);
    if (statSync(child).isDirectory()) yield* files(relative(ROOT, child));
    else if (TEXT.test(name)) yield child;
  }
}

// A document reference: a path ending in .md (a bare name like SECURITY.md counts, and must exist too).
const MD_REF = /(?<![\w/.-])((?:[\w.-]+\/)*[\w.-]+\.md)\b/g;
const PROMISE_REF = /docs\/security\.md (\d+)(?: and (\d+))?/g;

const promises = new Set(
  [...readFileSync(join(ROOT, 'docs/security.md'), 'utf8').matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1])),
);

describe('references to documents', () => {
  const all = [...SCANNED.flatMap((p) => [...files(p)])].filter((f) => !f.endsWith('references.test.ts'));

  it('finds the documents it checks against', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(promises.size).toBeGreaterThanOrEqual(29);
  });

  it('points only at files that exist', () => {
    const dangling: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(MD_REF)) {
        const ref = m[1]!;
        const candidates = [join(ROOT, ref), join(ROOT, 'docs', ref)];
        if (!candidates.some((c) => existsSync(c))) dangling.push(`${relative(ROOT, file)}: ${ref}`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('cites only numbered promises that docs/security.md makes', () => {
    const unknown: string[] = [];
    for (const file of all) {
      for (const m of readFileSync(file, 'utf8').matchAll(PROMISE_REF)) {
        for (const n of [m[1], m[2]].filter(Boolean).map(Number)) if (!promises.has(n)) unknown.push(`${relative(ROOT, file)}: ${n}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('names in each promise a test file that exists', () => {
    const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
    const missing = [...doc.matchAll(/`(tests\/[^`]+\.ts)`/g)].map((m) => m[1]!).filter((p) => !existsSync(join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});
