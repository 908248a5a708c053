import { defineEndpoint } from "../../platform/http/openapi";
import { meSchema, personMeSchema } from "./me";
import { signInSchema } from "./schemas";

export const signInEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/session",
  operationId: "signIn",
  summary: "Sign in with email and password",
  description:
    "Sets the session cookie, as signing in on the web does, and answers with the person. A wrong address or " +
    "password answers 400 with the code account.signIn.failed; an address not yet confirmed, account.signIn.unverified.",
  tags: ["account"],
  auth: "none",
  request: { body: signInSchema },
  responses: { 200: personMeSchema },
  problems: [429],
});

export const signOutEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/session",
  operationId: "signOut",
  summary: "Sign out",
  description: "Ends the session behind the cookie and clears the cookie. Answers 204 also when no one was signed in.",
  tags: ["account"],
  auth: "none",
  responses: { 204: null },
});

export const meEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/me",
  operationId: "getMe",
  summary: "Who is calling",
  description: "The signed-in person with their roles, or the API key with what it may act for.",
  tags: ["account"],
  auth: "session-or-token",
  responses: { 200: meSchema },
});
