import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor, SystemActor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit";
import type { Db } from "../../../platform/db/client";
import { municipality } from "../../../platform/db/schema";
import { assertCan } from "../../../platform/permissions";
import { parseInput } from "../../../platform/validation";
import { judgeEnhet, type CategoriesByNumber, type ImportedUnit, type InvalidUnit, type SkipReason } from "./enhet";
import { readFrivillighetsregisteret } from "./frivillighetsregisteret";
import { jsonArrayElements } from "./json-array";
import { municipalityName } from "./municipalities";
import { breathe, contentOf, type ImportFile } from "./source";
import { writeUnits, type UnknownCategory } from "./write";

export type ImportInput = { file: ImportFile; kommunenummer?: string; frivillighetsregisteret?: ImportFile };

export type ImportProgress = { phase: "reading" | "writing"; done: number; total: number | null };

export type ImportCounts = { new: number; updated: number; unchanged: number; skipped: number; invalid: number };

export type ImportResult = {
  kommunenummer: string;
  counts: ImportCounts;
  skippedBecause: Record<SkipReason, number>;
  /** The invalid units with their reason; the first 1,000, `counts.invalid` has them all. */
  invalid: InvalidUnit[];
  /** Frivillighetsregisteret's category codes we do not know, left out (absent in results kept from before). */
  unknownCategories?: UnknownCategory[];
  seconds: number;
};

const MAX_LISTED_INVALID = 1000;

/** How the audit log names the command-line tool; a page shows its own words for it in the reader's language. */
export const COMMAND_LINE_IMPORTER = "import (kommandolinje)";

/** The command-line tool as an actor. */
export function commandLineImporter(municipalityId: string): SystemActor {
  return { kind: "system", municipalityId, label: COMMAND_LINE_IMPORTER, permissions: ["organizations.import"] };
}

export const importInput = z.object({
  kommunenummer: z
    .string()
    .trim()
    .regex(/^\d{4}$/, { error: "validation.kommunenummer", abort: true })
    .refine((number) => municipalityName(number) !== undefined, { error: "validation.kommunenummerUnknown" })
    .optional(),
});

/**
 * Imports the voluntary units of one municipality from Enhetsregisteret's bulk download (and, when given,
 * the ICNPO categories from Frivillighetsregisteret's export) into the actor's municipality. The whole file
 * is read and checked before anything is written, so a malformed file (MalformedFileError) changes nothing.
 * The kommunenummer is the actor's own municipality's unless another is given.
 */
export async function importEnhetsregisteret(
  db: Db,
  actor: Actor,
  input: ImportInput,
  onProgress: (progress: ImportProgress) => void | Promise<void> = () => {},
): Promise<ImportResult> {
  assertCan(actor, "organizations.import");
  const started = Date.now();
  const { kommunenummer = await homeKommunenummer(db, actor) } = parseInput(importInput, { kommunenummer: input.kommunenummer });
  const categories = input.frivillighetsregisteret ? await readFrivillighetsregisteret(input.frivillighetsregisteret) : new Map<string, string[]>();
  const read = await readUnits(input.file, kommunenummer, categories, onProgress);
  const total = read.units.length;
  await onProgress({ phase: "writing", done: 0, total });
  const { counts: written, unknownCategories } = await writeUnits(db, actor, read.units, async (done) => {
    await onProgress({ phase: "writing", done, total });
  });
  const skipped = Object.values(read.skippedBecause).reduce((a, b) => a + b, 0);
  const counts: ImportCounts = { ...written, skipped, invalid: read.invalidCount };
  await db.transaction((tx) =>
    recordAudit(tx as unknown as Db, actor, {
      action: "organizations.imported",
      subjectType: "import",
      details: { source: "enhetsregisteret", kommunenummer, counts, withFrivillighetsregisteret: Boolean(input.frivillighetsregisteret) },
    }),
  );
  return { kommunenummer, counts, skippedBecause: read.skippedBecause, invalid: read.invalid, unknownCategories, seconds: (Date.now() - started) / 1000 };
}

export async function homeKommunenummer(db: Db, actor: Actor): Promise<string> {
  const [row] = await db.select({ kommunenummer: municipality.kommunenummer }).from(municipality).where(eq(municipality.id, actor.municipalityId));
  return row!.kommunenummer;
}

async function readUnits(file: ImportFile, kommunenummer: string, categories: CategoriesByNumber, onProgress: (p: ImportProgress) => void | Promise<void>) {
  const units = new Map<string, ImportedUnit>();
  const invalid: InvalidUnit[] = [];
  let invalidCount = 0;
  const skippedBecause: Record<SkipReason, number> = { otherMunicipality: 0, notVoluntary: 0, dissolved: 0 };
  let bytesRead = 0;
  let element = 0;
  const addInvalid = (entry: InvalidUnit) => {
    invalidCount++;
    if (invalid.length < MAX_LISTED_INVALID) invalid.push(entry);
  };
  for await (const raw of jsonArrayElements(contentOf(file, (bytes) => (bytesRead = bytes)))) {
    element++;
    const verdict = judgeEnhet(raw, kommunenummer, categories);
    if (verdict.kind === "skip") skippedBecause[verdict.reason]++;
    else if (verdict.kind === "invalid") addInvalid({ element, reason: verdict.reason, organizationNumber: verdict.organizationNumber, name: verdict.name });
    else if (units.has(verdict.unit.organizationNumber)) {
      addInvalid({ element, reason: "duplicate", organizationNumber: verdict.unit.organizationNumber, name: verdict.unit.fields.name });
    } else units.set(verdict.unit.organizationNumber, verdict.unit);
    if (element % 2000 === 0) {
      await onProgress({ phase: "reading", done: bytesRead, total: file.size ?? null });
      await breathe();
    }
  }
  await onProgress({ phase: "reading", done: bytesRead, total: file.size ?? null });
  return { units: [...units.values()], invalid, invalidCount, skippedBecause };
}
