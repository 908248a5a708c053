import { useLocation } from "react-router";
import { LANGUAGES, LANGUAGE_NAMES } from "../../platform/i18n/languages";
import { useI18n } from "../i18n/react";

/**
 * A plain GET form: works without JavaScript and keeps the visitor on the same page, with the same search,
 * filters and page number (a GET form's action drops its query string, so they go along as hidden fields).
 * The page reloads as a document so the new language's catalog is loaded.
 */
export function LanguageSwitcher() {
  const { t, lang } = useI18n();
  const location = useLocation();
  return (
    <form method="get" action={location.pathname} className="language-form">
      {[...new URLSearchParams(location.search)]
        .filter(([name]) => name !== "lang")
        .map(([name, value], index) => (
          <input key={index} type="hidden" name={name} value={value} />
        ))}
      <div className="ds-field">
        <label className="ds-label" htmlFor="language-select" data-size="sm">
          {t("shell.language")}
        </label>
        <select id="language-select" name="lang" defaultValue={lang} className="ds-input" data-size="sm">
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="ds-button" data-variant="secondary" data-size="sm">
        {t("shell.changeLanguage")}
      </button>
    </form>
  );
}
