import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDate, formatDateTime, formatList, TIME_ZONE } from "./format";
import { LANGUAGES } from "./languages";

describe("lists", () => {
  it("are joined as the page's language joins them, not with a Latin comma", () => {
    expect(formatList("nb", ["norsk", "engelsk", "arabisk"])).toBe("norsk, engelsk og arabisk");
    expect(formatList("ar", ["النرويجية", "الإنجليزية", "العربية"])).toBe("النرويجية والإنجليزية والعربية");
    expect(formatList("ti", ["ኣ", "ለ", "ሐ"])).toContain("፣");
    expect(formatList("en", ["Arabic"])).toBe("Arabic");
  });
});

describe("in a browser with less locale data than Node", () => {
  // Chromium has no data for nynorsk, Somali or Tigrinya and answers in American English instead.
  const LACKING = /^(nn|so|ti)(-|$)/;
  const asBrowser = <T extends abstract new (...args: never[]) => unknown>(Real: T): T =>
    new Proxy(Real, {
      construct(target, [locales, ...rest]: unknown[]) {
        const first = ([] as unknown[]).concat(locales)[0];
        const chosen = typeof first === "string" && LACKING.test(first) ? "en-US" : locales;
        return Reflect.construct(target, [chosen, ...rest]) as object;
      },
    });
  const stubBrowser = () => {
    vi.stubGlobal("Intl", {
      ...Intl,
      ListFormat: asBrowser(Intl.ListFormat),
      DateTimeFormat: asBrowser(Intl.DateTimeFormat),
      DisplayNames: asBrowser(Intl.DisplayNames),
    });
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("writes the same lists and dates as the server, so the page does not switch to English once it has loaded", async () => {
    const when = new Date("2026-03-05T14:07:00Z");
    const server = await import("./format");
    const expected = LANGUAGES.map((lang) => [server.formatList(lang, ["a", "b", "c", "d"]), server.formatDateTime(lang, when), server.formatDate(lang, when)]);
    expect(expected.find((_, i) => LANGUAGES[i] === "so")?.[0]).toBe("a, b, c iyo d");
    expect(expected.find((_, i) => LANGUAGES[i] === "ti")?.[0]).toBe("a፣ b፣ cን dን");
    expect(expected.find((_, i) => LANGUAGES[i] === "nn")?.[1]).toBe("5. mars 2026, 15:07");
    expect(expected.find((_, i) => LANGUAGES[i] === "so")?.[1]).toBe("05-Mar-2026 ee 3:07 GD");
    expect(expected.find((_, i) => LANGUAGES[i] === "ti")?.[2]).toBe("መጋ 5, 2026");

    vi.resetModules();
    stubBrowser();
    const browser = await import("./format");
    for (const [i, lang] of LANGUAGES.entries()) {
      expect([browser.formatList(lang, ["a", "b", "c", "d"]), browser.formatDateTime(lang, when), browser.formatDate(lang, when)]).toEqual(expected[i]);
    }
  });

  it("names spoken languages in nynorsk as the server does", async () => {
    const server = await import("../../domain/organizations/names");
    const names = server.SPOKEN_LANGUAGE_CODES.map((code) => server.spokenLanguageName(code, "nn"));
    expect(names).toContain("tyrkisk");
    vi.resetModules();
    stubBrowser();
    const browser = await import("../../domain/organizations/names");
    expect(browser.SPOKEN_LANGUAGE_CODES.map((code) => browser.spokenLanguageName(code, "nn"))).toEqual(names);
  });
});

describe("Somali and Tigrinya dates", () => {
  it("read as CLDR writes them, at every hour and in every month, in Norwegian time", () => {
    const locales = { so: "so-SO", ti: "ti-ER" } as const;
    for (const lang of ["so", "ti"] as const) {
      for (let hour = 0; hour < 24; hour++) {
        const when = new Date(Date.UTC(2026, hour % 12, 1 + hour, hour, 7));
        expect(formatDateTime(lang, when)).toBe(new Intl.DateTimeFormat(locales[lang], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(when));
        expect(formatDate(lang, when)).toBe(new Intl.DateTimeFormat(locales[lang], { dateStyle: "medium", timeZone: TIME_ZONE }).format(when));
      }
    }
  });
});
