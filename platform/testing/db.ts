import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectPglite, connectPostgres, type Connection } from "../db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<Connection> {
  const url = process.env.DATABASE_URL;
  if (!url) return connectPglite();
  const name = `dugnad_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const connection = await connectPostgres(target.toString());
  return {
    ...connection,
    close: async () => {
      await connection.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await waitForNoSessions(cleanup, name);
      await dropDatabase(cleanup, name);
      await cleanup.end();
    },
  };
}

/**
 * A plain DROP stops an autovacuum worker by itself, where WITH (FORCE) fails on it for a role that is not a
 * superuser (it may terminate only its own role's sessions). FORCE is for a session of ours that is still there.
 */
async function dropDatabase(client: pg.Client, database: string): Promise<void> {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${database}`);
  } catch (error) {
    if ((error as { code?: string }).code !== OBJECT_IN_USE) throw error;
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

const OBJECT_IN_USE = "55006";

/**
 * pool.end() resolves before its sockets are closed. Dropping at once would find connections still on their
 * way out (or, forced, terminate them, and their clients throw an uncaught "terminating connection").
 */
async function waitForNoSessions(client: pg.Client, database: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query("select count(*)::int as n from pg_stat_activity where datname = $1 and backend_type = 'client backend'", [
      database,
    ]);
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
