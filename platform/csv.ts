/** Excel reads a file as UTF-8 only when it starts with the byte order mark; without it "Ålesund" turns into mojibake. */
const BOM = "\uFEFF";

/**
 * A cell as spreadsheet software should see it. A cell starting with = + - @ (or a tab or carriage
 * return) would run as a formula when opened (CSV injection), so it gets a leading apostrophe; quotes,
 * separators and line breaks put the cell in quotes.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, comma separated, starting with the byte order mark. */
export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
