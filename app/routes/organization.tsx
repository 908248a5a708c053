import { Fragment, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Route } from "./+types/organization";
import { getPublicOrganization, type PublicOrganization } from "../../domain/organizations/public-profile";
import { RESOURCE_KINDS } from "../../domain/organizations/schema";
import { localizedName } from "../../domain/organizations/vocabulary";
import { contextFor } from "../../platform/http/request";
import { throwForAccess } from "../lib/forms.server";
import { languageNames } from "../lib/directory.server";
import { publicPageHeaders } from "../lib/http.server";
import { useT, type Translate } from "../i18n/react";
import directoryCss from "../styles/directory.css?url";
import { formatPhone } from "../../domain/organizations/phone-format";
import { PUBLIC_PAGE } from "../lib/page-language";

export const handle = PUBLIC_PAGE;

export const headers = publicPageHeaders;
export const links = () => [{ rel: "stylesheet", href: directoryCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db, actor, lang } = await contextFor(request);
  try {
    const org = await getPublicOrganization(db, actor, { id: params.id });
    return {
      org: {
        ...org,
        categories: org.categories.map((c) => localizedName(c.name, lang)),
        targetGroups: org.targetGroups.map((name) => localizedName(name, lang)),
        languages: languageNames(org.languages, lang),
        resources: org.resources.map(({ competenceName, ...r }) => ({ ...r, competenceName: competenceName && localizedName(competenceName, lang) })),
      },
    };
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.org.name ?? ""} – Dugnad` }, { name: "description", content: loaderData?.org.shortDescription ?? "" }];
}

type Org = Awaited<ReturnType<typeof loader>>["org"];
type Resource = Omit<PublicOrganization["resources"][number], "competenceName"> & { competenceName: string | null };

/**
 * The page's sections, in order. Later capabilities (the organisation's activities, its volunteer
 * opportunities) add their section to this list and its data to the loader.
 */
const SECTIONS: ((props: { org: Org }) => ReactNode)[] = [About, Offers, Reach, Contact, Claim];

export default function Organization({ loaderData: { org } }: Route.ComponentProps) {
  const t = useT();
  return (
    <article className="stack">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/organisasjoner">{t("directory.back")}</RouterLink>
        </Link>
      </Paragraph>
      {org.logoFileId && <img className="org-logo" src={`/organisasjoner/${org.id}/logo?v=${org.logoFileId}`} alt="" />}
      {/* The name and the descriptions are the organisation's own text, most often Norwegian: on an Arabic page
          they keep their own direction, with their punctuation where they wrote it. */}
      <Heading level={1} data-size="xl" dir="auto">
        {org.name}
      </Heading>
      {org.shortDescription && (
        <Paragraph data-size="lg" dir="auto">
          {org.shortDescription}
        </Paragraph>
      )}
      {org.mayEdit && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/organisasjoner/${org.id}/rediger`}>{t("directory.edit")}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <div>
        <Tag data-color={org.verified ? "success" : "neutral"}>{t(org.verified ? "directory.verified" : "directory.unverified")}</Tag>
        {!org.verified && <Paragraph data-size="sm">{t("directory.unverified.explained")}</Paragraph>}
      </div>
      {SECTIONS.map((Section, index) => (
        <Section key={index} org={org} />
      ))}
    </article>
  );
}

function Claim({ org }: { org: Org }) {
  const t = useT();
  if (!org.claimable) return null;
  return (
    <Section title={t("directory.claim.title")}>
      <Paragraph>{t("directory.claim.body")}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/organisasjoner/${org.id}/overta`}>{t("directory.claim.link")}</RouterLink>
        </Link>
      </Paragraph>
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function About({ org }: { org: Org }) {
  const t = useT();
  if (!org.description) return null;
  return (
    <Section title={t("directory.about")}>
      <Paragraph className="org-description" dir="auto">
        {org.description}
      </Paragraph>
    </Section>
  );
}

function resourceFacts(t: Translate, r: Resource): string[] {
  return [
    r.competenceName && r.competenceName !== r.name ? r.competenceName : null,
    r.vehicleType && r.vehicleType !== r.name ? r.vehicleType : null,
    r.capacity !== null ? t("directory.resource.capacity", { count: r.capacity }) : null,
    r.seats !== null ? t("directory.resource.seats", { count: r.seats }) : null,
    r.quantity !== null ? t("directory.resource.quantity", { count: r.quantity }) : null,
    r.wheelchairAccessible ? t("directory.resource.wheelchair") : null,
    r.accessibility,
    r.address,
    r.availability ? t("directory.resource.available", { when: r.availability }) : null,
    r.conditions ? t("directory.resource.conditions", { conditions: r.conditions }) : null,
    r.note,
  ].filter((fact): fact is string => Boolean(fact));
}

function Offers({ org }: { org: Org }) {
  const t = useT();
  if (org.resources.length === 0) return null;
  return (
    <Section title={t("directory.offers")}>
      {RESOURCE_KINDS.map((kind) => {
        const resources = org.resources.filter((r) => r.kind === kind);
        if (resources.length === 0) return null;
        return (
          <div key={kind}>
            <Heading level={3} data-size="xs">
              {t(`directory.kind.${kind}`)}
            </Heading>
            <ul>
              {resources.map((r) => (
                <li key={r.id}>
                  <strong>
                    <bdi>{r.name || r.competenceName || r.vehicleType}</bdi>
                  </strong>
                  {resourceFacts(t, r).length > 0 && " – "}
                  <Isolated parts={resourceFacts(t, r).map((text) => ({ text }))} separator=". " />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

/**
 * Parts of a line that mixes the page's language with text written by organisations and with left-to-right
 * data, each isolated so that one does not reorder the others on a right-to-left page. A part without `dir`
 * takes the direction of its own text.
 */
function Isolated({ parts, separator }: { parts: { text: string; dir?: "ltr" }[]; separator: string }) {
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && separator}
      <bdi dir={part.dir}>{part.text}</bdi>
    </Fragment>
  ));
}

function TagList({ items }: { items: string[] }) {
  return (
    <ul className="org-tags">
      {items.map((item) => (
        <li key={item}>
          <Tag data-color="info">{item}</Tag>
        </li>
      ))}
    </ul>
  );
}

function Reach({ org }: { org: Org }) {
  const t = useT();
  const groups = [
    ["directory.categories", org.categories],
    ["directory.targetGroups", org.targetGroups],
    ["directory.districts", org.districts],
    ["directory.spokenLanguages", org.languages],
  ] as const;
  return groups.map(([title, items]) =>
    items.length ? (
      <Section key={title} title={t(title)}>
        <TagList items={[...items]} />
      </Section>
    ) : null,
  );
}

function Contact({ org }: { org: Org }) {
  const t = useT();
  const address = [org.streetAddress, [org.postalCode, org.postalTown].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const facts: [string, ReactNode][] = [];
  if (org.email) facts.push([t("directory.email"), <Link href={`mailto:${org.email}`}>{org.email}</Link>]);
  if (org.phone) facts.push([t("directory.phone"), <Link href={`tel:${org.phone}`}>{formatPhone(org.phone)}</Link>]);
  // Only web addresses become links: a stored "javascript:" address must never be clickable.
  if (org.website) facts.push([t("directory.website"), /^https?:\/\//i.test(org.website) ? <Link href={org.website}>{org.website}</Link> : org.website]);
  if (address) facts.push([t("directory.address"), address]);
  if (org.organizationNumber) facts.push([t("directory.organizationNumber"), org.organizationNumber]);
  if (facts.length === 0 && !org.contacts?.length) return null;
  return (
    <Section title={t("directory.contact")}>
      {facts.length > 0 && (
        <dl className="org-facts">
          {facts.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>
                {/* Every fact here reads left to right: in an Arabic page the groups of a phone number
                    would otherwise be drawn in reverse order, "71 00 10 00" as "00 10 00 71". */}
                <bdi dir="ltr">{value}</bdi>
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      {org.contacts && org.contacts.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t("directory.contactPersons")}
          </Heading>
          <Paragraph data-size="sm">{t("directory.contactPersons.note")}</Paragraph>
          <ul>
            {org.contacts.map((c) => (
              <li key={c.id}>
                <Isolated
                  parts={[
                    { text: c.name },
                    { text: c.role ?? "" },
                    { text: c.email ?? "", dir: "ltr" as const },
                    { text: c.phone ? formatPhone(c.phone) : "", dir: "ltr" as const },
                  ].filter((part) => part.text)}
                  separator=" · "
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
