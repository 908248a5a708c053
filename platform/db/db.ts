import { config } from "../config";
import { connectPglite, connectPostgres, type Connection, type Db } from "./client";

let connection: Promise<Connection> | undefined;

/** The process-wide database, opened and migrated on first use. */
export function openDatabase(): Promise<Connection> {
  const { databaseUrl, dataDir } = config();
  connection ??= databaseUrl ? connectPostgres(databaseUrl) : connectPglite(dataDir);
  return connection;
}

export async function getDb(): Promise<Db> {
  return (await openDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  if (!connection) return;
  const open = connection;
  connection = undefined;
  await (await open).close();
}

/** Tests that drive routes point the process-wide database at their own test database. */
export function useDatabase(next: Connection): void {
  connection = Promise.resolve(next);
}
