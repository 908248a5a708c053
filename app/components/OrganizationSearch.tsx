import { Form } from "react-router";
import { Button } from "@digdir/designsystemet-react";
import type { OrganizationSearch } from "../../domain/administration";
import { useT } from "../i18n/react";
import { TextField, type FormState } from "./forms";
import { RadioGroup } from "./RadioGroup";

/** The query parameter carrying what the admin searched for, on the admin pages that choose an organisation. */
export const ORGANIZATION_PARAM = "organisasjon";

/**
 * The search for an organisation, by GET. It is a form of its own, placed before the form it serves:
 * nested forms do not exist in HTML, and a search must not post that form.
 */
export function OrganizationSearchForm({ q, description }: { q: string; description: string }) {
  const t = useT();
  return (
    <Form method="get" role="search" className="stack">
      <TextField name={ORGANIZATION_PARAM} label={t("admin.organizationSearch.label")} description={description} defaultValue={q} state={undefined} />
      <div>
        <Button type="submit" variant="secondary">
          {t("form.search")}
        </Button>
      </div>
    </Form>
  );
}

/** The organisations found by the search as radio buttons named `organizationId`, after `noneLabel` for none. */
export function OrganizationChoice({ search, legend, noneLabel, state }: { search: OrganizationSearch; legend: string; noneLabel: string; state: FormState }) {
  const t = useT();
  const { q, matches, more } = search;
  const description = !q
    ? t("admin.organizationSearch.searchFirst")
    : !matches.length
      ? t("admin.organizationSearch.noMatches", { q })
      : more
        ? t("admin.organizationSearch.moreMatches", { count: matches.length })
        : undefined;
  const options = matches.map((o) => ({
    value: o.id,
    label: o.organizationNumber ? t("admin.organizationSearch.organizationWithNumber", { name: o.name, number: o.organizationNumber }) : o.name,
  }));
  return (
    <RadioGroup
      // A new search is a new set of buttons: none of the old choice carries over.
      key={q}
      name="organizationId"
      legend={legend}
      description={description}
      options={[{ value: "", label: noneLabel }, ...options]}
      checked={state?.values?.organizationId ?? ""}
      state={state}
    />
  );
}
