// `npm run generate:organizations -- --count 10000 --municipalities 1 [--seed 1]`: synthetic organisations for
// benchmarks, into the embedded database (DATA_DIR) or PostgreSQL (DATABASE_URL). It adds to what is there.
import { parseArgs } from "node:util";
import { config } from "../../platform/config";
import { closeDatabase, openDatabase } from "../../platform/db/db";
import { DataDirInUseError } from "../../platform/db/lock";
import { generateOrganizations } from "./organizations-data";
import { progressBar } from "./progress";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: "string", default: "10000" }, municipalities: { type: "string", default: "1" }, seed: { type: "string", default: "1" } },
  });
  const count = Number(values.count);
  const municipalities = Number(values.municipalities);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(municipalities) || municipalities < 1 || municipalities > 357) {
    throw new UsageError("--count must be a positive whole number and --municipalities between 1 and 357.");
  }
  const started = Date.now();
  const { db } = await openDatabase();
  const bar = progressBar("Organisasjoner");
  const result = await generateOrganizations(db, { count, municipalities, seed: Number(values.seed) }, bar.update);
  bar.done();
  await closeDatabase();
  const where = config().databaseUrl ? "PostgreSQL" : config().dataDir;
  console.log(`${result.organizations} organisations in ${result.municipalities} municipalities added to ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

class UsageError extends Error {}

main().catch((error) => {
  console.error(error instanceof DataDirInUseError || error instanceof UsageError ? error.message : error);
  process.exit(1);
});
