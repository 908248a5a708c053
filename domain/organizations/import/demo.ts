import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../../platform/db/client";
import { commandLineImporter } from "./import";
import { startEnhetsregisteretImport } from "./jobs";
import { fileFromBytes } from "./source";

const SAMPLES = path.join(process.cwd(), "data-samples");

/**
 * Demo: the sample files (30 fictional Kristiansund units) imported as a finished job, so the directory has
 * imported organisations to claim and /koordinering/import shows a result with skipped and invalid units.
 */
export async function seedDemoImport(db: Db, municipalityId: string): Promise<void> {
  const sample = (name: string) => fileFromBytes(fs.readFileSync(path.join(SAMPLES, name)));
  const { finished } = await startEnhetsregisteretImport(db, commandLineImporter(municipalityId), {
    file: sample("enhetsregisteret-sample.json.gz"),
    frivillighetsregisteret: sample("frivillighetsregisteret-sample.json"),
  });
  await finished;
}
