import { signInWithPassword, signOut } from "../../domain/accounts/sign-in";
import { describePerson } from "../../domain/accounts/me";
import { signInEndpoint, signOutEndpoint } from "../../domain/accounts/endpoints";
import { actorForSession, SESSION_COOKIE } from "../../platform/auth/session";
import { clientAddress } from "../../platform/http/client-address";
import { readCookie } from "../../platform/http/cookies";
import { apiHandler, apiRoute } from "../lib/api.server";
import { clearedSessionCookie, sessionCookie } from "../lib/session.server";

const signIn = apiHandler(signInEndpoint, async ({ request, ctx, body, headers }) => {
  const { sessionToken } = await signInWithPassword(ctx.db, body, { municipalityId: ctx.municipality.id, ip: clientAddress(request) });
  headers.append("Set-Cookie", sessionCookie(sessionToken));
  return describePerson(ctx.db, (await actorForSession(ctx.db, sessionToken, ctx.municipality.id))!);
});

const signOutHere = apiHandler(signOutEndpoint, async ({ request, ctx, headers }) => {
  const token = readCookie(request, SESSION_COOKIE);
  if (token) await signOut(ctx.db, token);
  headers.append("Set-Cookie", clearedSessionCookie());
});

const api = apiRoute(signIn, signOutHere);

export const loader = api;
export const action = api;
