import { TIME_ZONE } from "./i18n/format";

/** Excel reads a file as UTF-8 only when it starts with the byte order mark; without it "Ålesund" turns into mojibake. */
const BOM = "\uFEFF";

/** Excel set up for Norway splits columns at semicolons (the comma is the decimal sign there). */
const SEPARATOR = ";";

/** A phone number as the app stores it, digits with an optional leading +: it cannot hold a formula. */
export type CsvPhone = { phone: string };

type CsvValue = string | number | boolean | CsvPhone | null | undefined;

/**
 * A phone number for a cell, written as it is when it is only digits after an optional +. The apostrophe that
 * guards against formulas would otherwise stay in an international number ("'+46701234567") when Excel opens
 * the file. Anything else (an imported number in another shape) is guarded like any other text.
 */
export function csvPhone(value: string | null): CsvPhone | string | null {
  return value && /^\+?\d+$/.test(value) ? { phone: value } : value;
}

/**
 * A cell as spreadsheet software should see it. A cell starting with = + - @ (or a tab or carriage
 * return) would run as a formula when opened (CSV injection), so it gets a leading apostrophe; quotes,
 * separators and line breaks put the cell in quotes.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.phone;
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, semicolon separated, starting with the byte order mark. */
export function toCsv(rows: CsvValue[][]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(SEPARATOR)).join("\r\n") + "\r\n";
}

const OSLO = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** A moment in Norwegian time as "2026-12-02 15:04", which spreadsheets read as a date and time and sort. */
export function csvDateTime(value: Date): string {
  const part = Object.fromEntries(OSLO.formatToParts(value).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
