// Traffic to the agency's server is private: another machine is spoken to only over TLS with its
// certificate verified and its name checked (libpq's sslmode=verify-full), optionally against a CA file;
// a plain connection to a remote host is refused before anything is sent. Against a real TLS-serving
// PostgreSQL with a CA and certificate made here by openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RapportError } from '../../../src/contract/errors.ts';
import { openServerLedger, withServerConnection } from '../../../src/store/server/open.ts';
import { connectionConfig, parseServerUrl } from '../../../src/store/server/url.ts';
import { ADMIN_USER, startCluster, type Cluster } from '../../support/pg-cluster.ts';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });

describe('TLS to the agency\'s server', () => {
  let dir: string;
  let cluster: Cluster;
  let password: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-tls-'));
    makeCertificatesWithSan(dir);
    cluster = await startCluster({ ssl: { certFile: join(dir, 'server.crt'), keyFile: join(dir, 'server.key') } });
    password = decodeURIComponent(new URL(cluster.adminUrl).password);
  });
  afterAll(() => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const url = (host: string, query: string) => `postgres://${ADMIN_USER}:${encodeURIComponent(password)}@${host}:${cluster.port}/postgres${query}`;

  const tlsInUse = (spec: string): Promise<boolean> => withServerConnection(spec, null, async (db) => {
    const { rows } = await sql<{ ssl: boolean }>`select ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(db);
    return rows[0]!.ssl;
  });

  it('speaks TLS with a certificate that verifies against the given CA and names the host', async () => {
    expect(await tlsInUse(url('localhost', `?sslmode=verify-full&sslrootcert=${join(dir, 'ca.pem')}`))).toBe(true);
    // Not a ledger, but reached over verified TLS: the answer is about the database, not the connection.
    await expect(openServerLedger(url('localhost', `?sslmode=verify-full&sslrootcert=${join(dir, 'ca.pem')}`)))
      .rejects.toMatchObject({ code: 'NOT_A_LEDGER' });
  });

  it('refuses a certificate it cannot verify: no CA given, another CA, or another name', async () => {
    for (const query of [
      '?sslmode=verify-full',
      `?sslmode=verify-full&sslrootcert=${join(dir, 'other-ca.pem')}`,
    ]) {
      await expect(openServerLedger(url('localhost', query)), query).rejects.toMatchObject({ code: 'INSECURE_CONNECTION' });
    }
    // The certificate names localhost; 127.0.0.1 is not that name.
    await expect(openServerLedger(url('127.0.0.1', `?sslmode=verify-full&sslrootcert=${join(dir, 'ca.pem')}`)))
      .rejects.toMatchObject({ code: 'INSECURE_CONNECTION' });
  });

  it('refuses a plain connection to another machine before anything is sent, and TLS is the default there', () => {
    for (const mode of ['disable', 'allow', 'prefer']) {
      const address = parseServerUrl(`postgres://anna:secret@db.agency.example:5432/rapport?sslmode=${mode}`);
      expect(() => connectionConfig(address, null), mode).toThrow(RapportError);
      try {
        connectionConfig(address, null);
      } catch (e) {
        expect((e as RapportError).code).toBe('INSECURE_CONNECTION');
        expect((e as RapportError).message).not.toContain('secret');
      }
    }
    const remote = connectionConfig(parseServerUrl('postgres://anna:secret@db.agency.example/rapport'), null);
    expect(remote.ssl).toMatchObject({ rejectUnauthorized: true, servername: 'db.agency.example' });
    // This machine: plain is fine (the traffic never leaves it).
    expect(connectionConfig(parseServerUrl('postgres://anna:secret@127.0.0.1:5432/rapport'), null).ssl).toBe(false);
  });

  it('names a server without TLS as such when verify-full is asked for', async () => {
    const plain = await startCluster();
    try {
      const pw = encodeURIComponent(decodeURIComponent(new URL(plain.adminUrl).password));
      await expect(openServerLedger(`postgres://${ADMIN_USER}:${pw}@localhost:${plain.port}/postgres?sslmode=verify-full&sslrootcert=${join(dir, 'ca.pem')}`))
        .rejects.toMatchObject({ code: 'INSECURE_CONNECTION' });
    } finally {
      plain.stop();
    }
  });
});

/** A CA, a server certificate for DNS:localhost signed by it, and a second CA that signed nothing here. */
function makeCertificatesWithSan(dir: string): void {
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Rapport Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other.key', '-out', 'other-ca.pem', '-days', '2', '-subj', '/CN=Some Other CA',
    '-addext', 'basicConstraints=critical,CA:TRUE'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'], dir);
  execFileSync('sh', ['-c', 'printf "subjectAltName=DNS:localhost\\nbasicConstraints=CA:FALSE\\n" > san.ext'], { cwd: dir });
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'san.ext'], dir);
}
