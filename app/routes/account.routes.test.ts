import { describe, expect, it } from "vitest";
import { actorForSession, SESSION_COOKIE } from "../../platform/auth/session";
import { routeArgs as args, thrown, withRouteTestWorld } from "../../platform/testing/routes";
import { TEST_PASSWORD } from "../../platform/testing/world";
import { mailsTo, tokenIn } from "../../domain/accounts/testing";
import * as signIn from "./sign-in";
import * as signOut from "./sign-out";
import * as signUp from "./sign-up";
import * as verifyEmail from "./verify-email";
import * as myData from "./my-data";
import * as myDataExport from "./my-data-export";
import * as deleteAccount from "./delete-account";
import { loader as rootLoader } from "../root";
import { describePerson } from "../../domain/accounts/me";

const { conn, w, csrf, cookieFor, get, post } = withRouteTestWorld();

function sessionTokenIn(response: Response): string {
  const match = response.headers.get("set-cookie")?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`));
  if (!match) throw new Error("No session cookie");
  return decodeURIComponent(match[1]!);
}

type Failure = { data: { errors: Record<string, { key: string; params?: Record<string, number> }[]>; values: Record<string, string> }; init: { status: number } };

describe("/logg-inn", () => {
  it("sets an http-only session cookie and goes back to a page on this site", async () => {
    const response = (await signIn.action(
      args(await post("/logg-inn", { email: w.resident.email, password: TEST_PASSWORD, returnTo: "/mine-data?fane=1" })),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/mine-data?fane=1");
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly; *$|HttpOnly/);
    expect((await actorForSession(conn.db, sessionTokenIn(response), w.municipality.id))?.personId).toBe(w.resident.personId);
  });

  it("keeps the language picked on the page as the person's e-mail language", async () => {
    await signIn.action(args(await post("/logg-inn?lang=en", { email: w.orgAdmin.email, password: TEST_PASSWORD })));
    expect((await describePerson(conn.db, w.orgAdmin)).language).toBe("en");
  });

  it("does not send anyone to another site after signing in", async () => {
    for (const returnTo of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const response = (await signIn.action(args(await post("/logg-inn", { email: w.resident.email, password: TEST_PASSWORD, returnTo })))) as Response;
      expect(response.headers.get("location")).toBe("/");
    }
  });

  it("shows the form again with the address kept and the password gone", async () => {
    const failure = (await signIn.action(args(await post("/logg-inn", { email: w.staff.email, password: "feil-passord-her" })))) as unknown as Failure;
    expect(failure.init.status).toBe(400);
    expect(failure.data.errors).toEqual({ _form: [{ key: "account.signIn.failed" }] });
    expect(failure.data.values).toEqual({ email: w.staff.email });
  });

  it("answers a POST that is not a form with 415 and a broken form with 400, not a server error", async () => {
    const empty = new Request("http://localhost/logg-inn", { method: "POST", headers: { cookie: csrf.cookie } });
    expect((await thrown(signIn.action(args(empty)))).status).toBe(415);
    const broken = new Request("http://localhost/logg-inn", {
      method: "POST",
      body: "--x\r\nnot a part",
      headers: { cookie: csrf.cookie, "content-type": "multipart/form-data; boundary=x" },
    });
    expect((await thrown(signIn.action(args(broken)))).status).toBe(400);
  });

  it("sends someone already signed in straight on", async () => {
    const response = await thrown(signIn.loader(args(await get("/logg-inn?returnTo=%2Fmine-data", w.resident.personId))));
    expect(response.headers.get("location")).toBe("/mine-data");
  });
});

describe("choosing a language on a page", () => {
  it("becomes the language of a signed-in person's e-mails", async () => {
    await rootLoader(args(await get("/organisasjoner?lang=so", w.staff.personId)));
    expect((await describePerson(conn.db, w.staff)).language).toBe("so");
  });
});

describe("/logg-ut", () => {
  it("ends the session and clears the cookie", async () => {
    const cookie = await cookieFor(w.volunteer.personId);
    const token = decodeURIComponent(cookie.split(`${SESSION_COOKIE}=`)[1]!);
    const request = new Request("http://localhost/logg-ut", {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf.token }),
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    });
    const response = (await signOut.action(args(request))) as Response;
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    expect(await actorForSession(conn.db, token, w.municipality.id)).toBeNull();
  });
});

describe("/registrer and /bekreft-epost", () => {
  it("answers 'check your e-mail'; opening the link asks for the password; giving it confirms and signs in", async () => {
    const answer = await signUp.action(args(await post("/registrer", { name: "Per", email: "per@eksempel.no", password: "lang-og-trygg-nok" })));
    expect(answer).toEqual({ ok: true, email: "per@eksempel.no" });
    const token = tokenIn((await mailsTo(conn.db, "per@eksempel.no"))[0]!.body);

    const page = await verifyEmail.loader(args(await get(`/bekreft-epost?token=${token}`)));
    expect(page).toMatchObject({ state: "valid", email: "per@eksempel.no", proof: "password" });

    const wrong = (await verifyEmail.action(args(await post("/bekreft-epost", { token, password: "ikke-mitt-passord" })))) as unknown as Failure;
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.errors).toEqual({ password: [{ key: "account.verify.wrongPassword" }] });
    expect(wrong.data.values).not.toHaveProperty("password");
    expect(await verifyEmail.loader(args(await get(`/bekreft-epost?token=${token}`)))).toMatchObject({ state: "valid" });

    const response = (await verifyEmail.action(args(await post("/bekreft-epost", { token, password: "lang-og-trygg-nok" })))) as Response;
    expect(response.headers.get("location")).toBe("/bekreft-epost?bekreftet");
    const personId = (await actorForSession(conn.db, sessionTokenIn(response), w.municipality.id))?.personId;
    expect(personId).toBeTruthy();

    expect(await verifyEmail.loader(args(await get(`/bekreft-epost?token=${token}`)))).toMatchObject({ state: "used" });
    expect(await verifyEmail.loader(args(await get("/bekreft-epost?bekreftet", personId)))).toMatchObject({ state: "confirmed" });
  });

  it("keeps what was typed, but not the password, when sign-ups are rate limited", async () => {
    let last: unknown;
    for (let i = 0; i < 11; i++) {
      last = await signUp.action(args(await post("/registrer", { name: "Mange", email: `mange${i}@eksempel.no`, password: "lang-og-trygg-nok" })));
    }
    const failure = last as Failure;
    expect(failure.init.status).toBe(429);
    expect(failure.data.errors._form).toEqual([{ key: "validation.rateLimited", params: { minutes: 60 } }]);
    expect(failure.data.values).toEqual({ name: "Mange", email: "mange10@eksempel.no" });
  });
});

describe("/mine-data", () => {
  it("sends the anonymous to sign in and back", async () => {
    const response = await thrown(myData.loader(args(await get("/mine-data"))));
    expect(response.headers.get("location")).toBe("/logg-inn?returnTo=%2Fmine-data");
    const download = await thrown(myDataExport.loader(args(await get("/mine-data/eksport"))));
    expect(download.status).toBe(302);
  });

  it("downloads the person's data as a JSON file without the password hash", async () => {
    const response = (await myDataExport.loader(args(await get("/mine-data/eksport", w.orgMember.personId)))) as Response;
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="mine-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text).person.email).toBe(w.orgMember.email);
    expect(text).not.toContain("argon2");
  });
});

describe("/mine-data/slett", () => {
  it("deletes the account, clears the cookie and shows the confirmation page", async () => {
    const response = (await deleteAccount.action(
      args(await post("/mine-data/slett", { confirmEmail: w.orgAdmin.email }, w.orgAdmin.personId)),
    )) as Response;
    expect(response.headers.get("location")).toBe("/konto-slettet");
    expect(response.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const after = await thrown(myData.loader(args(await get("/mine-data"))));
    expect(after.status).toBe(302);
  });
});
