import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Cookie, Page } from "playwright-core";
import { SESSION_COOKIE } from "../../platform/auth/session";
import type { Lang } from "../../platform/i18n/languages";
import { checkA11y } from "./a11y";
import { text, visit } from "./pages";

/** The demo accounts that `npm start` creates on a new database (scripts/demo-data.ts). */
export const DEMO_ACCOUNTS = {
  admin: "admin@demo.dugnad.no",
  coordinator: "koordinator@demo.dugnad.no",
  staff: "saksbehandler@demo.dugnad.no",
  orgAdmin: "leder@demo.dugnad.no",
  volunteer: "frivillig@demo.dugnad.no",
} as const;
export const DEMO_PASSWORD = "dugnad-demo";

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** Fills in and sends the sign-in form; checks the form page; the caller waits for what it should lead to. */
export async function submitSignIn(page: Page, email: string, password: string, lang: Lang = "nb"): Promise<void> {
  if (new URL(page.url()).pathname !== "/logg-inn") await visit(page, "/logg-inn");
  await page.getByLabel(text(lang, "account.field.email"), { exact: true }).fill(email);
  await page.getByLabel(text(lang, "account.field.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: text(lang, "account.signIn.submit"), exact: true }).click();
}

/**
 * Signs in as a demo account. The first time in a run it goes through the sign-in form; after that it reuses
 * that session, because the sign-in form allows only a few attempts per address in 15 minutes and every
 * journey signs someone in. The page ends where signing in leads: the returnTo page, or the front page.
 */
export async function login(page: Page, role: DemoRole, lang: Lang = "nb"): Promise<void> {
  const saved = savedSession(role);
  if (saved) {
    await page.context().addCookies([saved]);
    await page.goto(returnTo(page));
    await checkA11y(page);
    if ((await signOutButton(page, lang).count()) > 0) return;
  }
  await submitSignIn(page, DEMO_ACCOUNTS[role], DEMO_PASSWORD, lang);
  await signOutButton(page, lang).waitFor();
  await checkA11y(page);
  const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
  if (session) saveSession(role, session);
}

function signOutButton(page: Page, lang: Lang) {
  return page.getByRole("button", { name: text(lang, "nav.signOut"), exact: true });
}

function returnTo(page: Page): string {
  const url = page.url().startsWith("http") ? new URL(page.url()) : undefined;
  return (url?.pathname === "/logg-inn" && url.searchParams.get("returnTo")) || "/";
}

// Each test file runs in a process of its own; scripts/e2e.js gives them a directory to share sessions in.
const sessions = new Map<DemoRole, Cookie>();

function sessionFile(role: DemoRole): string | undefined {
  const dir = process.env.E2E_STATE_DIR;
  return dir ? path.join(dir, `${role}.json`) : undefined;
}

function savedSession(role: DemoRole): Cookie | undefined {
  const file = sessionFile(role);
  if (!sessions.has(role) && file && existsSync(file)) sessions.set(role, JSON.parse(readFileSync(file, "utf8")) as Cookie);
  return sessions.get(role);
}

function saveSession(role: DemoRole, cookie: Cookie): void {
  sessions.set(role, cookie);
  const file = sessionFile(role);
  if (file) writeFileSync(file, JSON.stringify(cookie));
}
