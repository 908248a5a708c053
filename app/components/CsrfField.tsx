import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "../root";

/** Every POST form carries this; the action checks it with `readForm`. */
export function CsrfField() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ""} />;
}
