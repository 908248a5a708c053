import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { isFullLanguage, isLang } from "../platform/i18n/languages";
import { loadCatalog, loadEnglish } from "./i18n/load.client";
import { I18nProvider } from "./i18n/react";

const asked = document.documentElement.lang;
const lang = isLang(asked) ? asked : "nb";
const [messages, english] = await Promise.all([loadCatalog(lang), isFullLanguage(lang) ? undefined : loadEnglish()]);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nProvider lang={lang} messages={messages} english={english}>
        <HydratedRouter />
      </I18nProvider>
    </StrictMode>,
  );
});
