import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { organization } from "../../domain/organizations/schema";
import { withRouteTestWorld, routeArgs, thrown } from "../../platform/testing/routes";
import * as importPage from "./coordination.import";
import * as jobPage from "./coordination.import-job";
import { orgImport as nb } from "../i18n/nb/orgImport";

const { conn, w, csrf, cookieFor, get } = withRouteTestWorld();

const sample = (name: string) => new Blob([fs.readFileSync(path.join(process.cwd(), "data-samples", name))]);

async function upload(fields: Record<string, string | Blob>, personId?: string) {
  const body = new FormData();
  body.set("_csrf", csrf.token);
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") body.set(name, value);
    else body.set(name, value, `${name}.json`);
  }
  const request = new Request("http://localhost/koordinering/import", {
    method: "POST",
    body,
    headers: { cookie: await cookieFor(personId), origin: "http://localhost" },
  });
  return importPage.action(routeArgs(request));
}

/** Reads the job page until the background import has ended. */
async function finishedJob(location: string, personId: string) {
  const jobId = location.split("/").at(-1)!;
  for (let i = 0; i < 100; i++) {
    const job = await jobPage.loader(routeArgs(await get(location, personId), { jobId }));
    if (job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The import did not finish");
}

describe("/koordinering/import", () => {
  it("sends the anonymous to sign in and refuses people who are not coordinators", async () => {
    const anonymous = await thrown(importPage.loader(routeArgs(await get("/koordinering/import"))));
    expect(anonymous.headers.get("location")).toMatch(/^\/logg-inn\?returnTo=/);
    for (const person of [w.volunteer, w.orgAdmin, w.staff]) {
      expect((await thrown(importPage.loader(routeArgs(await get("/koordinering/import", person.personId))))).status).toBe(403);
      expect((await thrown(upload({ file: sample("enhetsregisteret-sample.json") }, person.personId))).status).toBe(403);
    }
    expect(await conn.db.$count(organization)).toBe(2);
  });

  it("asks for the file and a four-digit kommunenummer at the fields", async () => {
    const result = (await upload({ file: new Blob([]), kommunenummer: "15" }, w.coordinator.personId)) as unknown as { data: { errors: Record<string, { key: string }[]> } };
    expect(result.data.errors.file?.[0]?.key).toBe("validation.importFile");
    const wrongNumber = (await upload({ file: sample("enhetsregisteret-sample.json"), kommunenummer: "15" }, w.coordinator.personId)) as unknown as {
      data: { errors: Record<string, { key: string }[]> };
    };
    expect(wrongNumber.data.errors.kommunenummer?.[0]?.key).toBe("validation.kommunenummer");
  });

  it("refuses a file too large to hold before reading it", async () => {
    const request = new Request("http://localhost/koordinering/import", {
      method: "POST",
      body: "x",
      headers: { cookie: await cookieFor(w.coordinator.personId), origin: "http://localhost", "content-length": String(401 * 1024 * 1024) },
    });
    const result = (await importPage.action(routeArgs(request))) as unknown as { init: { status: number }; data: { errors: Record<string, { key: string }[]> } };
    expect(result.init.status).toBe(413);
    expect(result.data.errors.file?.[0]?.key).toBe("validation.importFileTooLarge");
  });

  it("runs the upload as a job and shows its counts, then lists it", async () => {
    const response = (await upload(
      { file: sample("enhetsregisteret-sample.json.gz"), frivillighetsregisteret: sample("frivillighetsregisteret-sample.json"), kommunenummer: "1505" },
      w.coordinator.personId,
    )) as Response;
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/koordinering\/import\/[0-9a-f-]{36}$/);
    const job = await finishedJob(location, w.coordinator.personId);
    expect(job).toMatchObject({ status: "done", error: null });
    expect(job.result!.counts).toEqual({ new: 30, updated: 0, unchanged: 0, skipped: 9, invalid: 2 });
    const page = await importPage.loader(routeArgs(await get("/koordinering/import", w.admin.personId)));
    expect(page).toMatchObject({ kommunenummer: "1505", jobs: [{ status: "done" }] });
  });

  it("shows why a malformed file stopped, with nothing imported", async () => {
    const before = await conn.db.$count(organization);
    const response = (await upload({ file: new Blob(['[{"navn": "Halvt lag"']) }, w.admin.personId)) as Response;
    const job = await finishedJob(response.headers.get("location")!, w.admin.personId);
    expect(job).toMatchObject({ status: "failed", result: null, error: { key: "orgImport.malformed.unfinished" } });
    expect(await conn.db.$count(organization)).toBe(before);
  });

  it("says which of the two files is malformed", async () => {
    const response = (await upload(
      { file: sample("enhetsregisteret-sample.json"), frivillighetsregisteret: new Blob(['{"ikke": "en liste"}']) },
      w.coordinator.personId,
    )) as Response;
    const job = await finishedJob(response.headers.get("location")!, w.coordinator.personId);
    expect(job.error?.key).toBe("orgImport.malformedFrivillighetsregisteret.notArray");
    expect(nb[job.error!.key as keyof typeof nb]).toMatch(/^Filen fra Frivillighetsregisteret /);
  });

  it("answers 404 for a job that does not exist", async () => {
    const missing = await thrown(jobPage.loader(routeArgs(await get("/koordinering/import/nope", w.coordinator.personId), { jobId: "nope" })));
    expect(missing.status).toBe(404);
  });
});
