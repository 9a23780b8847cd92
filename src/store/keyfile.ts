// The key wrapper: the random data key of a ledger, wrapped (AES-256-GCM) under a key derived from the
// passphrase with scrypt, and optionally under the device keystore. It never holds the raw data key.
import { createCipheriv, createDecipheriv, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { RapportError } from '../contract/errors.ts';
import { writeFileAtomic } from './files.ts';
import { keystoreAllowsRemember, type DeviceKeystore } from './keystore.ts';

/** The KDF contract (docs/security.md 10). Stored wrappers with weaker parameters are refused. */
export const KDF = { N: 2 ** 17, r: 8, p: 1, saltBytes: 16, maxmem: 256 * 1024 * 1024 } as const;
export const DATA_KEY_BYTES = 32;
export const CIPHER = 'chacha20';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const PassphraseWrap = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: b64,
  iv: b64,
  tag: b64,
  wrapped: b64,
});
type PassphraseWrap = z.infer<typeof PassphraseWrap>;

const DeviceWrap = z.strictObject({ backend: z.string(), wrapped: b64 });

export const KeyFile = z.strictObject({
  format: z.literal('rapport-keys'),
  version: z.literal(1),
  ledgerId: z.string().uuid(),
  cipher: z.literal(CIPHER),
  passphrase: PassphraseWrap,
  device: DeviceWrap.nullable(),
});
export type KeyFile = z.infer<typeof KeyFile>;

const aad = (ledgerId: string) => Buffer.from(`rapport-keys/v1/${ledgerId}`, 'utf8');

// Asynchronous on purpose: scrypt runs on libuv's thread pool, so the Electron main process (and with it
// every window) stays responsive during the ~0.3 s of key derivation.
function deriveKek(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: KDF.maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

async function wrapWithPassphrase(dataKey: Buffer, passphrase: string, ledgerId: string): Promise<PassphraseWrap> {
  const salt = randomBytes(KDF.saltBytes);
  const kek = await deriveKek(passphrase, salt, KDF);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(ledgerId));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    kdf: 'scrypt', N: KDF.N, r: KDF.r, p: KDF.p,
    salt: salt.toString('base64'), iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'), wrapped: wrapped.toString('base64'),
  };
}

function assertStrongKdf(wrap: PassphraseWrap): void {
  const salt = Buffer.from(wrap.salt, 'base64');
  if (wrap.N < KDF.N || wrap.r < KDF.r || wrap.p < KDF.p || salt.length < KDF.saltBytes) {
    throw new RapportError('KEYFILE_INVALID', 'The key file uses weaker key derivation than Rapport accepts. Nothing was changed.');
  }
  // An attacker-edited file must not make us burn unbounded memory or time either.
  if (wrap.N > 2 ** 20 || wrap.r > 32 || wrap.p > 16) {
    throw new RapportError('KEYFILE_INVALID', 'The key file asks for key derivation beyond what Rapport accepts.');
  }
  // scrypt wants N a power of two and about 128·N·r bytes of memory: parameters it would refuse are a bad
  // key file, not an internal error.
  if ((wrap.N & (wrap.N - 1)) !== 0 || 128 * wrap.N * wrap.r > KDF.maxmem) {
    throw new RapportError('KEYFILE_INVALID', 'The key file asks for key derivation Rapport cannot run. Nothing was changed.');
  }
}

/** Unwrap the data key with the passphrase; a wrong passphrase is WRONG_KEY_OR_DAMAGED. */
export async function unwrapWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer> {
  const wrap = file.passphrase;
  assertStrongKdf(wrap);
  let kek: Buffer;
  try {
    kek = await deriveKek(passphrase, Buffer.from(wrap.salt, 'base64'), wrap);
  } catch {
    throw new RapportError('KEYFILE_INVALID', 'The key file asks for key derivation Rapport cannot run. Nothing was changed.');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(aad(file.ledgerId));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrap.wrapped, 'base64')), decipher.final()]);
    if (key.length !== DATA_KEY_BYTES) throw new Error('bad key length');
    return key;
  } catch {
    throw new RapportError('WRONG_KEY_OR_DAMAGED', 'Wrong passphrase or damaged file.');
  } finally {
    kek.fill(0);
  }
}

export async function newKeyFile(dataKey: Buffer, passphrase: string): Promise<KeyFile> {
  const ledgerId = randomUUID();
  return {
    format: 'rapport-keys', version: 1, ledgerId, cipher: CIPHER,
    passphrase: await wrapWithPassphrase(dataKey, passphrase, ledgerId), device: null,
  };
}

/** A new passphrase wrap for the same data key; the device wrap stays as it was. */
export async function rewrapPassphrase(file: KeyFile, dataKey: Buffer, passphrase: string): Promise<KeyFile> {
  return { ...file, passphrase: await wrapWithPassphrase(dataKey, passphrase, file.ledgerId) };
}

export function withDeviceWrap(file: KeyFile, dataKey: Buffer, keystore: DeviceKeystore | undefined): KeyFile {
  if (!keystoreAllowsRemember(keystore)) {
    throw new RapportError('KEYSTORE_UNAVAILABLE', 'This device cannot keep the key safely; the passphrase stays the only way in.');
  }
  let wrapped: Buffer;
  try {
    wrapped = keystore.encrypt(dataKey);
  } catch {
    throw new RapportError('KEYSTORE_UNAVAILABLE', 'The keystore of this device refused to keep the key; the passphrase stays the only way in.');
  }
  return { ...file, device: { backend: keystore.backend(), wrapped: wrapped.toString('base64') } };
}

/** Unwrap with the device keystore. Any doubt is a typed error: never a new key, never a new ledger. */
export function unwrapWithDevice(file: KeyFile, keystore: DeviceKeystore | undefined): Buffer {
  if (!file.device) throw new RapportError('KEYSTORE_UNAVAILABLE', 'No key is remembered on this device; enter your passphrase.');
  if (!keystoreAllowsRemember(keystore)) {
    throw new RapportError('KEYSTORE_UNAVAILABLE', 'The keystore of this device is not available; enter your passphrase.');
  }
  if (keystore.backend() !== file.device.backend) {
    throw new RapportError('KEYSTORE_CHANGED', 'The keystore of this device has changed; enter your passphrase.');
  }
  let key: Buffer;
  try {
    key = keystore.decrypt(Buffer.from(file.device.wrapped, 'base64'));
  } catch {
    throw new RapportError('KEYSTORE_CHANGED', 'The key remembered on this device can no longer be read; enter your passphrase.');
  }
  if (key.length !== DATA_KEY_BYTES) {
    key.fill(0);
    throw new RapportError('KEYSTORE_CHANGED', 'The key remembered on this device can no longer be read; enter your passphrase.');
  }
  return key;
}

export function readKeyFile(path: string): KeyFile {
  if (!existsSync(path)) throw new RapportError('KEYFILE_INVALID', 'The key file of this ledger is missing. Nothing was changed.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new RapportError('KEYFILE_INVALID', 'The key file of this ledger cannot be read. Nothing was changed.');
  }
  const parsed = KeyFile.safeParse(raw);
  if (!parsed.success) throw new RapportError('KEYFILE_INVALID', 'The key file of this ledger is not valid. Nothing was changed.');
  return parsed.data;
}

/** The text of a key file as it is stored. */
export const keyFileText = (file: KeyFile): string => `${JSON.stringify(KeyFile.parse(file), null, 2)}\n`;

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, keyFileText(file));
}

export const newDataKey = (): Buffer => randomBytes(DATA_KEY_BYTES);
