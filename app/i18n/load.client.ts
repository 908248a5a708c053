import type { Lang } from "../../platform/i18n/languages";
import type { Messages } from "./nb";

/** The browser loads only the chosen language's catalog (and English for the languages that fall back to it). */
export async function loadCatalog(lang: Lang): Promise<Messages> {
  switch (lang) {
    case "nb":
      return (await import("./nb")).nb;
    case "nn":
      return (await import("./nn")).nn;
    case "en":
      return (await import("./en")).en;
    default: {
      const [english, own] = await Promise.all([loadEnglish(), loadPublicCatalog(lang)]);
      return { ...english, ...own };
    }
  }
}

/** English alone, for the parts of a page the other five languages do not translate. */
export async function loadEnglish(): Promise<Messages> {
  return (await import("./en")).en;
}

async function loadPublicCatalog(lang: Exclude<Lang, "nb" | "nn" | "en">): Promise<Partial<Messages>> {
  switch (lang) {
    case "ar":
      return (await import("./ar")).ar;
    case "uk":
      return (await import("./uk")).uk;
    case "pl":
      return (await import("./pl")).pl;
    case "so":
      return (await import("./so")).so;
    case "ti":
      return (await import("./ti")).ti;
  }
}
