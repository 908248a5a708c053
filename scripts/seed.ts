// `npm run seed`: empties the database and loads the demo data again. Refuses outside demo mode, and
// stops with a clear message when the running server holds the embedded database.
import { sql } from "drizzle-orm";
import { config } from "../platform/config";
import { closeDatabase, openDatabase } from "../platform/db/db";
import { DataDirInUseError } from "../platform/db/lock";
import { formatDemoAccounts, seedDemoData } from "./demo-data";

async function main(): Promise<void> {
  const settings = config();
  if (!settings.demo) {
    console.error("npm run seed replaces all data with demo data, so it runs only in demo mode (set DEMO=1 to force).");
    process.exit(1);
  }
  const { db } = await openDatabase();
  await db.execute(sql`drop schema public cascade`);
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`create schema public`);
  await closeDatabase();
  const fresh = await openDatabase();
  const accounts = await seedDemoData(fresh.db, settings.demoPassword);
  await closeDatabase();
  console.log(`Demo data loaded into ${settings.databaseUrl ? "PostgreSQL" : settings.dataDir}.`);
  console.log(formatDemoAccounts(accounts, settings.demoPassword));
}

main().catch((error) => {
  console.error(error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});
