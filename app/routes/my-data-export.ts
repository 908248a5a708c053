import type { Route } from "./+types/my-data-export";
import { contextFor } from "../../platform/http/request";
import { exportMyData } from "../../domain/accounts/my-data";
import { throwForAccess } from "../lib/forms.server";

/** Everything stored about the signed-in person, as a JSON file to keep. */
export async function loader({ request }: Route.LoaderArgs) {
  const { db, actor } = await contextFor(request);
  try {
    const exported = await exportMyData(db, actor);
    const date = new Date().toISOString().slice(0, 10);
    return new Response(JSON.stringify(exported, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mine-data-${date}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}
