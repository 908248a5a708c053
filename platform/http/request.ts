import type { Actor } from "../auth/actor";
import { anonymous } from "../auth/actor";
import { actorForApiToken, actorForSession, SESSION_COOKIE } from "../auth/session";
import { config } from "../config";
import type { Db } from "../db/client";
import { getDb } from "../db/db";
import { findHomeMunicipality, type Municipality } from "../db/municipality";
import { chooseLanguage, LANG_COOKIE, type Lang } from "../i18n/languages";
import { readCookies } from "./cookies";
import { start } from "./start";
import { csrfTokenFor } from "./csrf";

export type RequestContext = {
  db: Db;
  municipality: Municipality;
  lang: Lang;
  /** The page's language when the visitor picked it (the link or the cookie), not the municipality's default. */
  chosenLang: Lang | undefined;
  actor: Actor;
  csrfToken: string;
  nonce: string;
};

let home: Promise<Municipality> | undefined;

async function homeMunicipality(db: Db): Promise<Municipality> {
  home ??= findHomeMunicipality(db, process.env.MUNICIPALITY).then((m) => {
    if (!m) throw new Error("No municipality in the database: run `npm run seed` or start in demo mode");
    return m;
  });
  return home.catch((error) => {
    home = undefined;
    throw error;
  });
}

export function forgetHomeMunicipality(): void {
  home = undefined;
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

async function resolveActor(db: Db, request: Request, municipalityId: string, cookies: Record<string, string>): Promise<Actor> {
  const bearer = bearerToken(request);
  if (bearer) {
    const tokenActor = await actorForApiToken(db, bearer);
    return tokenActor && tokenActor.municipalityId === municipalityId ? tokenActor : anonymous(municipalityId);
  }
  const sessionToken = cookies[SESSION_COOKIE];
  if (!sessionToken) return anonymous(municipalityId);
  return (await actorForSession(db, sessionToken, municipalityId)) ?? anonymous(municipalityId);
}

const contexts = new WeakMap<Request, Promise<RequestContext>>();

async function buildContext(request: Request): Promise<RequestContext> {
  await start();
  const db = await getDb();
  const municipality = await homeMunicipality(db);
  const cookies = readCookies(request.headers.get("cookie"));
  const { lang, chosen } = chooseLanguage(new URL(request.url), cookies[LANG_COOKIE], municipality.maalform);
  return {
    db,
    municipality,
    lang,
    chosenLang: chosen ? lang : undefined,
    actor: await resolveActor(db, request, municipality.id, cookies),
    csrfToken: csrfTokenFor(request),
    nonce: request.headers.get(NONCE_HEADER) ?? "",
  };
}

/** Everything a route needs about the request, worked out once per request. */
export function contextFor(request: Request): Promise<RequestContext> {
  let context = contexts.get(request);
  if (!context) {
    context = buildContext(request);
    contexts.set(request, context);
  }
  return context;
}

/** Set by the HTTP layer for the Content-Security-Policy; any value a client sends is removed first. */
export const NONCE_HEADER = "x-dugnad-nonce";

export function secureCookies(): boolean {
  return config().publicUrl.startsWith("https:");
}
