import type { CategoriesByNumber } from "./enhet";
import { MalformedFileError } from "./errors";
import { jsonArrayElements } from "./json-array";
import { contentOf, type ImportFile } from "./source";

/**
 * Reads an export of Frivillighetsregisteret: a JSON array (gzipped or not) of
 * `{ "organisasjonsnummer": "912345674", "icnpoKategorier": [{ "kode": "1.2", "navn": "Idrett" }] }`,
 * where `navn` and any other property are optional and ignored. Gives the ICNPO codes per organisasjonsnummer.
 */
export async function readFrivillighetsregisteret(file: ImportFile): Promise<CategoriesByNumber> {
  const categories = new Map<string, string[]>();
  let element = 0;
  for await (const entry of jsonArrayElements(contentOf(file))) {
    element++;
    const codes = codesOf(entry);
    if (!codes) throw new MalformedFileError("orgImport.malformed.frivillighetsregisteret", { element });
    const number = String((entry as { organisasjonsnummer: string }).organisasjonsnummer).replace(/\s/g, "");
    categories.set(number, [...(categories.get(number) ?? []), ...codes]);
  }
  return categories;
}

function codesOf(entry: unknown): string[] | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { organisasjonsnummer, icnpoKategorier } = entry as Record<string, unknown>;
  if (typeof organisasjonsnummer !== "string" || !Array.isArray(icnpoKategorier)) return undefined;
  const codes = icnpoKategorier.map((c) => (typeof c === "object" && c !== null ? (c as Record<string, unknown>).kode : undefined));
  return codes.every((c): c is string => typeof c === "string") ? codes : undefined;
}
