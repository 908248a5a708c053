import type { ReactNode } from "react";
import { Form, Link as RouterLink } from "react-router";
import { Button, Fieldset, FieldsetLegend, Link } from "@digdir/designsystemet-react";
import { SelectField, type SelectChoice } from "./SelectField";
import { TextField } from "./forms";
import { useT } from "../i18n/react";

export type FilterValues = { q: string; category: string; targetGroup: string; district: string; language: string };
export type FilterMenus = { categories: SelectChoice[]; targetGroups: SelectChoice[]; districts: SelectChoice[]; languages: SelectChoice[] };

/**
 * The directory's search form (GET, so a search is a link that can be shared and works without
 * JavaScript). The sector map passes its extra fields as children.
 */
export function OrganizationFilters({
  values,
  menus,
  resetTo,
  children,
}: {
  values: FilterValues;
  menus: FilterMenus;
  resetTo: string;
  children?: ReactNode;
}) {
  const t = useT();
  const any = (options: SelectChoice[]) => [{ value: "", label: t("directory.any") }, ...options];
  return (
    <Form method="get" role="search" className="stack">
      <TextField name="q" label={t("directory.search")} description={t("directory.search.description")} defaultValue={values.q} state={undefined} />
      <Fieldset>
        <FieldsetLegend>{t("directory.filters")}</FieldsetLegend>
        <div className="filter-grid">
          <SelectField name="category" label={t("directory.category")} options={any(menus.categories)} defaultValue={values.category} />
          <SelectField name="targetGroup" label={t("directory.targetGroup")} options={any(menus.targetGroups)} defaultValue={values.targetGroup} />
          <SelectField name="district" label={t("directory.district")} options={any(menus.districts)} defaultValue={values.district} />
          <SelectField name="language" label={t("directory.language")} options={any(menus.languages)} defaultValue={values.language} />
          {children}
        </div>
      </Fieldset>
      <div className="filter-actions">
        <Button type="submit">{t("directory.submit")}</Button>
        <Link asChild>
          <RouterLink to={resetTo}>{t("directory.reset")}</RouterLink>
        </Link>
      </div>
    </Form>
  );
}
