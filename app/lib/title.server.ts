import { interpolate, type Params } from "../../platform/i18n/format";
import type { Lang } from "../../platform/i18n/languages";
import { catalogs } from "../i18n/catalogs.server";
import type { MessageKey } from "../i18n/nb";

/** A page's <title> in the page's language; loaders return it because `meta` cannot use the translation hook. */
export function pageTitle(lang: Lang, key: MessageKey, params?: Params): string {
  return `${interpolate(catalogs[lang][key], params)} – ${catalogs[lang]["app.name"]}`;
}
