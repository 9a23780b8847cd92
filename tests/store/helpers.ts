// Shared helpers for the store tests: temp folders, a real encrypted ledger with a marker row, file scans.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { ledgerFiles } from '../../src/store/files.ts';
import { readKeyFile, unwrapWithPassphrase } from '../../src/store/keyfile.ts';
import { createLedger, type CreateOptions, type FileLedger } from '../../src/store/ledger.ts';
import type { RawDatabase } from '../../src/store/connection.ts';
import type { DeviceKeystore } from '../../src/store/keystore.ts';

export const PASSPHRASE = 'correct horse battery staple';
export const LEDGER_NAME = 'rapport.ledger';

const dirs: string[] = [];

/** A fresh folder under the OS temp dir; removed by `removeTempDirs` (call it in afterAll). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-store-test-'));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Insert a client (all NOT NULL columns filled) and return its id. */
export function insertClient(raw: RawDatabase, name: string, notes: string | null = null): number {
  const now = new Date().toISOString();
  const info = raw.prepare(
    `insert into clients (name, since, status, currency, cadence_ideal_days, cadence_max_days, notes, created_at, updated_at)
     values (?, '2020-01-01', 'active', 'EUR', 30, 60, ?, ?, ?)`,
  ).run(name, notes, now, now);
  return Number(info.lastInsertRowid);
}

export const hasClient = (raw: RawDatabase, name: string): boolean =>
  (raw.prepare('select count(*) as n from clients where name = ?').get(name) as { n: number }).n === 1;

export const newMarker = (label = 'MARKER') => `${label}-${randomBytes(8).toString('hex')}`;

export interface TestLedger {
  dir: string;
  path: string;
  passphrase: string;
  marker: string;
  ledger: FileLedger;
}

/** A real encrypted ledger in a new temp folder, with one client whose name is a random marker. */
export async function makeLedger(options: CreateOptions & { passphrase?: string } = {}): Promise<TestLedger> {
  const dir = tempDir();
  const path = join(dir, LEDGER_NAME);
  const passphrase = options.passphrase ?? PASSPHRASE;
  const ledger = await createLedger(path, passphrase, options);
  const marker = newMarker();
  insertClient(ledger.raw, marker);
  return { dir, path, passphrase, marker, ledger };
}

/** The raw data key of a ledger (one scrypt derivation). */
export const dataKeyOf = (path: string, passphrase: string): Promise<Buffer> =>
  unwrapWithPassphrase(readKeyFile(ledgerFiles(path).keys), passphrase);

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
}

/** Every file under `dir` (relative path → SHA-256): equal snapshots mean nothing was added, changed or deleted. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(walk(dir).sort().map((f) => [relative(dir, f), sha256(f)]));
}

/** The files under `dir` whose bytes contain `needle` (UTF-8), as paths relative to `dir`. */
export function filesContaining(dir: string, needle: string): string[] {
  const bytes = Buffer.from(needle, 'utf8');
  return walk(dir).filter((f) => statSync(f).isFile() && readFileSync(f).includes(bytes)).map((f) => relative(dir, f));
}

export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
export const hasPlainHeader = (path: string) => readFileSync(path).subarray(0, 16).equals(SQLITE_HEADER);

/** Await `run` and expect it to fail with a RapportError of `code`; returns the error. */
export async function expectCode(run: Promise<unknown> | (() => unknown), code: string): Promise<Error & { code: string }> {
  let error: unknown = null;
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (e) {
    error = e;
  }
  expect(error, `expected a ${code} error`).toMatchObject({ name: 'RapportError', code });
  return error as Error & { code: string };
}

/**
 * A stand-in for Electron's safeStorage: AES-256-GCM under a per-"device" secret, so a reset keystore
 * (new secret) fails to decrypt the way a real one does. `overrides` replace single methods.
 */
export function fakeKeystore(backend = 'gnome_libsecret', overrides: Partial<DeviceKeystore> = {}, secret: Buffer = randomBytes(32)): DeviceKeystore {
  return {
    backend: () => backend,
    isAvailable: () => true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(blob) {
      const d = createDecipheriv('aes-256-gcm', secret, blob.subarray(0, 12));
      d.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([d.update(blob.subarray(28)), d.final()]);
    },
    ...overrides,
  };
}
