// The module graph has no cycle: every relative import (type-only ones too) of the engine, the shell and the
// renderer, followed file by file. A cycle means two modules that cannot be understood, tested or moved
// apart; the dispatcher and its handlers were one (the handlers now depend on services/context.ts only).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ROOMS = ['src', 'electron', 'renderer/src'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The files a source imports or re-exports by a relative path (import/export … from '…', import('…')). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const target = resolve(dirname(file), m[1] ?? m[2]!);
    if (existsSync(target) && statSync(target).isFile()) found.add(target);
  }
  return [...found];
}

/** Every cycle's first appearance in a depth-first walk, as a list of paths relative to the repo. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)] as const));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((p) => relative(ROOT, p)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('the module graph', () => {
  const files = ROOMS.flatMap((room) => sources(join(ROOT, room)));

  it('is read: the walk sees the dispatcher importing its handlers', () => {
    expect(importsOf(join(ROOT, 'src/services/dispatcher.ts'))).toContain(join(ROOT, 'src/services/handlers/index.ts'));
  });

  it('has no import cycle in src/, electron/ or renderer/src/', () => {
    expect(cycles(files).map((c) => c.join(' → '))).toEqual([]);
  });
});
