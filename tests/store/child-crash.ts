// Child process for docs/security.md 5 (run by crash.test.ts, which kills it with SIGKILL at random moments).
// Opens the ledger through the real open path and commits transactions forever; after each COMMIT has
// returned it writes one line per row id to stdout: an acknowledged id is one the user was told is saved.
// The data key arrives on stdin (hex) so it never shows up in a process listing.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeSync } from 'node:fs';
import { openEncrypted } from '../../src/store/connection.ts';

const [dbPath, trial] = process.argv.slice(2);
if (!dbPath || !trial) throw new Error('usage: child-crash.ts <db> <trial> < keyhex');
const key = Buffer.from(readFileSync(0, 'utf8').trim(), 'hex');
const db = openEncrypted(dbPath, key);
db.pragma('wal_autocheckpoint = 64'); // checkpoint often, so kills also land inside checkpoints

// A small seeded generator (mulberry32): the workload of a trial is the same on every run.
let seed = Number(trial) * 0x9e3779b9;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

function say(line: string): void {
  const buf = Buffer.from(`${line}\n`);
  for (let off = 0; off < buf.length;) {
    try { off += writeSync(1, buf, off); } catch (e) { if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e; }
  }
}

const insert = db.prepare(
  `insert into clients (name, since, status, currency, cadence_ideal_days, cadence_max_days, notes, created_at, updated_at)
   values (?, '2020-01-01', 'active', 'EUR', 30, 60, ?, 'x', 'x')`,
);
const addEvent = db.prepare(
  `insert into events (client_id, kind, title, body, occurred_on, created_at, updated_at)
   values (?, 'touchpoint', ?, ?, '2024-01-01', 'x', 'x')`,
);
const commitBatch = db.transaction((size: number) => {
  const ids: number[] = [];
  for (let i = 0; i < size; i++) {
    const id = Number(insert.run(`crash-${trial}-${randomBytes(4).toString('hex')}`, 'n'.repeat(200 + Math.floor(random() * 3000))).lastInsertRowid);
    addEvent.run(id, `call ${i}`, 'b'.repeat(Math.floor(random() * 2000)));
    ids.push(id);
  }
  return ids;
});

say('ready');
for (;;) {
  const ids = commitBatch(1 + Math.floor(random() * 4)); // returns only after COMMIT
  for (const id of ids) say(`ack ${id}`);
}
