import { redirect } from "react-router";
import type { z } from "zod";
import type { EmailLinkRequest, LinkCheck, LinkRedemption } from "../../domain/accounts/email-link";
import type { LinkStatus } from "../../domain/accounts/links";
import type { ConfirmationProof } from "../../domain/accounts/verify-email";
import { emailSchema } from "../../domain/accounts/schemas";
import { clientAddress } from "../../platform/http/client-address";
import { contextFor } from "../../platform/http/request";
import { handleUseCaseError, readForm } from "./forms.server";
import { sessionCookie } from "./session.server";

/** The action of a page that asks for an e-mail address and sends a link: the confirmation, or the form again. */
export async function emailLinkAction(request: Request, requestLink: EmailLinkRequest) {
  const { form, data, failure } = await readForm(request, emailSchema);
  if (failure) return failure;
  const { db, municipality, lang } = await contextFor(request);
  try {
    const { email } = await requestLink(db, data, { municipalityId: municipality.id, ip: clientAddress(request), lang });
    return { ok: true as const, email };
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

/** What a page opened from an e-mailed link shows: its form, why the link does not work, or that it is done. */
export type LinkPageState<Done extends string> =
  | { state: "valid"; email: string; token: string; proof?: ConfirmationProof }
  | { state: Exclude<LinkStatus["status"], "valid"> }
  | { state: Done };

/**
 * Looks at the link without using it up. `done.param` marks the page the form redirects to; it shows
 * `done.state` only to someone signed in, so the address alone shows nothing.
 */
export async function linkPageState<Done extends string>(
  request: Request,
  checkLink: LinkCheck,
  done: { param: string; state: Done },
): Promise<LinkPageState<Done>> {
  const { db, actor } = await contextFor(request);
  const url = new URL(request.url);
  if (url.searchParams.has(done.param) && actor.kind === "person") return { state: done.state };
  const token = url.searchParams.get("token");
  if (!token) return { state: "invalid" };
  const link: LinkStatus & { proof?: ConfirmationProof } = await checkLink(db, { token }, actor).catch(() => ({ status: "invalid" as const }));
  if (link.status !== "valid") return { state: link.status };
  return { state: "valid", email: link.email, token, ...(link.proof && { proof: link.proof }) };
}

/**
 * Uses the link up with what its form sent, then signs the person in (unless they were already) and goes to
 * `donePath`; or shows the form again.
 */
export async function redeemLinkAction<S extends z.ZodType>(request: Request, schema: S, redeem: LinkRedemption<z.infer<S>>, donePath: string) {
  const { form, data, failure } = await readForm(request, schema);
  if (failure) return failure;
  const { db, municipality, actor } = await contextFor(request);
  try {
    const { sessionToken } = await redeem(db, data, { municipalityId: municipality.id, ip: clientAddress(request) }, actor);
    return redirect(donePath, sessionToken ? { headers: { "Set-Cookie": sessionCookie(sessionToken) } } : undefined);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}
