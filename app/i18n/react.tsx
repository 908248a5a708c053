import { createContext, useContext, useMemo, type ReactNode } from "react";
import { interpolate, type Params } from "../../platform/i18n/format";
import { textDirection, type Lang } from "../../platform/i18n/languages";
import type { MessageKey, Messages } from "./nb";

export type Translate = (key: MessageKey, params?: Params) => string;

type I18n = { lang: Lang; dir: "ltr" | "rtl"; t: Translate; messages: Messages };

const I18nContext = createContext<I18n | null>(null);

export function makeTranslate(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key] ?? key, params);
}

export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ lang, dir: textDirection(lang), t: makeTranslate(messages), messages }), [lang, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

/** Translates a message key that arrived as data (a field error from the server, say). */
export function useTranslateKey(): (key: string, params?: Params) => string {
  const { messages } = useI18n();
  return (key, params) => interpolate((messages as Record<string, string>)[key] ?? key, params);
}
