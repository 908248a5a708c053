/**
 * The file cannot be read as the format it should have; nothing is imported. `key` names the problem in
 * the orgImport catalog and `params` fill it in (the element number, the byte offset).
 */
export class MalformedFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`Malformed file: ${key} ${JSON.stringify(params)}`);
    this.name = "MalformedFileError";
  }
}
