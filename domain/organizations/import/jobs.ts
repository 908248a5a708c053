import { and, desc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/auth/actor";
import type { Db } from "../../../platform/db/client";
import { NotFoundError } from "../../../platform/errors";
import { failJob, finishJob, getJob, startJob, throttledProgress, type Job } from "../../../platform/jobs";
import { job } from "../../../platform/jobs/schema";
import { assertCan } from "../../../platform/permissions";
import { parseInput } from "../../../platform/validation";
import { MalformedFileError } from "./errors";
import { homeKommunenummer, importEnhetsregisteret, importInput, type ImportInput, type ImportProgress, type ImportResult } from "./import";

export const IMPORT_JOB = "import.enhetsregisteret";

export type ImportJob = {
  id: string;
  status: Job["status"];
  phase: ImportProgress["phase"] | null;
  processed: number;
  total: number | null;
  createdAt: Date;
  finishedAt: Date | null;
  result: ImportResult | null;
  error: { key: string; params: Record<string, string | number> } | null;
};

/**
 * Starts the import as a background job and answers at once with its id; the job page follows it. The
 * kommunenummer is checked here too, so a mistyped one is told at the form rather than on the job page.
 * `finished` settles when the job has ended (tests wait for it; the web does not).
 */
export async function startEnhetsregisteretImport(db: Db, actor: Actor, input: ImportInput): Promise<{ jobId: string; finished: Promise<void> }> {
  assertCan(actor, "organizations.import");
  parseInput(importInput, { kommunenummer: input.kommunenummer });
  const started = await startJob(db, actor, IMPORT_JOB);
  return { jobId: started.id, finished: runImport(db, actor, started.id, input) };
}

async function runImport(db: Db, actor: Actor, jobId: string, input: ImportInput): Promise<void> {
  const report = throttledProgress(db, jobId);
  try {
    const result = await importEnhetsregisteret(db, actor, input, (p) =>
      report({ processed: p.done, total: p.total, result: { phase: p.phase } }, p.phase === "writing" && p.done === 0),
    );
    await finishJob(db, jobId, result);
  } catch (error) {
    if (error instanceof MalformedFileError) {
      await failJob(db, jobId, error.key, { params: error.params });
    } else {
      console.error("The import failed:", error);
      await failJob(db, jobId, "orgImport.failed");
    }
  }
}

function toImportJob(row: Job): ImportJob {
  const running = row.status === "running";
  const result = row.result ?? {};
  return {
    id: row.id,
    status: row.status,
    phase: running ? ((result.phase as ImportProgress["phase"] | undefined) ?? null) : null,
    processed: row.processed,
    total: row.total,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
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

/** The latest imports, newest first, and the kommunenummer an import uses unless told otherwise. */
export async function listImportJobs(db: Db, actor: Actor): Promise<{ kommunenummer: string; jobs: ImportJob[] }> {
  assertCan(actor, "organizations.import");
  const rows = await db
    .select()
    .from(job)
    .where(and(eq(job.municipalityId, actor.municipalityId), eq(job.kind, IMPORT_JOB)))
    .orderBy(desc(job.createdAt))
    .limit(10);
  return { kommunenummer: await homeKommunenummer(db, actor), jobs: rows.map(toImportJob) };
}
