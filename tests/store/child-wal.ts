// Child process for docs/security.md 32 (run by wal-damage.test.ts): opens the ledger, commits COUNT
// transactions of one client each with checkpoints off, so every commit stays in the WAL, says "committed"
// and kills itself with SIGKILL: a crash that leaves a hot WAL behind. The data key arrives on stdin (hex).
import { readFileSync, writeSync } from 'node:fs';
import { openEncrypted } from '../../src/store/connection.ts';
import { insertClient } from './helpers.ts';

const [dbPath, count] = process.argv.slice(2);
if (!dbPath || !count) throw new Error('usage: child-wal.ts <db> <count> < keyhex');
const db = openEncrypted(dbPath, Buffer.from(readFileSync(0, 'utf8').trim(), 'hex'));
db.pragma('wal_autocheckpoint = 0');
for (let i = 0; i < Number(count); i++) db.transaction(() => insertClient(db, `Crash client ${i}`, 'x'.repeat(3000))).immediate();
writeSync(1, 'committed\n');
process.kill(process.pid, 'SIGKILL');
