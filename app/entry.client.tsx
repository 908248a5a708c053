import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { isLang } from "../platform/i18n/languages";
import { loadCatalog } from "./i18n/load.client";
import { I18nProvider } from "./i18n/react";

const asked = document.documentElement.lang;
const lang = isLang(asked) ? asked : "nb";
const messages = await loadCatalog(lang);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <I18nProvider lang={lang} messages={messages}>
        <HydratedRouter />
      </I18nProvider>
    </StrictMode>,
  );
});
