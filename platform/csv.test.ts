import { describe, expect, it } from "vitest";
import { csvCell, csvDateTime, csvPhone, toCsv } from "./csv";

describe("csv", () => {
  it("neutralises cells that would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+4790000000")).toBe("'+4790000000");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
  });

  it("writes a stored phone number as it is, international ones too, but guards one in another shape", () => {
    expect(csvCell(csvPhone("+46701234567"))).toBe("+46701234567");
    expect(csvCell(csvPhone("71574000"))).toBe("71574000");
    expect(csvCell(csvPhone("+47 =1+1"))).toBe("'+47 =1+1");
    expect(csvCell(csvPhone("=1+1"))).toBe("'=1+1");
    expect(csvCell(csvPhone(null))).toBe("");
  });

  it("leaves numbers alone, including negative ones, and quotes what needs quoting", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(12)).toBe("12");
    expect(csvCell("Lag, forening")).toBe('"Lag, forening"');
    expect(csvCell("Linje 1\nLinje 2")).toBe('"Linje 1\nLinje 2"');
    expect(csvCell("semi;kolon")).toBe('"semi;kolon"');
    expect(csvCell(null)).toBe("");
    expect(csvCell("Ålesund")).toBe("Ålesund");
  });

  it("starts with the byte order mark so Excel reads Norwegian letters", () => {
    const text = toCsv([["Navn", "Poststed"], ["Øya lag", "Kristiansund"]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe("Navn;Poststed\r\nØya lag;Kristiansund\r\n");
  });

  it("separates columns with semicolons, as Excel in Norway expects, and quotes a cell holding one", () => {
    expect(toCsv([["Lag; forening", "2,5"]]).slice(1)).toBe('"Lag; forening";"2,5"\r\n');
  });

  it("writes a moment in Norwegian time, summer and winter", () => {
    expect(csvDateTime(new Date("2026-12-02T14:04:59Z"))).toBe("2026-12-02 15:04");
    expect(csvDateTime(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02 00:30");
  });
});
