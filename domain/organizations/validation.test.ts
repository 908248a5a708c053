import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ValidationError } from "../../platform/errors";
import { parseInput, visibleText } from "../../platform/validation";
import {
  countField,
  textField,
  emailField,
  isValidOrganizationNumber,
  listField,
  normalizePhone,
  organizationFormField,
  organizationNumberField,
  pastDateField,
  phoneField,
  postalCodeField,
  websiteField,
} from "./validation";
import { profileSections } from "./profile-input";

function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  try {
    parseInput(z.object({ f: schema }), { f: value });
    return undefined;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors.f?.[0]?.key;
    throw error;
  }
}

describe("organisasjonsnummer", () => {
  it("accepts numbers that pass MOD11, with or without spaces", () => {
    expect(isValidOrganizationNumber("974760673")).toBe(true);
    expect(organizationNumberField.parse("974 760 673")).toBe("974760673");
  });

  it("refuses a wrong check digit, a wrong length and letters", () => {
    expect(isValidOrganizationNumber("974760674")).toBe(false);
    expect(messageFor(organizationNumberField, "97476067")).toBe("validation.organizationNumber");
    expect(messageFor(organizationNumberField, "97476067A")).toBe("validation.organizationNumber");
  });

  it("refuses numbers whose check digit would be 10", () => {
    // 8 digits whose weighted sum leaves remainder 1 have no valid check digit at all.
    const base = "40000000";
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * Number(base[i]), 0);
    expect(sum % 11).toBe(1);
    for (let d = 0; d <= 9; d++) expect(isValidOrganizationNumber(`${base}${d}`)).toBe(false);
  });

  it("is optional for informal groups", () => {
    expect(organizationNumberField.parse("")).toBeNull();
    expect(organizationNumberField.parse(undefined)).toBeUndefined();
  });
});

describe("phone", () => {
  it("keeps a Norwegian number as eight digits and a foreign one with its country code", () => {
    expect(normalizePhone("912 34 567")).toBe("91234567");
    expect(normalizePhone("+47 71 57 40 00")).toBe("71574000");
    expect(normalizePhone("0046 8 123 456 78")).toBe("+46812345678");
  });

  it("refuses too few digits, a Norwegian number starting with 0 or 1 (with or without +47), and letters", () => {
    expect(messageFor(phoneField, "1234567")).toBe("validation.phone");
    expect(messageFor(phoneField, "01234567")).toBe("validation.phone");
    expect(messageFor(phoneField, "+47 12345678")).toBe("validation.phone");
    expect(messageFor(phoneField, "0047 0000 0000")).toBe("validation.phone");
    expect(messageFor(phoneField, "+47 912 34 567 8")).toBe("validation.phone");
    expect(messageFor(phoneField, "ring meg")).toBe("validation.phone");
  });

  it("accepts the country codes that exist, of one, two or three digits, satellite phones too, and refuses the others", () => {
    expect(normalizePhone("+1 202 555 0147")).toBe("+12025550147");
    expect(normalizePhone("+48 512 345 678")).toBe("+48512345678");
    expect(normalizePhone("+380 44 123 4567")).toBe("+380441234567");
    expect(normalizePhone("+252 61 234 5678")).toBe("+252612345678");
    expect(normalizePhone("+8816 1234 5678")).toBe("+881612345678");
    for (const unknown of ["+999 1234 5678", "+28 1234 5678", "+210 123 4567", "+801 123 4567"]) {
      expect(messageFor(phoneField, unknown)).toBe("validation.phone");
    }
  });
});

describe("e-mail, postcode, website", () => {
  it("normalises what it accepts", () => {
    expect(emailField.parse(" Post@Lag.NO ")).toBe("post@lag.no");
    expect(emailField.parse("Post@Bølerlaget.no")).toBe("post@xn--blerlaget-l8a.no");
    expect(postalCodeField.parse("6509")).toBe("6509");
    expect(websiteField.parse("frivillig.no")).toBe("https://frivillig.no/");
  });

  it("refuses what is not one", () => {
    expect(messageFor(emailField, "post@")).toBe("validation.email");
    expect(messageFor(postalCodeField, "650")).toBe("validation.postalCode");
    expect(messageFor(postalCodeField, "65090")).toBe("validation.postalCode");
    expect(messageFor(postalCodeField, "0000")).toBe("validation.postalCode");
    expect(messageFor(emailField, "post@bøler/laget.no")).toBe("validation.email");
    expect(messageFor(websiteField, "javascript:alert(1)")).toBe("validation.website");
    expect(messageFor(websiteField, "ikke en side")).toBe("validation.website");
  });

  it("refuses a web address with a user name or password, which hides where the link leads", () => {
    expect(messageFor(websiteField, "https://user:pass@evil.example")).toBe("validation.websiteCredentials");
    expect(messageFor(websiteField, "https://kommune.no@evil.example")).toBe("validation.websiteCredentials");
    expect(messageFor(websiteField, "kommune.no@evil.example")).toBe("validation.websiteCredentials");
    expect(websiteField.parse("https://laget.no/om-oss?side=1")).toBe("https://laget.no/om-oss?side=1");
  });
});

describe("organisation form", () => {
  it("takes a register code and refuses anything else at the field", () => {
    expect(organizationFormField.parse("FLI")).toBe("FLI");
    expect(organizationFormField.parse("")).toBeNull();
    for (const code of ["<b>F</b>", "=1+1", "fli", "ABCDEFGHIJK"]) expect(messageFor(organizationFormField, code)).toBe("validation.organizationForm");
  });
});

describe("a date that has happened", () => {
  afterEach(() => vi.useRealTimers());

  it("refuses a date after today in Norway", () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2025-12-31T23:30:00Z") });
    expect(pastDateField.parse("2026-01-01")).toBe("2026-01-01");
    expect(pastDateField.parse("1905-06-07")).toBe("1905-06-07");
    expect(messageFor(pastDateField, "2026-01-02")).toBe("validation.dateInFuture");
    expect(messageFor(pastDateField, "3000-01-01")).toBe("validation.dateInFuture");
    expect(messageFor(pastDateField, "3000-02-31")).toBe("validation.date");
  });
});

describe("numbers, dates and lists from forms", () => {
  it("reads form strings and JSON alike", () => {
    expect(countField.parse("12")).toBe(12);
    expect(countField.parse(12)).toBe(12);
    expect(countField.parse("")).toBeNull();
    expect(pastDateField.parse("2025-03-31")).toBe("2025-03-31");
    expect(listField(z.string()).parse("a")).toEqual(["a"]);
    expect(listField(z.string()).parse(undefined)).toEqual([]);
  });

  it("says a required text is missing, or too long", () => {
    expect(messageFor(visibleText(5), undefined)).toBe("validation.required");
    expect(messageFor(visibleText(5), "   ")).toBe("validation.required");
    expect(messageFor(visibleText(5), "Kristiansund")).toBe("validation.tooLong");
    expect(messageFor(visibleText(5), null)).toBe("validation.required");
  });

  it("refuses a required text that shows nothing, and takes invisible characters out of every text", () => {
    expect(messageFor(visibleText(50), "\u200b\u200b")).toBe("validation.required");
    expect(messageFor(visibleText(50), "\u200d\u0301 \u200e")).toBe("validation.required");
    expect(visibleText(50).parse("Kristiansund \u202ekommune\u202c")).toBe("Kristiansund kommune");
    expect(visibleText(50).parse("Kvalvåg Mat\u200bsentral")).toBe("Kvalvåg Matsentral");
    expect(visibleText(50).parse("کتاب\u200cخانه 👩\u200d👩\u200d👧")).toBe("کتاب\u200cخانه 👩\u200d👩\u200d👧");
    expect(textField(50).parse("\u2066\u200b")).toBeNull();
    expect(textField(50).parse("Storgata\u202e 1")).toBe("Storgata 1");
  });

  it("takes control characters out of every text but keeps tabs and line breaks", () => {
    expect(visibleText(50).parse("Telt\u0001\u0007\u001b[31m\u007f\u0085")).toBe("Telt[31m");
    expect(messageFor(visibleText(50), "\u0001\u001b")).toBe("validation.required");
    expect(textField(50).parse("\u0007")).toBeNull();
    expect(textField(50).parse("Kristiansund\u0001")).toBe("Kristiansund");
    expect(textField(50).parse("Linje 1\nLinje 2\tslutt")).toBe("Linje 1\nLinje 2\tslutt");
  });

  it("counts a line break from a text area (\\r\\n) as the one character the writer typed", () => {
    expect(textField(50).parse("Linje 1\r\nLinje 2\rLinje 3")).toBe("Linje 1\nLinje 2\nLinje 3");
    // 49 paragraphs of 100 characters: 4,996 characters as written, 5,092 as a browser sends them.
    const paragraphs = Array.from({ length: 49 }, () => "y".repeat(100));
    const fromForm = paragraphs.join("\r\n\r\n");
    expect(parseInput(profileSections.description, { description: fromForm }).description).toBe(paragraphs.join("\n\n"));
  });

  it("calls a required text sent as something else invalid, not missing", () => {
    expect(messageFor(visibleText(5), ["Laget"])).toBe("validation.invalid");
    expect(messageFor(visibleText(5), 12)).toBe("validation.invalid");
  });

  it("refuses negative counts and impossible dates", () => {
    expect(messageFor(countField, "-1")).toBe("validation.tooSmall");
    expect(messageFor(countField, "mange")).toBe("validation.wholeNumber");
    expect(messageFor(countField, "2.5")).toBe("validation.wholeNumber");
    expect(messageFor(pastDateField, "31.03.2025")).toBe("validation.date");
    expect(messageFor(pastDateField, "2026-02-31")).toBe("validation.date");
    expect(messageFor(pastDateField, "2025-13-01")).toBe("validation.date");
    expect(messageFor(pastDateField, "0000-01-01")).toBe("validation.date");
    expect(pastDateField.parse("2024-02-29")).toBe("2024-02-29");
  });
});
