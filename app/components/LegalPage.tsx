import type { ReactNode } from "react";
import { Heading, ListItem, ListUnordered, Paragraph } from "@digdir/designsystemet-react";
import { isFullLanguage } from "../../platform/i18n/languages";
import { useI18n } from "../i18n/react";
import type { MessageKey } from "../i18n/nb";

/**
 * The statements exist in nb, nn and en only. In the other languages the heading and a note stay in the
 * visitor's language, and the English text below is marked as English so screen readers pronounce it right.
 */
export function LegalPage({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { lang, t } = useI18n();
  const inEnglish = !isFullLanguage(lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t(title)}
      </Heading>
      {inEnglish && <Paragraph>{t("fallback.englishOnly")}</Paragraph>}
      <article className="stack" lang={inEnglish ? "en" : undefined} dir={inEnglish ? "ltr" : undefined}>
        {children}
      </article>
    </div>
  );
}

export function LegalSection({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="stack">
      <Heading level={2} data-size="sm">
        {t(title)}
      </Heading>
      {children}
    </section>
  );
}

export function TextList({ items }: { items: readonly MessageKey[] }) {
  const { t } = useI18n();
  return (
    <ListUnordered>
      {items.map((key) => (
        <ListItem key={key}>{t(key)}</ListItem>
      ))}
    </ListUnordered>
  );
}
