import { config } from "../config";
import { openDatabase } from "../db/db";
import { findHomeMunicipality } from "../db/municipality";
import { loadSecret } from "../auth/secret";
import { failInterruptedJobs } from "../jobs";
import { startOutboxWorker } from "../notifications/worker";
import { formatDemoAccounts, seedDemoData } from "../../scripts/demo-data";

export type StartReport = { database: "pglite" | "postgres"; seeded: boolean; message: string };

let started: Promise<StartReport> | undefined;

/** Opens and migrates the database, loads the secret, adds demo data to a new database, starts the outbox. */
export function start(): Promise<StartReport> {
  started ??= run().catch((error) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function run(): Promise<StartReport> {
  const settings = config();
  const connection = await openDatabase();
  await loadSecret(connection.db, settings.secret);
  // Only one server opens the embedded database, so a job still "running" there was cut short by a restart.
  // On PostgreSQL another server may be running it.
  if (connection.kind === "pglite") await failInterruptedJobs(connection.db);
  let seeded = false;
  let message = "";
  const existing = await findHomeMunicipality(connection.db, process.env.MUNICIPALITY);
  if (!existing && settings.demo) {
    const accounts = await seedDemoData(connection.db, settings.demoPassword);
    seeded = true;
    message = formatDemoAccounts(accounts, settings.demoPassword);
  } else if (!existing) {
    message = "The database has no municipality yet. Run `npm run seed` (demo data) or set DEMO=1.";
  } else if (settings.demo) {
    message = `Demo mode: sign in as admin@demo.dugnad.no and the other demo accounts in the README.`;
  }
  startOutboxWorker(connection.db, settings);
  return { database: connection.kind, seeded, message };
}
