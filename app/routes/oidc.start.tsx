import { data, redirect } from "react-router";
import type { Route } from "./+types/oidc.start";
import { beginOidcLogin, OIDC_LOGIN_COOKIE, OidcRefusal } from "../../platform/auth/oidc";
import { contextFor } from "../../platform/http/request";
import { safeReturnTo } from "../../platform/http/return-to";
import { OidcProblem } from "../components/OidcProblem";
import { flowCookie, requireOidc } from "../lib/oidc.server";
import { pageTitle } from "../lib/title.server";

/** Sends the browser to the identity provider, remembering in a signed cookie who asked and where to go after. */
export async function loader({ request }: Route.LoaderArgs) {
  const { name } = requireOidc();
  const { lang } = await contextFor(request);
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  try {
    const { url, cookie } = await beginOidcLogin({ returnTo, lang });
    return redirect(url.href, { headers: { "Set-Cookie": flowCookie(OIDC_LOGIN_COOKIE, cookie), "Cache-Control": "no-store" } });
  } catch (error) {
    if (!(error instanceof OidcRefusal)) throw error;
    console.warn(`oidc: sign-in could not start (${error.reason})`);
    return data({ reason: error.reason, provider: name, returnTo, title: pageTitle(lang, "oidc.error.title") }, { status: 503 });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "" }];
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return <OidcProblem reason={loaderData.reason} provider={loaderData.provider} returnTo={loaderData.returnTo} />;
}
