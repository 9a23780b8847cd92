// Benchmark: build the large ledger (1,000,000 events; 20,000 with --quick) from the seeded generator,
// encrypted through the app's create path and the store's bulk writer, beside the raw baseline: the
// same rows into a plain SQLite file with the same schema. Every run builds afresh (this is the figure),
// and leaves both files in the cache the other benches read.
// Run: npx tsx tests/bench/build.bench.ts [--quick]
import { buildCache, eventsForRun } from './support/scale-ledger.ts';
import { emit } from './support/figures.ts';

const events = eventsForRun();
const meta = await buildCache(events);
const label = events >= 1_000_000 ? `${events / 1_000_000}M` : `${events / 1000}k`;
emit(`build_${label}_events`, meta.encryptedMs / 1000, 's', meta.plainMs / 1000);
process.stderr.write(`bench: ${meta.summary.clients} clients, ${meta.summary.contacts} contacts, ${meta.summary.events} events; largest ${meta.summary.largest.events}\n`);
