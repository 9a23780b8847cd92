// A throwaway PostgreSQL cluster from Debian's `postgresql` package, started by the tests themselves:
// `initdb` into a temp folder, a free port on 127.0.0.1, stopped and deleted at the end. `initdb` refuses
// to run as root, so as root (CI) every server command runs as the `postgres` user. No mock database.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface Cluster {
  /** The bootstrap superuser's URL (the "database owner" of the tests). */
  readonly adminUrl: string;
  readonly port: number;
  readonly binDir: string;
  /** Stop the server and delete its folder (the end of a test). */
  stop(): void;
  /**
   * Stop the server but keep its data, for tests of the server being away: open connections are cut (as
   * a shutdown for maintenance does), and `start()` brings the same data back on the same port.
   */
  halt(): void;
  start(): void;
}

export const ADMIN_USER = 'rapport_admin';

/**
 * A URL on the server of `clusterUrl` (any URL of it: the superuser's) for `login` on `database`; without
 * a password when none is given (what the app is given: it asks for the password).
 */
export function databaseUrl(clusterUrl: string, database: string, login: string, password?: string): string {
  const url = new URL(clusterUrl);
  url.username = encodeURIComponent(login);
  url.password = password === undefined ? '' : encodeURIComponent(password);
  url.pathname = `/${database}`;
  return url.href;
}

/** The cluster's superuser of `clusterUrl` on `database` instead of the one it names. */
export function superuserUrl(clusterUrl: string, database: string): string {
  const url = new URL(clusterUrl);
  return databaseUrl(clusterUrl, database, decodeURIComponent(url.username), decodeURIComponent(url.password));
}

/** A new, empty database on the cluster, made by its superuser. */
export async function createDatabase(clusterUrl: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
}

/** The newest server version Debian installed (`/usr/lib/postgresql/<major>/bin`). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = majors.map((m) => join(root, m, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!found) throw new Error("PostgreSQL is not installed: `apt-get install postgresql` (.ci/run does).");
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Run a server binary, as `postgres` when we are root. */
function runServerTool(binDir: string, tool: string, args: string[]): void {
  const bin = join(binDir, tool);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export interface ClusterOptions {
  /** Serve TLS with this certificate and key (PEM files; copied into the cluster's folder for the server). */
  ssl?: { certFile: string; keyFile: string };
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const binDir = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-pg-'));
  const data = join(dir, 'data');
  const password = `pw-${process.pid}-${Date.now()}`;
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  chmodSync(dir, 0o700);
  runServerTool(binDir, 'initdb', [
    '-D', data, '-U', ADMIN_USER, '--pwfile', pwfile, '--auth', 'scram-sha-256', '-E', 'UTF8', '--locale', 'C.UTF-8', '--no-sync',
  ]);
  const ssl: string[] = [];
  if (options.ssl) {
    // The server reads its key only when the key file is its own and private.
    for (const [from, to] of [[options.ssl.certFile, 'server.crt'], [options.ssl.keyFile, 'server.key']] as const) {
      copyFileSync(from, join(dir, to));
      chmodSync(join(dir, to), 0o600);
      if (isRoot()) {
        const { uid, gid } = postgresIds();
        chownSync(join(dir, to), uid, gid);
      }
    }
    ssl.push('-c ssl=on', `-c ssl_cert_file=${join(dir, 'server.crt')}`, `-c ssl_key_file=${join(dir, 'server.key')}`);
  }
  const port = await freePort();
  // Durability settings off: a throwaway cluster is not what the durability tests are about (those are the file's).
  const serverOptions = [
    `-p ${port}`, "-c listen_addresses=127.0.0.1", `-c unix_socket_directories=${dir}`,
    '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200', ...ssl,
  ].join(' ');
  const pgCtl = (...args: string[]) => runServerTool(binDir, 'pg_ctl', ['-D', data, ...args]);
  const start = () => pgCtl('-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions, 'start');
  start();
  let running = true;
  let stopped = false;
  return {
    adminUrl: `postgres://${ADMIN_USER}:${password}@127.0.0.1:${port}/postgres`,
    port,
    binDir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (running) pgCtl('-m', 'immediate', '-w', 'stop');
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
    halt() {
      if (stopped || !running) return;
      // 'fast', not 'immediate': with synchronous_commit off, an immediate stop may lose the last commits,
      // which is this cluster's setting and not what a test of the server being away is about.
      pgCtl('-m', 'fast', '-w', 'stop');
      running = false;
    },
    start() {
      if (stopped) throw new Error('This cluster was stopped and deleted.');
      if (running) return;
      start();
      running = true;
    },
  };
}
