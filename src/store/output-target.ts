// Where an export, a report, a saved backup or a diagnostic copy may be written. The caller picks the path (a
// save dialog in the app, --out in the CLI); this guard is the one place that refuses a path belonging to the
// ledger itself (its database, -wal/-shm, key wrapper, backups, lock files), however it is spelled: relative,
// through a symlink, in another case on a case-insensitive file system, or as a hard link.
import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { RapportError } from '../contract/errors.ts';
import { backupsDir } from './backup.ts';
import { ledgerFiles } from './files.ts';
import { connectionFileFor } from './server/saved-connection.ts';

/** A place to write: the path, and whether an existing file there may be replaced (the user said so). */
export interface OutputTarget {
  path: string;
  replace: boolean;
}

/** What a save target answers: a path (an existing file there is refused), a path with a say on replacing, or null (cancelled). */
export type SaveTargetAnswer = string | OutputTarget | null;

const FOLD_CASE = process.platform === 'darwin' || process.platform === 'win32';
const fold = (p: string) => (FOLD_CASE ? p.toLowerCase() : p);

/** The `.holders/` folder and `.exclusive` file that keep several processes off each other's ledger. */
export const lockNames = (ledgerPath: string) => ({ holders: `${ledgerPath}.holders`, exclusive: `${ledgerPath}.exclusive` });

/**
 * The path as the file system resolves it: absolute, every symlink followed (a dangling one at the end too),
 * a missing tail appended to the real path of its nearest existing ancestor.
 */
export function canonicalPath(path: string): string {
  let p = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let isLink = false;
    let exists = false;
    try {
      const st = lstatSync(p);
      exists = true;
      isLink = st.isSymbolicLink();
    } catch {
      // missing: resolved through its parent below
    }
    if (isLink) {
      p = resolve(dirname(p), readlinkSync(p));
      continue;
    }
    if (exists) {
      try {
        return realpathSync(p);
      } catch {
        return p;
      }
    }
    const parent = dirname(p);
    if (parent === p) return p;
    return join(canonicalPath(parent), basename(p));
  }
  return p; // a symlink loop: writing there fails anyway
}

const inside = (child: string, dir: string) => {
  const c = fold(child);
  const d = fold(dir);
  return c === d || c.startsWith(d.endsWith(sep) ? d : d + sep);
};

const identity = (path: string): string | null => {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
};

/** Every file and folder that belongs to the ledger at `ledgerPath`, canonical. */
function ownPaths(ledgerPath: string): { files: string[]; folders: string[] } {
  const files = new Set<string>();
  const folders = new Set<string>();
  // The wrapper and lock names follow the path as given; SQLite puts -wal/-shm beside the real database file.
  for (const base of new Set([resolve(ledgerPath), canonicalPath(ledgerPath)])) {
    const f = ledgerFiles(base);
    const locks = lockNames(base);
    // The sealed connection to the agency's ledger lives beside the ledger file too.
    for (const p of [f.db, f.wal, f.shm, f.keys, locks.exclusive, connectionFileFor(base)]) files.add(canonicalPath(p));
    for (const p of [backupsDir(base), locks.holders]) folders.add(canonicalPath(p));
  }
  return { files: [...files], folders: [...folders] };
}

/** Refuse (OWN_FILE) a path that is one of the ledger's own files or lies in one of its folders. */
export function assertNotOwnFile(ledgerPath: string, path: string): void {
  const target = canonicalPath(path);
  const own = ownPaths(ledgerPath);
  const refuse = () => new RapportError('OWN_FILE', 'That file belongs to the ledger itself (the ledger, its key file or its backups); choose another place. Nothing was written.');
  if (own.files.some((f) => fold(f) === fold(target))) throw refuse();
  if (own.folders.some((d) => inside(target, d))) throw refuse();
  // A hard link (or a case the platform folds differently) names the same file under another name.
  const id = identity(target);
  if (id !== null && own.files.some((f) => identity(f) === id)) throw refuse();
}

/**
 * Check a caller's answer before anything is written: never one of the ledger's own files (nor a file written
 * beside it, `sidecars` being suffixes such as `.keys.json`), and an existing file only when replacing was allowed.
 */
export function checkOutputTarget(ledgerPath: string, answer: string | OutputTarget, sidecars: readonly string[] = []): OutputTarget {
  const chosen = typeof answer === 'string' ? { path: answer, replace: false } : answer;
  const path = resolve(chosen.path);
  const all = [path, ...sidecars.map((s) => `${path}${s}`)];
  for (const p of all) assertNotOwnFile(ledgerPath, p);
  if (!chosen.replace && all.some((p) => existsSync(p) || isLink(p))) {
    throw new RapportError('TARGET_EXISTS', 'A file with that name already exists; it was left untouched.');
  }
  return { path, replace: chosen.replace };
}

const isLink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};
