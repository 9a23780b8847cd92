// A ledger on the agency's server is named by a postgres:// URL. What may be sent where: a server on this
// machine may be spoken to in plain (the traffic never leaves it); any other only over TLS with its
// certificate verified and its name checked (libpq's sslmode=verify-full), optionally against a CA file.
import { readFileSync } from 'node:fs';
import type { ClientConfig } from 'pg';
import { RapportError } from '../../contract/errors.ts';

export const isServerLedger = (spec: string): boolean => /^postgres(ql)?:\/\//i.test(spec.trim());

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const PLAIN_MODES = new Set(['disable', 'allow', 'prefer']);

export interface ServerAddress {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string | null;
  sslmode: string | null;
  sslrootcert: string | null;
}

const invalid = () => new RapportError('INVALID', 'ledger: not a valid postgres://USER:PASSWORD@HOST:PORT/DATABASE address.');

export function parseServerUrl(spec: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(spec.trim());
  } catch {
    throw invalid();
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!isServerLedger(url.href) || !url.hostname || !database || !url.username) throw invalid();
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    database,
    user: decodeURIComponent(url.username),
    password: url.password ? decodeURIComponent(url.password) : null,
    sslmode: url.searchParams.get('sslmode'),
    sslrootcert: url.searchParams.get('sslrootcert'),
  };
}

/** The address as people may see it (status, messages, logs): never the password. */
export const serverLabel = (a: Pick<ServerAddress, 'user' | 'host' | 'port' | 'database'>): string =>
  `${a.user}@${a.host.includes(':') && !a.host.startsWith('[') ? `[${a.host}]` : a.host}:${a.port}/${a.database}`;

/** A URL with its password masked, for anything that is shown or logged. */
export function redactServerUrl(spec: string): string {
  return spec.replace(/^(postgres(?:ql)?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

export const isLoopback = (host: string): boolean => LOOPBACK.has(host.toLowerCase());

/** The node-postgres settings for an address, or INSECURE_CONNECTION before anything is sent. */
export function connectionConfig(a: ServerAddress, password: string | null, caPem?: string): ClientConfig {
  const base: ClientConfig = {
    host: a.host.replace(/^\[|\]$/g, ''), port: a.port, database: a.database, user: a.user,
    password: password ?? a.password ?? undefined,
    application_name: 'rapport', connectionTimeoutMillis: 8_000, keepAlive: true,
  };
  const mode = a.sslmode?.toLowerCase() ?? null;
  if (isLoopback(a.host) && (mode === null || PLAIN_MODES.has(mode))) return { ...base, ssl: false };
  if (mode !== null && PLAIN_MODES.has(mode)) {
    throw new RapportError('INSECURE_CONNECTION', `${a.host} is another machine: Rapport speaks to it only over TLS with its certificate verified (sslmode=${mode} is refused). Nothing was sent.`);
  }
  let ca = caPem;
  if (!ca && a.sslrootcert) {
    try {
      ca = readFileSync(a.sslrootcert, 'utf8');
    } catch {
      throw new RapportError('INSECURE_CONNECTION', 'The CA file given as sslrootcert cannot be read. Nothing was sent.');
    }
  }
  // verify-full: the chain must verify (against the CA file, or the system's roots) and the name must match.
  return { ...base, ssl: { rejectUnauthorized: true, ...(ca ? { ca } : {}), servername: a.host } };
}
