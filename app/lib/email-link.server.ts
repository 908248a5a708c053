import type { EmailLinkRequest } from "../../domain/accounts/email-link";
import { emailSchema } from "../../domain/accounts/schemas";
import { clientAddress } from "../../platform/http/client-address";
import { contextFor } from "../../platform/http/request";
import { handleUseCaseError, readForm } from "./forms.server";

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
