// A fresh database on the run's throwaway cluster (pg-global-setup.ts) for one test file: its own name,
// its own team role, dropped with everything in it at the end. Logins are cluster-wide, so tests that add
// people give them names unique to the database (`person()`).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, databaseUrl, superuserUrl } from './pg-cluster.ts';

export interface ServerDatabase {
  name: string;
  /** The cluster's superuser on this database: the ledger's administrator in the tests. */
  adminUrl: string;
  /** A login name unique to this database. */
  person(base: string): string;
  /** A URL for a login on this database; without a password, what the app is given (it asks for the password). */
  urlFor(login: string, password?: string): string;
  drop(): Promise<void>;
}

/** On the run's shared cluster, or on `clusterAdminUrl`'s (a test that stops its server has one of its own). */
export async function freshServerDatabase(clusterAdminUrl: string = inject('pgAdminUrl')): Promise<ServerDatabase> {
  const name = `rapport_${randomBytes(5).toString('hex')}`;
  await createDatabase(clusterAdminUrl, name);
  const created: string[] = [];
  return {
    name,
    adminUrl: superuserUrl(clusterAdminUrl, name),
    person: (base) => {
      const login = `${base}_${name.slice(-6)}`;
      created.push(login);
      return login;
    },
    urlFor: (login, password) => databaseUrl(clusterAdminUrl, name, login, password),
    async drop() {
      await withServerClient(clusterAdminUrl, async (c) => {
        await c.query(`drop database if exists ${name} with (force)`);
        const roles = [`${name}_team`, ...created];
        for (const role of roles) await c.query(`drop role if exists "${role}"`);
      });
    },
  };
}

/**
 * `work` on a connection of its own as `url`'s login (as psql would be: a transaction, a lock held across
 * statements), closed after whatever `work` did.
 */
export async function withServerClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** One plain SQL statement as `url`'s login, on a connection of its own (as psql would be). */
export async function serverQuery<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  return withServerClient(url, async (c) => (await c.query<T>(text, values)).rows);
}

/** How many rows of `table` `url`'s login sees (row-level security decides), over plain SQL. */
export async function serverCount(url: string, table: string): Promise<number> {
  const [row] = await serverQuery<{ n: string }>(url, `select count(*) as n from ${table}`);
  return Number(row!.n);
}
