import { isLang, type Lang } from "./languages";

/** Norwegian without a written standard means bokmål, as browsers set up in Norway often send "no". */
const ALIASES: Record<string, Lang> = { no: "nb", nob: "nb", nno: "nn" };

/** Our best language for an Accept-Language header (RFC 9110 §12.5.4), or undefined when none of ours is asked for. */
export function negotiateLanguage(header: string | null | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, order) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim().match(/^q=([\d.]+)$/i)?.[1]).find(Boolean);
      return { tag: range.trim().toLowerCase(), weight: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.tag && r.tag !== "*" && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0]!;
    const lang = ALIASES[primary] ?? primary;
    if (isLang(lang)) return lang;
  }
  return undefined;
}
