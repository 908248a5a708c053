import type { CategoriesByNumber } from "./enhet";
import { MalformedFileError } from "./errors";
import { jsonArrayElements } from "./json-array";
import { contentOf, type ImportFile } from "./source";

/**
 * Reads an export of Frivillighetsregisteret: a JSON array (gzipped or not) of
 * `{ "organisasjonsnummer": "912345674", "icnpoKategorier": [{ "kode": "1.2", "navn": "Idrett" }] }`, or of the
 * organisations as the register's own API gives them, `"icnpoKategorier": [{ "icnpoNummer": "1200", … }]`.
 * Other properties are ignored. Gives the ICNPO codes per organisasjonsnummer, written as `icnpo_category` has them.
 */
export async function readFrivillighetsregisteret(file: ImportFile): Promise<CategoriesByNumber> {
  const categories = new Map<string, string[]>();
  for await (const [element, entry] of entriesOf(file)) {
    const codes = codesOf(entry);
    if (!codes) throw new MalformedFileError("orgImport.malformed.frivillighetsregisteret", { element });
    const number = String((entry as { organisasjonsnummer: string }).organisasjonsnummer).replace(/\s/g, "");
    categories.set(number, [...(categories.get(number) ?? []), ...codes]);
  }
  return categories;
}

/**
 * The file's elements, numbered from 1. A file that is not a JSON array is named as this register's:
 * the coordinator uploads it together with Enhetsregisteret's, and "the file is not a JSON list" would not say which.
 */
async function* entriesOf(file: ImportFile): AsyncGenerator<[number, unknown]> {
  let element = 0;
  try {
    for await (const entry of jsonArrayElements(contentOf(file))) yield [++element, entry];
  } catch (error) {
    if (error instanceof MalformedFileError) throw new MalformedFileError(error.key.replace("orgImport.malformed.", "orgImport.malformedFrivillighetsregisteret."), error.params);
    throw error;
  }
}

function codesOf(entry: unknown): string[] | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { organisasjonsnummer, icnpoKategorier } = entry as Record<string, unknown>;
  if (typeof organisasjonsnummer !== "string" || !Array.isArray(icnpoKategorier)) return undefined;
  const codes = icnpoKategorier.map(codeOf);
  return codes.every((c): c is string => c !== undefined) ? codes : undefined;
}

function codeOf(category: unknown): string | undefined {
  if (typeof category !== "object" || category === null) return undefined;
  const { kode, icnpoNummer } = category as Record<string, unknown>;
  const code = kode ?? icnpoNummer;
  return typeof code === "string" || typeof code === "number" ? dotted(String(code).trim()) : undefined;
}

/**
 * The register numbers a subgroup with its main group's digits, the subgroup's and two zeros ("1200" is 1.2,
 * "10100" is 10.1); a main group is its number alone ("7"). Anything else stays as it is, an unknown code.
 */
function dotted(code: string): string {
  const subgroup = /^(\d{1,2})(\d)00$/.exec(code);
  return subgroup ? `${Number(subgroup[1])}.${subgroup[2]}` : code;
}
