import { data } from "react-router";
import type { Route } from "./+types/organization.logo";
import { getOrganizationLogo } from "../../domain/organizations/logo";
import { NotFoundError } from "../../platform/errors";
import { contextFor } from "../../platform/http/request";

/**
 * The organisation's logo, only ever as the image type read from its bytes; `nosniff` and `inline` keep a
 * browser from treating it as anything else. The address carries the file id, so it can be cached long.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, municipality } = await contextFor(request);
  try {
    const logo = await getOrganizationLogo(db, municipality.id, params.id);
    const versioned = new URL(request.url).searchParams.get("v") === logo.fileId;
    return new Response(logo.bytes, {
      headers: {
        "Content-Type": logo.contentType,
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
        "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) throw data(null, { status: 404 });
    throw error;
  }
}
