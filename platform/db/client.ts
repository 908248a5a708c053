import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./index";
import { acquireDataDirLock } from "./lock";

export type Schema = typeof schema;
/** The database as every use case sees it, whether PGlite or PostgreSQL is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Connection = { db: Db; close: () => Promise<void>; kind: "pglite" | "postgres" };

export const migrationsFolder = findMigrationsFolder();

function findMigrationsFolder(): string {
  // The server bundle lives in build/server, the sources in platform/db: both find ./drizzle from the project root.
  return path.join(process.cwd(), "drizzle");
}

export async function connectPglite(dataDir?: string): Promise<Connection> {
  const releaseLock = dataDir ? acquireDataDirLock(dataDir) : () => {};
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
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
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder });
  return { db, kind: "postgres", close: () => pool.end() };
}
