// `npm run import:enhetsregisteret -- <file> [--kommunenummer 1505] [--frivillighetsregisteret <file>]`:
// imports the municipality's voluntary units from Enhetsregisteret's bulk download (JSON, gzipped or not)
// into the database the server uses (DATA_DIR or DATABASE_URL). It acts as the tool itself, and the
// audit log says "import (kommandolinje)". Stops with a clear message while the server holds the embedded database.
import { closeDatabase, openDatabase } from "../platform/db/db";
import { findHomeMunicipality } from "../platform/db/municipality";
import { commandLineImporter, importEnhetsregisteret } from "../domain/organizations/import/import";
import { progressBar } from "./generate/progress";
import { localFile, messageOf, parseCommandLine, report, say, UsageError } from "./lib/import-cli";

async function main(): Promise<void> {
  const options = parseCommandLine(process.argv.slice(2));
  const file = localFile(options.file);
  const frivillighetsregisteret = options.frivillighetsregisteret ? localFile(options.frivillighetsregisteret) : undefined;
  const { db } = await openDatabase();
  const home = await findHomeMunicipality(db, process.env.MUNICIPALITY);
  if (!home) throw new UsageError("Databasen har ingen kommune ennå. Start serveren én gang (eller kjør npm run seed) først.");
  const actor = commandLineImporter(home.id);
  const reading = progressBar(say("orgImport.job.phase.reading"));
  let writing: ReturnType<typeof progressBar> | undefined;
  const result = await importEnhetsregisteret(db, actor, { file, frivillighetsregisteret, kommunenummer: options.kommunenummer }, (p) => {
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

main().catch((error: unknown) => {
  process.stderr.write("\n");
  console.error(messageOf(error) ?? error);
  process.exit(1);
});
