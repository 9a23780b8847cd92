// Who holds a ledger open, across processes (the app, any number of CLI runs).
//
// Why: SQLite's own locks only guard single transactions. A restore swaps the database file and a passphrase
// change swaps the key wrapper; another process that still has the old file open keeps writing into an
// unlinked inode (an import in another process was lost that way). So every process that opens a ledger
// registers itself as a holder (`<ledger>.holders/<pid>-<random>`, created with O_EXCL, mode 600, folder
// 700) and removes the file again on close. An exclusive operation first creates `<ledger>.exclusive`
// (O_EXCL), then looks for live holders of other processes; an opener first registers, then looks for a live
// exclusive marker. Write-then-check on both sides: of two racing processes at least one sees the other and
// refuses (IN_USE). A holder or marker whose process is gone (kill(pid, 0) → ESRCH) is stale and ignored.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { RapportError } from '../contract/errors.ts';

export const holdersDir = (ledgerPath: string) => `${ledgerPath}.holders`;
export const exclusiveMarker = (ledgerPath: string) => `${ledgerPath}.exclusive`;

/** Whether a process with this id is alive (EPERM: alive, owned by someone else). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const pidOfName = (name: string) => Number.parseInt(name.split('-')[0] ?? '', 10);

function writeExclusive(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

const inUse = (what: string) => new RapportError('IN_USE', what);

/** Live holders of other processes (stale ones are removed on the way). */
export function otherLiveHolders(ledgerPath: string): string[] {
  let names: string[];
  try {
    names = readdirSync(holdersDir(ledgerPath));
  } catch {
    return [];
  }
  const live: string[] = [];
  for (const name of names) {
    const pid = pidOfName(name);
    if (pid === process.pid) continue;
    if (pidAlive(pid)) live.push(name);
    else rmSync(join(holdersDir(ledgerPath), name), { force: true });
  }
  return live;
}

/** Whether a live process (this one included) holds the exclusive marker. */
function liveExclusive(ledgerPath: string): boolean {
  let text: string;
  try {
    text = readFileSync(exclusiveMarker(ledgerPath), 'utf8');
  } catch {
    return false;
  }
  return pidAlive(Number.parseInt(text, 10));
}

export interface Holder {
  release(): void;
}

/**
 * Register this process as a holder of the ledger. Refuses IN_USE (registering nothing) while another live
 * process runs an exclusive operation (restore, passphrase change).
 */
export function registerHolder(ledgerPath: string): Holder {
  const dir = holdersDir(ledgerPath);
  const file = join(dir, `${process.pid}-${randomBytes(6).toString('hex')}`);
  for (let attempt = 0; ; attempt++) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeExclusive(file, String(process.pid));
      break;
    } catch (e) {
      // Another process removed the emptied folder between our mkdir and open: make it again.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 5) throw e;
    }
  }
  let released = false;
  const holder: Holder = {
    release() {
      if (released) return;
      released = true;
      rmSync(file, { force: true });
      try { rmdirSync(dir); } catch { /* not empty, or gone: fine */ }
    },
  };
  const marker = readMarkerPid(ledgerPath);
  if (marker !== null && marker !== process.pid && pidAlive(marker)) {
    holder.release();
    throw inUse('Another Rapport process is restoring this ledger or changing its passphrase; try again when it is done.');
  }
  return holder;
}

function readMarkerPid(ledgerPath: string): number | null {
  try {
    return Number.parseInt(readFileSync(exclusiveMarker(ledgerPath), 'utf8'), 10);
  } catch {
    return null;
  }
}

/**
 * Run an exclusive operation: only while no other live process holds the ledger open (this process's own
 * holders do not count). Refuses IN_USE and changes nothing otherwise.
 */
export async function withExclusive<T>(ledgerPath: string, fn: () => Promise<T> | T): Promise<T> {
  const marker = exclusiveMarker(ledgerPath);
  try {
    writeExclusive(marker, String(process.pid));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (liveExclusive(ledgerPath)) throw inUse('Another Rapport process is restoring this ledger or changing its passphrase. Nothing was changed.');
    rmSync(marker, { force: true }); // stale: its process is gone
    try {
      writeExclusive(marker, String(process.pid));
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'EEXIST') throw inUse('Another Rapport process is using this ledger. Nothing was changed.');
      throw again;
    }
  }
  try {
    if (otherLiveHolders(ledgerPath).length > 0) {
      throw inUse('The ledger is open in another Rapport process (the app or a command); close it there first. Nothing was changed.');
    }
    return await fn();
  } finally {
    rmSync(marker, { force: true });
  }
}
