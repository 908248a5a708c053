// `npm run import:enhetsregisteret -- <file> [--kommunenummer 1505] [--frivillighetsregisteret <file>]`:
// imports the municipality's voluntary units from Enhetsregisteret's bulk download (JSON, gzipped or not)
// into the database the server uses (DATA_DIR or DATABASE_URL). It acts as the tool itself, and the
// audit log says "import (kommandolinje)". Stops with a clear message while the server holds the embedded database.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { closeDatabase, openDatabase } from "../platform/db/db";
import { DataDirInUseError } from "../platform/db/lock";
import { findHomeMunicipality } from "../platform/db/municipality";
import { ValidationError } from "../platform/errors";
import { interpolate } from "../platform/i18n/format";
import { MalformedFileError } from "../domain/organizations/import/errors";
import { commandLineImporter, importEnhetsregisteret, type ImportResult } from "../domain/organizations/import/import";
import type { ImportFile } from "../domain/organizations/import/source";
import { orgImport } from "../app/i18n/nb/orgImport";
import { unknownCategoriesText } from "../app/lib/unknown-categories";
import { progressBar } from "./generate/progress";

const say = (key: keyof typeof orgImport, params?: Record<string, string | number>) => interpolate(orgImport[key], params);

class UsageError extends Error {}

function localFile(path: string): ImportFile {
  if (!fs.existsSync(path)) throw new UsageError(`Finner ikke filen ${path}.`);
  return { chunks: fs.createReadStream(path, { highWaterMark: 1 << 20 }), size: fs.statSync(path).size };
}

function report(result: ImportResult): string {
  const { counts, skippedBecause } = result;
  const lines = [
    `${say("orgImport.job.done")} ${say("orgImport.job.seconds", { seconds: result.seconds.toFixed(1), kommunenummer: result.kommunenummer })}`,
    `  ${say("orgImport.counts.new")}: ${counts.new}`,
    `  ${say("orgImport.counts.updated")}: ${counts.updated}`,
    `  ${say("orgImport.counts.unchanged")}: ${counts.unchanged}`,
    `  ${say("orgImport.counts.skipped")}: ${counts.skipped}`,
    ...(["otherMunicipality", "notVoluntary", "dissolved"] as const).map((r) => `    ${say(`orgImport.skipped.${r}`, { count: skippedBecause[r] })}`),
    `  ${say("orgImport.counts.invalid")}: ${counts.invalid}`,
    ...result.invalid.map(
      (i) => `    #${i.element} ${i.organizationNumber ?? "–"} ${i.name ?? "–"}: ${say(`orgImport.invalid.${i.reason}`)}`,
    ),
  ];
  if (counts.invalid > result.invalid.length) lines.push(`    ${say("orgImport.invalid.more", { shown: result.invalid.length, count: counts.invalid })}`);
  if (result.unknownCategories?.length) lines.push(`  ${unknownCategoriesText(say, result.unknownCategories)}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kommunenummer: { type: "string" }, frivillighetsregisteret: { type: "string" } },
  });
  if (positionals.length !== 1) {
    throw new UsageError("Bruk: npm run import:enhetsregisteret -- <fil> [--kommunenummer 1505] [--frivillighetsregisteret <fil>]");
  }
  const file = localFile(positionals[0]!);
  const frivillighetsregisteret = values.frivillighetsregisteret ? localFile(values.frivillighetsregisteret) : undefined;
  const { db } = await openDatabase();
  const home = await findHomeMunicipality(db, process.env.MUNICIPALITY);
  if (!home) throw new UsageError("Databasen har ingen kommune ennå. Start serveren én gang (eller kjør npm run seed) først.");
  const actor = commandLineImporter(home.id);
  const reading = progressBar(say("orgImport.job.phase.reading"));
  let writing: ReturnType<typeof progressBar> | undefined;
  const result = await importEnhetsregisteret(db, actor, { file, frivillighetsregisteret, kommunenummer: values.kommunenummer }, (p) => {
    if (p.phase === "reading") return reading.update(p.done, p.total ?? undefined);
    if (!writing) {
      reading.done();
      writing = progressBar(say("orgImport.job.phase.writing"));
    }
    writing.update(p.done, p.total ?? undefined);
  });
  writing?.done();
  await closeDatabase();
  console.log(report(result));
}

function messageOf(error: unknown): string | undefined {
  if (error instanceof DataDirInUseError || error instanceof UsageError) return error.message;
  if (error instanceof MalformedFileError) return `${say(error.key as keyof typeof orgImport, error.params)}\n${say("orgImport.job.failed")}`;
  if (error instanceof ValidationError) return Object.values(error.fieldErrors).flat().map((m) => say(m.key as keyof typeof orgImport, m.params)).join("\n");
  return undefined;
}

main().catch((error: unknown) => {
  process.stderr.write("\n");
  console.error(messageOf(error) ?? error);
  process.exit(1);
});
