import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./index";
import { registerNotifications } from "./listen";
import { acquireDataDirLock } from "./lock";
import { NOTIFICATIONS_APPLICATION, PgNotifications } from "./notifications";

export type Schema = typeof schema;
/** The database as every use case sees it, whether PGlite or PostgreSQL is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** `url` is PostgreSQL's, for another connection to the same database (a second server in tests). */
export type Connection = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres"; url?: string };

export const migrationsFolder = findMigrationsFolder();

function findMigrationsFolder(): string {
  // The server bundle lives in build/server, the sources in platform/db: both find ./drizzle from the project root.
  return path.join(process.cwd(), "drizzle");
}

/** PostgreSQL's 128 MB default buffer pool would dominate the process's memory; files are cached by the OS anyway. */
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * Creating a cluster (initdb) leaves a few hundred megabytes of WebAssembly memory behind that is never
 * returned, so a new data directory is created by a short-lived child process and only opened here.
 */
function initDataDirInChild(dataDir: string): void {
  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) return;
  const code = `import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"; const db = await PGlite.create({ dataDir: process.argv[1] }); await db.close();`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code, dataDir], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`Could not create the embedded database in ${dataDir}`);
}

export async function connectPglite(dataDir?: string): Promise<Connection> {
  const releaseLock = dataDir ? acquireDataDirLock(dataDir) : () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    initDataDirInChild(dataDir);
  }
  const extensions = { pg_trgm };
  const client = await PGlite.create(dataDir ? { dataDir, startParams, extensions } : { startParams, extensions });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

export async function connectPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const notifications = new PgNotifications(pool, { connectionString: url, application_name: NOTIFICATIONS_APPLICATION, keepAlive: true });
  registerNotifications(pool, notifications);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder });
  return {
    db,
    kind: "postgres",
    url,
    close: async () => {
      await notifications.close();
      await pool.end();
    },
  };
}
