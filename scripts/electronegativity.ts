// docs/security.md 22: Electronegativity over the BUILT JavaScript (out/main, out/preload, out/renderer) as a gate.
// `npx electronegativity` cannot be the gate as it is: it skips every file whose extension it does not know
// (our preload is `index.cjs`) without a word, it keeps going past files it cannot parse, and it exits 0
// whatever it found. So this script runs its engine programmatically and fails on
//   1. a built file that is neither scanned code nor a known asset type (nothing is skipped unnoticed),
//   2. any parse error or parser warning (a file it could not read fully was not checked),
//   3. any finding that is not in scripts/electronegativity-allow.json, each entry of which says why it is fine,
//   4. any allow-list entry that no longer matches a finding (the list stays reviewed, not a graveyard).
// It works offline: the translation download at start-up and the release-list download of the
// AVAILABLE_SECURITY_FIXES global check are replaced or left out (the Electron version is pinned in package.json).
// Usage: `npx tsx scripts/electronegativity.ts [outDir]` (default ./out; run after `electron-vite build`).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The parts of the build the gate covers. */
export const SCANNED_DIRS = ['main', 'preload', 'renderer'] as const;
/** Code Electronegativity reads, and the extension it must read it under (it knows .js but not .cjs/.mjs). */
const CODE_AS = { '.js': '.js', '.cjs': '.js', '.mjs': '.js', '.html': '.html', '.json': '.json' } as Record<string, string>;
/** Built files that carry no code and need no scan. Anything else fails the gate until it is listed here. */
const ASSETS = new Set(['.css', '.svg', '.png', '.ico', '.woff', '.woff2', '.ttf', '.map']);

export interface AllowEntry {
  /** Electronegativity's check id, e.g. "OPEN_EXTERNAL_JS_CHECK". */
  id: string;
  /** The built file, relative to out/, e.g. "main/index.js" (renderer chunks: a regex via `filePattern`). */
  file?: string;
  filePattern?: string;
  /** How many findings of this id this entry covers in that file (so a new one does not slip in). */
  count: number;
  /** The review: why the finding is acceptable, and which test proves the defence. */
  why: string;
}

export interface Finding { id: string; file: string; line: number; column: number; description: string; manualReview: boolean }
export interface GateReport {
  scanned: string[];
  unknownFiles: string[];
  parseErrors: { file: string; message: string }[];
  findings: Finding[];
  unexpected: Finding[];
  staleAllowEntries: AllowEntry[];
  ok: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

// Electronegativity's i18n module downloads translations on every run. Replace it by the same setup from the
// bundled English strings, before anything of the tool loads, so the gate never touches the network.
function installOfflineI18n(): void {
  const pkgDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const i18nModule = join(pkgDir, 'dist', 'locales', 'i18n.js');
  // The tool's own copy of i18n, wherever npm placed it.
  const i18n = createRequire(i18nModule)('i18n') as { configure(o: object): void; setLocale(l: string): void };
  const offline = () => {
    i18n.configure({
      locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nModule), updateFiles: false,
      objectNotation: true, retryInDefaultLocale: true, register: globalThis,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  const mod = new (require('node:module') as { Module: new (id: string) => NodeJS.Module }).Module(i18nModule);
  mod.filename = i18nModule;
  mod.loaded = true;
  mod.exports = Object.assign(offline, { default: offline, __esModule: true });
  require.cache[i18nModule] = mod;
}

// Electronegativity walks the tree with an estraverse that predates ES2022 and throws "Unknown node type
// ClassPrivateProperty" on the renderer bundle: that file would count as checked without being checked. So the
// copy is lowered to ES2020 (private fields become WeakMaps; every Electron API call, option object and string
// stays as it is, which is what the checks look for) and not minified, so findings stay readable.
async function scannable(code: string, name: string): Promise<string> {
  const format = name.endsWith('.cjs') ? 'cjs' : 'esm';
  const out = await transform(code, { loader: 'js', target: 'es2020', format, legalComments: 'inline', sourcefile: name });
  return out.code;
}

type RunResult = { errors: { file: string; message: string; tolerable: boolean }[]; issues: RawIssue[] };
type RawIssue = { id: string; file: string; location: { line: number; column: number }; description: string; manualReview?: boolean };

function matches(entry: AllowEntry, finding: Finding): boolean {
  if (entry.id !== finding.id) return false;
  if (entry.file !== undefined) return entry.file === finding.file;
  if (entry.filePattern !== undefined) return new RegExp(entry.filePattern).test(finding.file);
  return false;
}

/** Compare findings with the allow-list: each entry absorbs exactly `count` findings, no more, no fewer. */
export function judge(findings: Finding[], allow: AllowEntry[]): { unexpected: Finding[]; stale: AllowEntry[] } {
  const left = [...findings];
  const stale: AllowEntry[] = [];
  for (const entry of allow) {
    const hit = left.filter((f) => matches(entry, f));
    if (hit.length !== entry.count) stale.push(entry);
    for (const f of hit.slice(0, entry.count)) left.splice(left.indexOf(f), 1);
  }
  return { unexpected: left, stale };
}

export async function runGate(outDir: string, allow: AllowEntry[]): Promise<GateReport> {
  const unknownFiles: string[] = [];
  const scanned: string[] = [];
  const lowerErrors: { file: string; message: string }[] = [];
  // A copy under names Electronegativity reads; the map leads each copy back to the built file.
  const work = mkdtempSync(join(tmpdir(), 'rapport-electronegativity-'));
  const original = new Map<string, string>();
  try {
    for (const part of SCANNED_DIRS) {
      const dir = join(outDir, part);
      if (!existsSync(dir)) throw new Error(`The build is missing ${part}/ under ${outDir}: run \`npx electron-vite build\` first.`);
      for (const file of walk(dir)) {
        const rel = relative(outDir, file).split(sep).join('/');
        const ext = extname(file).toLowerCase();
        const as = CODE_AS[ext];
        if (as === undefined) {
          if (!ASSETS.has(ext)) unknownFiles.push(rel);
          continue;
        }
        const copy = join(work, `${rel.slice(0, rel.length - ext.length)}${as}`);
        if (original.has(copy)) throw new Error(`Two built files would be scanned as one: ${rel}`);
        let text: string | Buffer = readFileSync(file);
        if (as === '.js') {
          try {
            text = await scannable(text.toString('utf8'), rel);
          } catch (e) {
            lowerErrors.push({ file: rel, message: e instanceof Error ? e.message.split('\n').slice(0, 2).join(' ') : String(e) });
            continue;
          }
        }
        mkdirSync(dirname(copy), { recursive: true });
        writeFileSync(copy, text);
        original.set(copy, rel);
        scanned.push(rel);
      }
    }
    if (scanned.length === 0 && lowerErrors.length === 0) throw new Error('No built code found to scan.');

    installOfflineI18n();
    const run = require('@doyensec/electronegativity') as (o: object) => Promise<RunResult>;
    const electronVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
    const quietLog = console.log;
    let result: RunResult;
    try {
      console.log = () => undefined; // the tool chats on stdout; the gate prints its own summary
      result = await run({
        input: work,
        isRelative: false,
        electronVersionOverride: electronVersion,
        // Downloads Electron's release list (network); the pinned version is reviewed with every upgrade.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        customScan: [],
        parserPlugins: [],
      });
    } finally {
      console.log = quietLog;
    }
    const back = (file: string) => original.get(resolve(file)) ?? original.get(join(work, file)) ?? file;
    const parseErrors = [...lowerErrors, ...result.errors.map((e) => ({ file: back(e.file), message: e.message }))];
    const findings = result.issues.map((i): Finding => ({
      id: i.id, file: back(i.file), line: i.location.line, column: i.location.column, description: i.description,
      manualReview: Boolean(i.manualReview),
    }));
    const { unexpected, stale } = judge(findings, allow);
    return {
      scanned, unknownFiles, parseErrors, findings, unexpected, staleAllowEntries: stale,
      ok: unknownFiles.length === 0 && parseErrors.length === 0 && unexpected.length === 0 && stale.length === 0,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const ALLOW_LIST = join(ROOT, 'scripts', 'electronegativity-allow.json');

export function readAllowList(path = ALLOW_LIST): AllowEntry[] {
  const entries = JSON.parse(readFileSync(path, 'utf8')) as { allow: AllowEntry[] };
  for (const e of entries.allow) {
    if (!e.id || (!e.file && !e.filePattern) || !(e.count > 0) || !e.why || e.why.trim().length < 20) {
      throw new Error(`An allow-list entry lacks its id, file, count or a real reason: ${JSON.stringify(e)}`);
    }
  }
  return entries.allow;
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(ROOT, 'out'));
  const report = await runGate(outDir, readAllowList());
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`electronegativity: ${report.scanned.length} built files scanned, ${report.findings.length} findings, ` +
    `${report.findings.length - report.unexpected.length} of them reviewed in the allow-list`);
  for (const f of report.unknownFiles) print(`  NOT SCANNED (unknown file type): ${f}`);
  for (const e of report.parseErrors) print(`  PARSE ERROR ${e.file}: ${e.message}`);
  for (const f of report.unexpected) print(`  FINDING ${f.id} ${f.file}:${f.line}:${f.column}${f.manualReview ? ' (review)' : ''} ${f.description}`);
  for (const e of report.staleAllowEntries) print(`  ALLOW-LIST ENTRY NO LONGER MATCHES ${e.count}×: ${e.id} ${e.file ?? e.filePattern}`);
  if (!report.ok) {
    print('electronegativity gate: FAILED');
    process.exitCode = 1;
  } else {
    print('electronegativity gate: ok');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
