import type { Connection } from "../db/client";
import { useDatabase } from "../db/db";
import { setConfig } from "../config";
import { forgetHomeMunicipality } from "../http/request";
import { CSRF_COOKIE } from "../http/csrf";
import { sign, useSecret } from "../auth/secret";

/** Lets tests call route loaders and actions directly against their own test database. */
export function routeTestSetup(connection: Connection): void {
  useDatabase(connection);
  setConfig({ secret: "test-secret", demo: false });
  useSecret("test-secret");
  forgetHomeMunicipality();
}

/** A cookie header and form token that pass the CSRF check, for posting forms in tests. */
export function csrfPair(id = "test-csrf-id"): { cookie: string; token: string } {
  return { cookie: `${CSRF_COOKIE}=${id}`, token: sign(`csrf:${id}`) };
}
