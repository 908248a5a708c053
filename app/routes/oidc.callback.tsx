import { data, redirect } from "react-router";
import type { Route } from "./+types/oidc.callback";
import { signInWithOidc } from "../../domain/accounts/oidc-sign-in";
import { finishOidcLogin, OIDC_LOGIN_COOKIE, OIDC_PENDING_COOKIE, OidcRefusal, sealPendingRegistration } from "../../platform/auth/oidc";
import { ConflictError } from "../../platform/errors";
import { readCookie } from "../../platform/http/cookies";
import { contextFor } from "../../platform/http/request";
import { OidcProblem, type OidcProblemReason } from "../components/OidcProblem";
import { throwForAccess } from "../lib/forms.server";
import { clearedCookie, flowCookie, requireOidc } from "../lib/oidc.server";
import { sessionCookie } from "../lib/session.server";
import { pageTitle } from "../lib/title.server";

const STATUS: Record<OidcProblemReason, number> = {
  expired: 400,
  cancelled: 400,
  acr: 403,
  failed: 400,
  unavailable: 503,
  linkedToOther: 409,
};

/**
 * Where the provider sends the browser back. A known identity signs in; a new one is linked to the
 * person already signed in, or goes on to the registration form. The flow cookie is used up either way.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { name } = requireOidc();
  const { db, actor, lang, chosenLang } = await contextFor(request);
  const headers = new Headers({ "Cache-Control": "no-store" });
  headers.append("Set-Cookie", clearedCookie(OIDC_LOGIN_COOKIE));
  const problem = (reason: OidcProblemReason, returnTo = "/") =>
    data({ reason, provider: name, returnTo, title: pageTitle(lang, "oidc.error.title") }, { status: STATUS[reason], headers });
  let result;
  try {
    result = await finishOidcLogin(new URL(request.url).searchParams, readCookie(request, OIDC_LOGIN_COOKIE));
  } catch (error) {
    if (!(error instanceof OidcRefusal)) throw error;
    // Only the reason: the provider's error may carry the token's claims.
    console.warn(`oidc: sign-in refused (${error.reason})`);
    return problem(error.reason);
  }
  try {
    const outcome = await signInWithOidc(db, actor, { identity: result.identity, chosenLang });
    if (outcome.kind === "signedIn") headers.append("Set-Cookie", sessionCookie(outcome.sessionToken));
    if (outcome.kind !== "unknown") return redirect(result.returnTo, { headers });
    headers.append("Set-Cookie", flowCookie(OIDC_PENDING_COOKIE, sealPendingRegistration(result)));
    return redirect("/logg-inn/idporten/fullfor", { headers });
  } catch (error) {
    if (error instanceof ConflictError) return problem("linkedToOther", result.returnTo);
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <OidcProblem reason={loaderData.reason} provider={loaderData.provider} returnTo={loaderData.returnTo} />;
}
