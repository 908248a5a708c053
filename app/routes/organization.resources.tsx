import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { z } from "zod";
import type { Route } from "./+types/organization.resources";
import { addResource, getResourcePage, removeResource, updateResource } from "../../domain/organizations/resources";
import { RESOURCE_KINDS, type ResourceKind } from "../../domain/organizations/schema";
import { localizedName } from "../../domain/organizations/vocabulary";
import { contextFor } from "../../platform/http/request";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { goneOrFailure, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, useActionAt } from "../components/forms";
import { RowAction } from "../components/RowAction";
import { StatusRegion } from "../components/StatusRegion";
import { ResourceFields, resourceDetails } from "../components/resources/ResourceFields";
import { useI18n } from "../i18n/react";
import { staffPageLanguage } from "../lib/page-language";
import { readAgainAfterGone } from "../lib/revalidate";

/** The address says which form is open: ?ny=<kind> for a new resource, ?rediger=<id> to change one. */
const NEW_PARAM = "ny";
const EDIT_PARAM = "rediger";
const DONE_PARAM = "utfort";
const KIND_SLUGS: Record<ResourceKind, string> = { competence: "kompetanse", equipment: "utstyr", premises: "lokale", vehicle: "kjoretoy" };
const DONE_MESSAGES = {
  "lagt-til": "orgResources.resources.added",
  endret: "orgResources.resources.changed",
  fjernet: "orgResources.resources.removed",
} as const;

function kindOfSlug(slug: string | null): ResourceKind | null {
  return RESOURCE_KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? null;
}

export const links = adminLinks;

/** Vocabulary names are put in the reader's language here, so the page needs no database code in the browser. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { page, lang } = await loadForAdmin(request, async ({ db, actor, lang }) => ({
    page: await getResourcePage(db, actor, { organizationId: params.id }),
    lang: staffPageLanguage(lang),
  }));
  const query = new URL(request.url).searchParams;
  const resources = page.resources.map((r) => ({ ...r, competenceLabel: r.competenceName ? localizedName(r.competenceName, lang) : null }));
  const editing = resources.find((r) => r.id === query.get(EDIT_PARAM)) ?? null;
  return {
    organization: page.organization,
    resources,
    competences: page.competences.map((c) => ({ value: c.id, label: localizedName(c.name, lang) })),
    kinds: RESOURCE_KINDS,
    editing,
    adding: editing ? null : kindOfSlug(query.get(NEW_PARAM)),
  };
}

/** The form's own fields go to the use case as they are; it validates them by kind. */
const actionForm = z.looseObject({ intent: z.enum(["save", "remove"]), resourceId: z.string().optional() });

export async function action({ request, params }: Route.ActionArgs) {
  const { form, data, failure } = await readForm(request, actionForm);
  if (failure) return failure;
  const { db, actor } = await contextFor(request);
  const organizationId = params.id;
  const done = (what: keyof typeof DONE_MESSAGES) => redirect(`/organisasjoner/${organizationId}/ressurser?${DONE_PARAM}=${what}`);
  try {
    const { intent, resourceId, ...resource } = data;
    if (intent === "remove") {
      await removeResource(db, actor, { organizationId, resourceId: resourceId ?? "" });
      return done("fjernet");
    }
    if (resourceId) {
      await updateResource(db, actor, { organizationId, resourceId, resource });
      return done("endret");
    }
    await addResource(db, actor, { organizationId, resource });
    return done("lagt-til");
  } catch (error) {
    return goneOrFailure(error, { resource: "orgResources.resources.gone" }, form, request);
  }
}

export const shouldRevalidate = readAgainAfterGone;

export default function OrganizationResources({ loaderData: p, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM);
  const base = `/organisasjoner/${p.organization.id}`;
  const failedKind = actionData?.values?.intent === "save" ? actionData.values.kind : undefined;
  const formKind = p.editing?.kind ?? p.adding ?? p.kinds.find((kind) => kind === failedKind) ?? null;
  const action = useActionAt(PAGE_ERRORS, { [EDIT_PARAM]: p.editing?.id, [NEW_PARAM]: p.adding && KIND_SLUGS[p.adding] });
  return (
    <div className="stack">
      <AdminHeading
        title={t("orgResources.resources.title", { organization: p.organization.name })}
        back={{ to: base, label: t("orgResources.backToOrganization", { organization: p.organization.name }) }}
        lead={t("orgResources.resources.lead")}
      />
      <StatusRegion>{done && done in DONE_MESSAGES && <Alert data-color="success">{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</Alert>}</StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={`${base}/medlemmer`}>{t("orgResources.resources.toMembers")}</RouterLink>
        </Link>
      </Paragraph>
      <DataTable
        rows={p.resources}
        rowKey={(r) => r.id}
        caption={t("orgResources.resources.caption", { count: p.resources.length })}
        none={t("orgResources.resources.none")}
        columns={[
          { header: t("orgResources.resources.kind"), cell: (r) => t(`orgResources.kind.${r.kind}`) },
          { header: t("orgResources.resources.name"), cell: (r) => r.name },
          { header: t("orgResources.resources.details"), cell: (r) => resourceDetails(t, r) },
          { header: t("orgResources.resources.availability"), cell: (r) => r.availability ?? "" },
          {
            header: t("orgResources.resources.actions"),
            cell: (r) => (
              <div className="admin-actions">
                <Link asChild>
                  <RouterLink to={`${base}/ressurser?${EDIT_PARAM}=${r.id}`} aria-label={t("orgResources.resources.editLabel", { name: r.name })}>
                    {t("orgResources.resources.edit")}
                  </RouterLink>
                </Link>
                <RowAction
                  className="inline-form"
                  action={action}
                  intent="remove"
                  fields={{ resourceId: r.id }}
                  label={t("orgResources.resources.remove")}
                  accessibleName={t("orgResources.resources.removeLabel", { name: r.name })}
                  confirm={{ question: t("orgResources.resources.removeQuestion"), button: t("orgResources.resources.removeConfirm", { name: r.name }) }}
                />
              </div>
            ),
          },
        ]}
      />
      {formKind ? (
        <Form method="post" action={action} className="stack narrow" key={`${formKind}-${p.editing?.id ?? "new"}`}>
          <Heading level={2} data-size="sm">
            {p.editing ? t("orgResources.resources.editTitle", { name: p.editing.name }) : t(`orgResources.resources.add.${formKind}`)}
          </Heading>
          <CsrfField />
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="kind" value={formKind} />
          {p.editing && <input type="hidden" name="resourceId" value={p.editing.id} />}
          <ResourceFields kind={formKind} resource={p.editing} competences={p.competences} state={actionData} />
          <div className="admin-actions">
            <Button type="submit">{t("orgResources.resources.save")}</Button>
            <Link asChild>
              <RouterLink to={`${base}/ressurser`}>{t("orgResources.resources.cancel")}</RouterLink>
            </Link>
          </div>
        </Form>
      ) : (
        <section className="stack" aria-labelledby="add-resource">
          <Heading level={2} data-size="sm" id="add-resource">
            {t("orgResources.resources.addTitle")}
          </Heading>
          <ul className="admin-actions">
            {p.kinds.map((kind) => (
              <li key={kind}>
                <Link asChild>
                  <RouterLink to={`${base}/ressurser?${NEW_PARAM}=${KIND_SLUGS[kind]}`}>{t(`orgResources.resources.add.${kind}`)}</RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
