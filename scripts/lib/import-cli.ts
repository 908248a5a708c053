// The command line of `npm run import:enhetsregisteret`: its options, its files and its Norwegian output, apart
// from the script so that they can be tested without running an import.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { DataDirInUseError } from "../../platform/db/lock";
import { ValidationError } from "../../platform/errors";
import { interpolate } from "../../platform/i18n/format";
import { MalformedFileError } from "../../domain/organizations/import/errors";
import type { ImportResult } from "../../domain/organizations/import/import";
import type { ImportFile } from "../../domain/organizations/import/source";
import { orgImport } from "../../app/i18n/nb/orgImport";
import { unknownCategoriesText } from "../../app/lib/unknown-categories";

export const say = (key: keyof typeof orgImport, params?: Record<string, string | number>) => interpolate(orgImport[key], params);

/** A mistake in how the command was run: its message is all the user needs, without a stack trace. */
export class UsageError extends Error {}

const USAGE = "Bruk: npm run import:enhetsregisteret -- <fil> [--kommunenummer 1505] [--frivillighetsregisteret <fil>]";

export type CommandLine = { file: string; kommunenummer?: string; frivillighetsregisteret?: string };

export function parseCommandLine(args: string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { kommunenummer: { type: "string" }, frivillighetsregisteret: { type: "string" } } });
  } catch (error) {
    throw new UsageError(`${optionProblem(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(USAGE);
  return { file: positionals[0]!, kommunenummer: values.kommunenummer, frivillighetsregisteret: values.frivillighetsregisteret };
}

/** parseArgs says what is wrong in English and with a stack; the user gets it in a line of Norwegian. */
function optionProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(--?[^\s']+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option} mangler en verdi.`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Ukjent valg: ${option}.`;
  throw error;
}

export function localFile(path: string): ImportFile {
  const stats = fs.statSync(path, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`Finner ikke filen ${path}.`);
  if (stats.isDirectory()) throw new UsageError(`${path} er en mappe, ikke en fil.`);
  try {
    fs.accessSync(path, fs.constants.R_OK);
  } catch {
    throw new UsageError(`Har ikke lov til å lese filen ${path}.`);
  }
  return { chunks: fs.createReadStream(path, { highWaterMark: 1 << 20 }), size: stats.size };
}

export function report(result: ImportResult): string {
  const { counts, skippedBecause } = result;
  // As the web page writes it: "0,1", not "0.1".
  const seconds = result.seconds.toLocaleString("nb", { maximumFractionDigits: 1 });
  const lines = [
    `${say("orgImport.job.done")} ${say("orgImport.job.seconds", { seconds, kommunenummer: result.kommunenummer })}`,
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

/** The message for an error the user can act on; undefined for a real failure, which keeps its stack. */
export function messageOf(error: unknown): string | undefined {
  if (error instanceof DataDirInUseError || error instanceof UsageError) return error.message;
  if (error instanceof MalformedFileError) return `${say(error.key as keyof typeof orgImport, error.params)}\n${say("orgImport.job.failed")}`;
  if (error instanceof ValidationError) {
    return Object.entries(error.fieldErrors)
      .flatMap(([field, messages]) => messages.map((m) => `--${field}: ${say(m.key as keyof typeof orgImport, m.params)}.`))
      .join("\n");
  }
  return undefined;
}
