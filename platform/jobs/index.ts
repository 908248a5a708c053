import { and, eq } from "drizzle-orm";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { job } from "./schema";

export type Job = typeof job.$inferSelect;
export type JobResult = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records that long work of `kind` has started for the actor's municipality; the caller runs it and reports. */
export async function startJob(db: Db, actor: Actor, kind: string): Promise<Job> {
  const [row] = await db
    .insert(job)
    .values({ municipalityId: actor.municipalityId, kind, startedBy: actor.kind === "person" ? actor.personId : null })
    .returning();
  return row!;
}

/** How far the job has come; `result` may say what it is doing while it runs (a phase, say). */
export async function updateProgress(db: Db, jobId: string, progress: { processed: number; total?: number | null; result?: JobResult }) {
  await db
    .update(job)
    .set({ processed: progress.processed, total: progress.total ?? null, ...(progress.result ? { result: progress.result } : {}) })
    .where(and(eq(job.id, jobId), eq(job.status, "running")));
}

export async function finishJob(db: Db, jobId: string, result: JobResult): Promise<void> {
  await db.update(job).set({ status: "done", result, finishedAt: new Date() }).where(eq(job.id, jobId));
}

/** `error` is a catalog key the page translates; `result` carries its parameters and anything done before. */
export async function failJob(db: Db, jobId: string, error: string, result: JobResult = {}): Promise<void> {
  await db.update(job).set({ status: "failed", error, result, finishedAt: new Date() }).where(eq(job.id, jobId));
}

/**
 * Jobs run inside the server process, so those still "running" when it starts again were cut short by the
 * restart: they are marked failed with the catalog key "jobs.interrupted". Call once at start, and only
 * with the embedded database: on PostgreSQL another server process may be running them.
 */
export async function failInterruptedJobs(db: Db): Promise<number> {
  const rows = await db
    .update(job)
    .set({ status: "failed", error: "jobs.interrupted", finishedAt: new Date() })
    .where(eq(job.status, "running"))
    .returning({ id: job.id });
  return rows.length;
}

/** The job if it belongs to the municipality; an unknown or malformed id gives undefined. */
export async function getJob(db: Db, municipalityId: string, jobId: string): Promise<Job | undefined> {
  if (!UUID.test(jobId)) return undefined;
  const [row] = await db
    .select()
    .from(job)
    .where(and(eq(job.id, jobId), eq(job.municipalityId, municipalityId)));
  return row;
}

/**
 * A progress callback for long work that writes to the job at most every `intervalMs`, so reporting
 * every batch does not cost a database write each time. The last report always gets written.
 */
export function throttledProgress(db: Db, jobId: string, intervalMs = 250) {
  let last = 0;
  return async (progress: { processed: number; total?: number | null; result?: JobResult }, force = false) => {
    const now = Date.now();
    if (!force && now - last < intervalMs) return;
    last = now;
    await updateProgress(db, jobId, progress);
  };
}
