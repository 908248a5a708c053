import type { UnknownCategory } from "../../domain/organizations/import/write";
import type { Params } from "../../platform/i18n/format";

type Say = (key: "orgImport.unknownCategories" | "orgImport.unknownCategory", params: Params) => string;

/** The import's report of Frivillighetsregisteret's codes it left out, on the job page and the command line. */
export function unknownCategoriesText(say: Say, unknown: UnknownCategory[]): string {
  const codes = unknown.map(({ code, organizations }) => say("orgImport.unknownCategory", { code, count: organizations })).join(", ");
  return say("orgImport.unknownCategories", { codes });
}
