import fs from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { IMPORT_JOB, type ImportJob } from "../../domain/organizations/import/jobs";
import { organization } from "../../domain/organizations/schema";
import { failInterruptedJobs, startJob, updateProgress } from "../../platform/jobs";
import { withRouteTestWorld, routeArgs, thrown } from "../../platform/testing/routes";
import { statusTexts } from "../../platform/testing/html";
import { catalogs } from "../i18n/catalogs.server";
import { I18nProvider } from "../i18n/react";
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

type FieldFailure = { data: { errors: Record<string, { key: string; params?: Record<string, string> }[]> } };

function render<Data>(page: unknown, loaderData: Data): string {
  const Page = page as ComponentType<{ loaderData: Data }>;
  const Stub = createRoutesStub([{ path: "/", Component: () => createElement(Page, { loaderData }) }]);
  return renderToString(createElement(I18nProvider, { lang: "nb", messages: catalogs.nb, children: createElement(Stub) }));
}

const renderJob = (job: ImportJob) => render(jobPage.default, job);

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

  it("turns away the anonymous and those who may not import without reading their upload", async () => {
    const unreadUpload = async (personId?: string) => {
      const read = { started: false };
      // highWaterMark 0: the stream asks for bytes only when someone reads it.
      const body = new ReadableStream<Uint8Array>(
        {
          pull() {
            read.started = true;
            throw new Error("The upload was read");
          },
        },
        { highWaterMark: 0 },
      );
      const request = new Request("http://localhost/koordinering/import", {
        method: "POST",
        body,
        duplex: "half",
        headers: {
          cookie: await cookieFor(personId),
          origin: "http://localhost",
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(300 * 1024 * 1024),
        },
      } as RequestInit);
      return { response: await thrown(importPage.action(routeArgs(request))), read, request };
    };
    const anonymous = await unreadUpload();
    expect(anonymous.response.headers.get("location")).toMatch(/^\/logg-inn\?returnTo=/);
    expect(anonymous.read.started || anonymous.request.bodyUsed).toBe(false);
    for (const person of [w.volunteer, w.orgAdmin, w.staff]) {
      const refused = await unreadUpload(person.personId);
      expect(refused.response.status).toBe(403);
      expect(refused.read.started || refused.request.bodyUsed).toBe(false);
    }
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
    expect(statusTexts(renderJob(job))).toEqual([expect.stringContaining(nb["orgImport.job.done"])]);
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

  it("refuses a kommunenummer no municipality has, at the field", async () => {
    const result = (await upload({ file: sample("enhetsregisteret-sample.json"), kommunenummer: "9999" }, w.coordinator.personId)) as unknown as FieldFailure;
    expect(result.data.errors.kommunenummer).toEqual([{ key: "validation.kommunenummerUnknown" }]);
  });

  it("imports another municipality's units only when the coordinator confirms it, and lists the kommunenummer", async () => {
    const before = await conn.db.$count(organization);
    const unconfirmed = (await upload({ file: sample("enhetsregisteret-sample.json"), kommunenummer: "0301" }, w.coordinator.personId)) as unknown as FieldFailure;
    expect(unconfirmed.data.errors.kommunenummer).toEqual([
      { key: "validation.kommunenummerOtherMunicipality", params: { kommunenummer: "0301", name: "Oslo - Oslove", home: "1505", homeName: "Kristiansund" } },
    ]);
    expect(await conn.db.$count(organization)).toBe(before);

    const confirmed = (await upload({ file: sample("enhetsregisteret-sample.json"), kommunenummer: "0301", otherMunicipality: "on" }, w.coordinator.personId)) as Response;
    const job = await finishedJob(confirmed.headers.get("location")!, w.coordinator.personId);
    expect(job).toMatchObject({ status: "done", kommunenummer: "0301", result: { kommunenummer: "0301" } });
    const page = await importPage.loader(routeArgs(await get("/koordinering/import", w.coordinator.personId)));
    expect(page.homeName).toBe("Kristiansund");
    expect(page.jobs.find((listed) => listed.id === job.id)?.kommunenummer).toBe("0301");
    const html = render(importPage.default, page);
    expect(html).toContain(nb["orgImport.otherMunicipality"].replace("{homeName}", "Kristiansund").replace("{home}", "1505"));
    expect(html).toContain(`<th>${nb["orgImport.column.kommunenummer"]}</th>`);
    expect(html).toMatch(/<td>0301<\/td>/);
  });

  it("says truthfully what an import cut short by a restart left behind", async () => {
    const cutShort = async (progress: { phase: "reading" | "writing"; processed: number; total: number }) => {
      const started = await startJob(conn.db, w.coordinator, IMPORT_JOB);
      await updateProgress(conn.db, started.id, { processed: progress.processed, total: progress.total, result: { phase: progress.phase, kommunenummer: "1505" } });
      return started.id;
    };
    const whileWriting = await cutShort({ phase: "writing", processed: 7000, total: 20000 });
    const whileReading = await cutShort({ phase: "reading", processed: 1000, total: 50000 });
    await failInterruptedJobs(conn.db);
    const jobOf = async (jobId: string) => jobPage.loader(routeArgs(await get(`/koordinering/import/${jobId}`, w.coordinator.personId), { jobId }));

    const writing = await jobOf(whileWriting);
    expect(writing).toMatchObject({ status: "failed", error: { key: "jobs.interrupted" }, partlySaved: { saved: 7000, total: 20000 } });
    const page = renderJob(writing);
    expect(page).toContain("minst 7000 av 20000 organisasjoner");
    expect(page).toContain(nb["orgImport.job.partlySaved"].split(": ")[0]);
    expect(page).not.toContain(nb["orgImport.job.failed"]);

    const reading = await jobOf(whileReading);
    expect(reading.partlySaved).toBeNull();
    expect(renderJob(reading)).toContain(nb["orgImport.job.failed"]);
  });

  it("shows the progress and then how the job ended in the same live region, so that the end is read out", async () => {
    const started = await startJob(conn.db, w.coordinator, IMPORT_JOB);
    await updateProgress(conn.db, started.id, { processed: 10, total: 100, result: { phase: "reading", kommunenummer: "1505" } });
    const jobOf = async () => jobPage.loader(routeArgs(await get(`/koordinering/import/${started.id}`, w.coordinator.personId), { jobId: started.id }));
    expect(statusTexts(renderJob(await jobOf()))).toEqual([expect.stringContaining(nb["orgImport.job.phase.reading"])]);
    await failInterruptedJobs(conn.db);
    expect(statusTexts(renderJob(await jobOf()))).toEqual([expect.stringContaining(nb["orgImport.job.failed"])]);
  });

  it("reads out the start and each tenth of the progress, not every step the bar and the counts show", async () => {
    const started = await startJob(conn.db, w.coordinator, IMPORT_JOB);
    const at = async (processed: number, phase: "reading" | "writing") => {
      await updateProgress(conn.db, started.id, { processed, total: 1000, result: { phase, kommunenummer: "1505" } });
      return renderJob(await jobPage.loader(routeArgs(await get(`/koordinering/import/${started.id}`, w.coordinator.personId), { jobId: started.id })));
    };
    const percent = (key: "orgImport.job.progressBytes" | "orgImport.job.milestoneUnits", value: number) => nb[key].replace("{percent}", String(value));

    const start = await at(0, "reading");
    expect(statusTexts(start)).toEqual([`${nb["orgImport.job.phase.reading"]} ${percent("orgImport.job.progressBytes", 0)}`]);
    const early = await at(310, "reading");
    const later = await at(380, "reading");
    expect(later).toContain(percent("orgImport.job.progressBytes", 38));
    expect(statusTexts(later)).toEqual(statusTexts(early));
    expect(statusTexts(later)).toEqual([`${nb["orgImport.job.phase.reading"]} ${percent("orgImport.job.progressBytes", 30)}`]);
    expect(statusTexts(await at(410, "reading"))).toEqual([`${nb["orgImport.job.phase.reading"]} ${percent("orgImport.job.progressBytes", 40)}`]);

    const writing = await at(257, "writing");
    expect(writing).toContain(nb["orgImport.job.progressUnits"].replace("{done}", "257").replace("{total}", "1000"));
    expect(statusTexts(writing)).toEqual([`${nb["orgImport.job.phase.writing"]} ${percent("orgImport.job.milestoneUnits", 20)}`]);
  });

  it("answers 404 for a job that does not exist", async () => {
    const missing = await thrown(jobPage.loader(routeArgs(await get("/koordinering/import/nope", w.coordinator.personId), { jobId: "nope" })));
    expect(missing.status).toBe(404);
  });
});
