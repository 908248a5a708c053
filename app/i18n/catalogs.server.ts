import type { Lang } from "../../platform/i18n/languages";
import { nb, type Messages } from "./nb";
import { nn } from "./nn";
import { en } from "./en";
import { ar } from "./ar";
import { uk } from "./uk";
import { pl } from "./pl";
import { so } from "./so";
import { ti } from "./ti";

/** Every catalog, complete: the public-only languages are filled in with English where they have no text. */
export const catalogs: Record<Lang, Messages> = {
  nb,
  nn,
  en,
  ar: { ...en, ...ar },
  uk: { ...en, ...uk },
  pl: { ...en, ...pl },
  so: { ...en, ...so },
  ti: { ...en, ...ti },
};
