import { redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { SESSION_COOKIE } from "../../platform/auth/session";
import { readCookie } from "../../platform/http/cookies";
import { contextFor } from "../../platform/http/request";
import { signOut } from "../../domain/accounts/sign-in";
import { readEmptyForm } from "../lib/forms.server";
import { clearedSessionCookie } from "../lib/session.server";

/** Signing out changes state, so it is a POST (the form in the page header); a plain visit goes home. */
export function loader() {
  return redirect("/");
}

export async function action({ request }: Route.ActionArgs) {
  await readEmptyForm(request);
  const { db } = await contextFor(request);
  const token = readCookie(request, SESSION_COOKIE);
  if (token) await signOut(db, token);
  return redirect("/", { headers: { "Set-Cookie": clearedSessionCookie() } });
}
