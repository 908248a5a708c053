import { and, desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/auth/actor";
import type { Db } from "../../../platform/db/client";
import { NotFoundError, ValidationError } from "../../../platform/errors";
import { failJob, finishJob, getJob, startJob, throttledProgress, updateProgress, type Job } from "../../../platform/jobs";
import { job } from "../../../platform/jobs/schema";
import { assertCan } from "../../../platform/permissions";
import { parseInput } from "../../../platform/validation";
import { MalformedFileError } from "./errors";
import { homeKommunenummer, importEnhetsregisteret, importInput, type ImportInput, type ImportProgress, type ImportResult } from "./import";
import { municipalityName } from "./municipalities";

export const IMPORT_JOB = "import.enhetsregisteret";

export type ImportJob = {
  id: string;
  status: Job["status"];
  phase: ImportProgress["phase"] | null;
  processed: number;
  total: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  /** Absent from jobs recorded before the job kept it. */
  kommunenummer: string | null;
  /**
   * A job that stopped while writing has saved some of the file, as each batch is committed on its own: at
   * least `saved` of `total` (progress is recorded now and then, so more may have been saved).
   */
  partlySaved: { saved: number; total: number } | null;
  result: ImportResult | null;
  error: { key: string; params: Record<string, string | number> } | null;
};

/** Importing another municipality's units puts them in this one's public directory, so the web asks to be sure. */
export type StartImportInput = ImportInput & { otherMunicipalityConfirmed?: boolean };

/**
 * Starts the import as a background job and answers at once with its id; the job page follows it. The
 * kommunenummer is checked here too, so a mistyped one, or another municipality's not confirmed, is told at
 * the form rather than on the job page. `finished` settles when the job has ended (tests wait for it; the web does not).
 */
export async function startEnhetsregisteretImport(db: Db, actor: Actor, input: StartImportInput): Promise<{ jobId: string; finished: Promise<void> }> {
  assertCan(actor, "organizations.import");
  const home = await homeKommunenummer(db, actor);
  const { kommunenummer = home } = parseInput(importInput, { kommunenummer: input.kommunenummer });
  if (kommunenummer !== home && !input.otherMunicipalityConfirmed) {
    const params = { kommunenummer, name: municipalityName(kommunenummer)!, home, homeName: municipalityName(home) ?? home };
    throw new ValidationError({ kommunenummer: [{ key: "validation.kommunenummerOtherMunicipality", params }] });
  }
  const started = await startJob(db, actor, IMPORT_JOB);
  await updateProgress(db, started.id, { processed: 0, result: { kommunenummer } });
  return { jobId: started.id, finished: runImport(db, actor, started.id, { ...input, kommunenummer }) };
}

async function runImport(db: Db, actor: Actor, jobId: string, input: ImportInput & { kommunenummer: string }): Promise<void> {
  const report = throttledProgress(db, jobId);
  const { kommunenummer } = input;
  let phase: ImportProgress["phase"] = "reading";
  try {
    const result = await importEnhetsregisteret(db, actor, input, (p) => {
      phase = p.phase;
      return report({ processed: p.done, total: p.total, result: { phase, kommunenummer } }, p.phase === "writing" && p.done === 0);
    });
    await finishJob(db, jobId, result);
  } catch (error) {
    if (error instanceof MalformedFileError) {
      await failJob(db, jobId, error.key, { params: error.params, kommunenummer });
    } else {
      console.error("The import failed:", error);
      // The phase tells the page whether batches were saved before the failure.
      await failJob(db, jobId, "orgImport.failed", { phase, kommunenummer });
    }
  }
}

function toImportJob(row: Job): ImportJob {
  const running = row.status === "running";
  const result = row.result ?? {};
  const phase = (result.phase as ImportProgress["phase"] | undefined) ?? null;
  return {
    id: row.id,
    status: row.status,
    phase: running ? phase : null,
    processed: row.processed,
    total: row.total,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    kommunenummer: typeof result.kommunenummer === "string" ? result.kommunenummer : null,
    // A restart leaves the job as it was (failInterruptedJobs), so its phase says whether it was writing.
    partlySaved: row.status === "failed" && phase === "writing" ? { saved: row.processed, total: row.total ?? row.processed } : null,
    result: row.status === "done" ? (result as unknown as ImportResult) : null,
    error: row.error ? { key: row.error, params: (result.params as Record<string, string | number> | undefined) ?? {} } : null,
  };
}

/** One import job of the actor's municipality, for its progress page. */
export async function getImportJob(db: Db, actor: Actor, jobId: string): Promise<ImportJob> {
  assertCan(actor, "organizations.import");
  const row = await getJob(db, actor.municipalityId, jobId);
  if (!row || row.kind !== IMPORT_JOB) throw new NotFoundError("job");
  return toImportJob(row);
}

/** The latest imports, newest first, and the kommunenummer (and its name) an import uses unless told otherwise. */
export async function listImportJobs(db: Db, actor: Actor): Promise<{ kommunenummer: string; homeName: string; jobs: ImportJob[] }> {
  assertCan(actor, "organizations.import");
  const rows = await db
    .select()
    .from(job)
    .where(and(eq(job.municipalityId, actor.municipalityId), eq(job.kind, IMPORT_JOB)))
    .orderBy(desc(job.createdAt))
    .limit(10);
  const kommunenummer = await homeKommunenummer(db, actor);
  return { kommunenummer, homeName: municipalityName(kommunenummer) ?? kommunenummer, jobs: rows.map(toImportJob) };
}
