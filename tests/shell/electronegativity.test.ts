// docs/security.md 22: the Electronegativity gate (scripts/electronegativity.ts) fails where the bare tool would
// pass silently: a file type it skips, a file it cannot parse, a finding nobody reviewed. Run on a small
// built tree made here, with the real tool; the gate over the real build runs in `npm test` after the build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judge, readAllowList, runGate, type Finding } from '../../scripts/electronegativity.ts';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function builtTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-gate-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const SAFE_HTML = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'"><title>x</title></head><body></body></html>`;

describe('the Electronegativity gate', () => {
  it('scans .cjs files, reports parse failures and unknown file types, and fails on unreviewed findings', async () => {
    const out = builtTree({
      'main/index.js': `import { app } from 'electron';\napp.whenReady();\n`,
      // The bare tool never opens a .cjs file: this finding would vanish without the gate's copy.
      'preload/index.cjs': `const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n`,
      'renderer/index.html': SAFE_HTML,
      'renderer/assets/broken.js': 'function ( {\n',
      'renderer/assets/app.css': 'body{}',
      'renderer/assets/engine.wasm': '\0asm',
      // Modern syntax the tool's own walker chokes on: lowered before the scan, so it is checked, not skipped.
      'renderer/assets/modern.js': 'class A { #secret = 1; static { this.x = 1; } get() { return this.#secret; } }\nexport { A };\n',
    });
    const report = await runGate(out, []);
    expect(report.ok).toBe(false);
    expect(report.scanned.sort()).toEqual(['main/index.js', 'preload/index.cjs', 'renderer/assets/modern.js', 'renderer/index.html']);
    expect(report.unknownFiles).toEqual(['renderer/assets/engine.wasm']);
    expect(report.parseErrors.map((e) => e.file)).toEqual(['renderer/assets/broken.js']);
    const preload = report.unexpected.filter((f) => f.file === 'preload/index.cjs').map((f) => f.id);
    expect(preload).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('each allow-list entry absorbs exactly its count; a surplus finding or a stale entry fails', () => {
    const f = (id: string, file = 'main/index.js'): Finding => ({ id, file, line: 1, column: 0, description: '', manualReview: false });
    const entry = { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', count: 1, why: 'reviewed: allow-listed https only' };
    expect(judge([f('OPEN_EXTERNAL_JS_CHECK')], [entry])).toEqual({ unexpected: [], stale: [] });
    expect(judge([f('OPEN_EXTERNAL_JS_CHECK'), f('OPEN_EXTERNAL_JS_CHECK')], [entry]).unexpected).toHaveLength(1);
    expect(judge([], [entry]).stale).toEqual([entry]);
    expect(judge([f('OPEN_EXTERNAL_JS_CHECK', 'preload/index.cjs')], [entry]).unexpected).toHaveLength(1);
  });

  it('the shipped allow-list gives a reason for every entry', () => {
    const allow = readAllowList();
    expect(allow.length).toBeGreaterThan(0);
    for (const e of allow) expect(e.why.length, e.id).toBeGreaterThan(60);
  });
});
