import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useT } from "../i18n/react";

/** The top of an administration page: the way back, the page title (also the document title) and a lead. */
export function AdminHeading({ title, back, lead }: { title: string; back?: { to: string; label: string }; lead?: ReactNode }) {
  const t = useT();
  return (
    <>
      <title>{`${title} – ${t("app.name")}`}</title>
      {back && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={back.to}>{back.label}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead && <Paragraph>{lead}</Paragraph>}
    </>
  );
}
