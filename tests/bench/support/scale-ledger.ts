// The bench's large ledger and its raw baseline: the same seeded agency built into an encrypted ledger
// (through the app's create path and the store's bulk writer) and into a plain, unencrypted SQLite file
// with the same schema and pragmas but no cipher. Both are cached under the OS temp folder, keyed by size
// and seed, so the store and renderer benches reuse what build.bench.ts measured.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { createDispatcher, type Dispatcher } from '../../../src/services/index.ts';
import { buildScale, type ScaleProgress, type ScaleSummary } from '../../../src/services/demo/scale/index.ts';
import type { RawDatabase } from '../../../src/store/connection.ts';
import { TEST_PASSPHRASE, rawOf } from '../../support/temp-ledger.ts';

export const SEED = 20_261_122;
/** The generated history ends here; the dispatcher's clock is fixed to it so health is reproducible. */
export const SCALE_TODAY = '2026-06-30';
export const scaleNow = () => new Date(`${SCALE_TODAY}T10:00:00Z`);
export const FULL_EVENTS = 1_000_000;
export const QUICK_EVENTS = 20_000;

export const quick = process.argv.includes('--quick');
export const eventsForRun = () => (quick ? QUICK_EVENTS : FULL_EVENTS);

export interface Built { summary: ScaleSummary; ms: number }
export interface CacheMeta { events: number; seed: number; today: string; summary: ScaleSummary; encryptedMs: number; plainMs: number }

export const cacheDir = (events: number, seed = SEED) => join(tmpdir(), 'rapport-bench', `${events}-${seed}`);
export const ledgerIn = (dir: string) => join(dir, 'scale.ledger');
export const plainIn = (dir: string) => join(dir, 'plain.sqlite');

const progressLine = (label: string) => (p: ScaleProgress) => {
  if (p.events % 100_000 === 0 || p.events === p.sizes.events) {
    process.stderr.write(`bench: ${label} ${p.events.toLocaleString('en')} / ${p.sizes.events.toLocaleString('en')} events\n`);
  }
};

/** The app's path: create the ledger (key derivation, migrations), then the bulk load. */
export async function buildEncrypted(path: string, events: number, seed = SEED): Promise<Built> {
  const started = performance.now();
  const dispatcher = createDispatcher({ ledgerPath: path, now: scaleNow });
  try {
    const created = await dispatcher.call('ledger:create', { passphrase: TEST_PASSPHRASE });
    if (!created.ok) throw new Error(created.error.message);
    const summary = buildScale(rawOf(dispatcher), {
      events, seed, lang: 'de', today: SCALE_TODAY, now: scaleNow(), onProgress: progressLine('encrypted'),
    });
    await dispatcher.close();
    return { summary, ms: performance.now() - started };
  } finally {
    await dispatcher.close();
  }
}

/** The pragmas of the ledger minus the cipher, so the ratio measures encryption and the app's layers. */
export function openPlain(path: string): RawDatabase {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  return db;
}

const FTS_SHADOW = /_fts_(data|idx|content|docsize|config)$/;

/** The raw baseline: the schema and reference rows copied from a fresh encrypted ledger, then the same bulk load. */
export async function buildPlain(path: string, events: number, seed = SEED): Promise<Built> {
  const templateDir = join(tmpdir(), `rapport-bench-template-${process.pid}`);
  rmSync(templateDir, { recursive: true, force: true });
  mkdirSync(templateDir, { recursive: true });
  const dispatcher = createDispatcher({ ledgerPath: ledgerIn(templateDir), now: scaleNow });
  const created = await dispatcher.call('ledger:create', { passphrase: TEST_PASSPHRASE });
  if (!created.ok) throw new Error(created.error.message);
  const template = rawOf(dispatcher);
  const objects = template.prepare("select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by case type when 'table' then 0 when 'index' then 1 else 2 end, rowid").all() as { type: string; name: string; sql: string }[];
  const tables = objects.filter((o) => o.type === 'table' && !FTS_SHADOW.test(o.name) && !o.sql.toLowerCase().startsWith('create virtual'));
  const rows = new Map(tables.map((t) => [t.name, template.prepare(`select * from "${t.name}"`).all() as Record<string, unknown>[]]));
  await dispatcher.close();
  rmSync(templateDir, { recursive: true, force: true });

  rmSync(path, { force: true });
  const started = performance.now();
  const db = openPlain(path);
  try {
    db.transaction(() => {
      for (const o of objects) if (!FTS_SHADOW.test(o.name)) db.exec(o.sql);
      // The ledger's search tables delete securely (migration 0005, kept in *_fts_config, not copied above).
      for (const o of objects) {
        if (o.sql.toLowerCase().startsWith('create virtual')) db.exec(`insert into "${o.name}"("${o.name}", rank) values ('secure-delete', 1)`);
      }
      for (const [name, list] of rows) {
        for (const r of list) {
          const cols = Object.keys(r);
          db.prepare(`insert into "${name}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`).run(...Object.values(r));
        }
      }
    })();
    const summary = buildScale(db, { events, seed, lang: 'de', today: SCALE_TODAY, now: scaleNow(), onProgress: progressLine('plain') });
    return { summary, ms: performance.now() - started };
  } finally {
    db.close();
  }
}

/** Build both into the cache (replacing what was there); meta.json is written last, so a torn build is rebuilt. */
export async function buildCache(events: number, seed = SEED): Promise<CacheMeta> {
  const dir = cacheDir(events, seed);
  const fresh = `${dir}.building-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const encrypted = await buildEncrypted(ledgerIn(fresh), events, seed);
  const plain = await buildPlain(plainIn(fresh), events, seed);
  const meta: CacheMeta = { events, seed, today: SCALE_TODAY, summary: encrypted.summary, encryptedMs: encrypted.ms, plainMs: plain.ms };
  writeFileSync(join(fresh, 'meta.json'), JSON.stringify(meta));
  rmSync(dir, { recursive: true, force: true });
  renameSync(fresh, dir);
  return meta;
}

/** The cached ledger pair for this size, built first when missing. */
export async function cachedScale(events: number, seed = SEED): Promise<{ dir: string; meta: CacheMeta }> {
  const dir = cacheDir(events, seed);
  const metaFile = join(dir, 'meta.json');
  if (!existsSync(metaFile)) {
    process.stderr.write(`bench: no cached ${events.toLocaleString('en')}-event ledger yet, building it\n`);
    await buildCache(events, seed);
  }
  return { dir, meta: JSON.parse(readFileSync(metaFile, 'utf8')) as CacheMeta };
}

/** A dispatcher over the cached ledger, unlocked; returns how long the unlock took. */
export async function unlockCached(dir: string): Promise<{ dispatcher: Dispatcher; unlockMs: number }> {
  const dispatcher = createDispatcher({ ledgerPath: ledgerIn(dir), now: scaleNow });
  const started = performance.now();
  const unlocked = await dispatcher.call('ledger:unlock', { method: 'passphrase', passphrase: TEST_PASSPHRASE });
  const unlockMs = performance.now() - started;
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  return { dispatcher, unlockMs };
}
