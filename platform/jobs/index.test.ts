import { describe, expect, it } from "vitest";
import { withTestDatabase, withWorld } from "../testing/hooks";
import { failInterruptedJobs, failJob, finishJob, getJob, startJob, throttledProgress, updateProgress } from "./index";

const conn = withTestDatabase();
const w = withWorld(conn);
const other = withWorld(conn, "1506");

describe("jobs", () => {
  it("records progress while running and the result when done", async () => {
    const job = await startJob(conn.db, w.coordinator, "test.kind");
    expect(job).toMatchObject({ status: "running", processed: 0, total: null, startedBy: w.coordinator.personId, municipalityId: w.municipality.id });
    await updateProgress(conn.db, job.id, { processed: 5, total: 10, result: { phase: "reading" } });
    expect(await getJob(conn.db, w.municipality.id, job.id)).toMatchObject({ processed: 5, total: 10, result: { phase: "reading" } });
    await finishJob(conn.db, job.id, { done: 10 });
    await updateProgress(conn.db, job.id, { processed: 7 });
    const done = await getJob(conn.db, w.municipality.id, job.id);
    expect(done).toMatchObject({ status: "done", processed: 5, result: { done: 10 } });
    expect(done!.finishedAt).toBeInstanceOf(Date);
  });

  it("keeps the error key and its parameters when the job fails", async () => {
    const job = await startJob(conn.db, w.admin, "test.kind");
    await failJob(conn.db, job.id, "test.broken", { params: { line: 3 } });
    expect(await getJob(conn.db, w.municipality.id, job.id)).toMatchObject({ status: "failed", error: "test.broken", result: { params: { line: 3 } } });
  });

  it("shows a job only to its own municipality, and takes any id without failing", async () => {
    const job = await startJob(conn.db, w.coordinator, "test.kind");
    expect(await getJob(conn.db, other.municipality.id, job.id)).toBeUndefined();
    expect(await getJob(conn.db, w.municipality.id, "not-a-uuid")).toBeUndefined();
  });

  it("writes throttled progress at most once per interval, unless told to", async () => {
    const job = await startJob(conn.db, w.coordinator, "test.kind");
    const report = throttledProgress(conn.db, job.id, 60_000);
    await report({ processed: 1 });
    await report({ processed: 2 });
    expect((await getJob(conn.db, w.municipality.id, job.id))!.processed).toBe(1);
    await report({ processed: 3 }, true);
    expect((await getJob(conn.db, w.municipality.id, job.id))!.processed).toBe(3);
  });

  it("marks the jobs a restart cut short as failed, and leaves ended ones alone", async () => {
    const cut = await startJob(conn.db, w.coordinator, "test.kind");
    const ended = await startJob(conn.db, w.coordinator, "test.kind");
    await finishJob(conn.db, ended.id, {});
    expect(await failInterruptedJobs(conn.db)).toBeGreaterThanOrEqual(1);
    expect(await getJob(conn.db, w.municipality.id, cut.id)).toMatchObject({ status: "failed", error: "jobs.interrupted" });
    expect(await getJob(conn.db, w.municipality.id, ended.id)).toMatchObject({ status: "done", error: null });
  });
});
