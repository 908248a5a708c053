import { sql } from "drizzle-orm";
import { openDatabase } from "../db/db";

export type Health = { status: "ok" | "error"; database: "pglite" | "postgres" | "unavailable"; version: string };

const version = process.env.npm_package_version ?? "0.1.0";

export async function checkHealth(): Promise<Health> {
  try {
    const connection = await openDatabase();
    await connection.db.execute(sql`select 1`);
    return { status: "ok", database: connection.kind, version };
  } catch {
    return { status: "error", database: "unavailable", version };
  }
}
