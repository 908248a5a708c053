import { createContext, useContext, useMemo, type ReactNode } from "react";
import { interpolate, type Params } from "../../platform/i18n/format";
import { textDirection, type Lang } from "../../platform/i18n/languages";
import type { MessageKey, Messages } from "./nb";

export type Translate = (key: MessageKey, params?: Params) => string;

/** `english`: the English catalog, for the parts of a page that only bokmål, nynorsk and English translate. */
type I18n = { lang: Lang; dir: "ltr" | "rtl"; t: Translate; messages: Messages; english?: Messages };

const I18nContext = createContext<I18n | null>(null);

export function makeTranslate(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key] ?? key, params);
}

export function I18nProvider({ lang, messages, english, children }: { lang: Lang; messages: Messages; english?: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ lang, dir: textDirection(lang), t: makeTranslate(messages), messages, english }), [lang, messages, english]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * A part of the page shown in English, all of it: a text the visitor's language does have (a back link, a
 * category's name) would otherwise sit in Arabic inside a part marked lang="en", read with the wrong voice.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  const { english, messages } = useI18n();
  return (
    <I18nProvider lang="en" messages={english ?? messages}>
      {children}
    </I18nProvider>
  );
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
