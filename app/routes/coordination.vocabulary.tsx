import { Form, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.vocabulary";
import {
  addTermForm,
  addVocabularyTerm,
  getVocabulary,
  removeTermForm,
  removeVocabularyTerm,
  VOCABULARY_LISTS,
  type VocabularyList,
  type VocabularyTerm,
} from "../../domain/organizations/vocabulary-admin";
import { contextFor } from "../../platform/http/request";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { handleUseCaseError, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable, type Column } from "../components/DataTable";
import { FormErrors, TextField } from "../components/forms";
import { RowAction } from "../components/RowAction";
import { SelectField } from "../components/SelectField";
import { useI18n } from "../i18n/react";

const DONE_PARAM = "utfort";
const DONE_MESSAGES = { "lagt-til": "orgResources.vocabulary.added", slettet: "orgResources.vocabulary.removed" } as const;
const PAGE = "/koordinering/vokabular";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  // The list names travel with the data, so the page needs no database code in the browser.
  return loadForAdmin(request, async ({ db, actor }) => ({ terms: await getVocabulary(db, actor), lists: VOCABULARY_LISTS }));
}

export async function action({ request }: Route.ActionArgs) {
  const intent = (await request.clone().formData()).get("intent");
  const { db, actor } = await contextFor(request);
  if (intent === "remove") {
    const { form, data, failure } = await readForm(request, removeTermForm);
    if (failure) return failure;
    try {
      await removeVocabularyTerm(db, actor, data);
      return redirect(`${PAGE}?${DONE_PARAM}=slettet`);
    } catch (error) {
      return handleUseCaseError(error, form, request);
    }
  }
  const { form, data, failure } = await readForm(request, addTermForm);
  if (failure) return failure;
  try {
    await addVocabularyTerm(db, actor, data);
    return redirect(`${PAGE}?${DONE_PARAM}=lagt-til`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

function TermTable({ list, terms }: { list: VocabularyList; terms: VocabularyTerm[] }) {
  const { t } = useI18n();
  const translated: Column<VocabularyTerm>[] =
    list === "district"
      ? []
      : [
          { header: t("orgResources.vocabulary.nameNn"), cell: (term) => term.name.nn },
          { header: t("orgResources.vocabulary.nameEn"), cell: (term) => term.name.en },
        ];
  return (
    <DataTable
      rows={terms}
      rowKey={(term) => term.id}
      caption={t(`orgResources.vocabulary.list.${list}`)}
      none={t(`orgResources.vocabulary.none.${list}`)}
      columns={[
        { header: t("orgResources.vocabulary.name"), cell: (term) => term.name.nb },
        ...translated,
        { header: t("orgResources.vocabulary.inUseBy"), cell: (term) => t("orgResources.vocabulary.organizations", { count: term.inUse }) },
        {
          header: t("orgResources.vocabulary.actions"),
          cell: (term) =>
            term.builtIn ? (
              t("orgResources.vocabulary.builtInTerm")
            ) : (
              <RowAction
                className="inline-form"
                intent="remove"
                fields={{ list, id: term.id }}
                label={t("orgResources.vocabulary.remove")}
                accessibleName={t("orgResources.vocabulary.removeLabel", { name: term.name.nb })}
              />
            ),
        },
      ]}
    />
  );
}

export default function CoordinationVocabulary({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM) ?? "";
  return (
    <div className="stack">
      <AdminHeading
        title={t("orgResources.vocabulary.title")}
        back={{ to: "/koordinering", label: t("orgResources.vocabulary.back") }}
        lead={t("orgResources.vocabulary.lead")}
      />
      {done in DONE_MESSAGES && <Alert data-color="success">{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</Alert>}
      <FormErrors state={actionData} />
      {loaderData.lists.map((list) => (
        <TermTable key={list} list={list} terms={loaderData.terms[list]} />
      ))}
      <Form method="post" className="stack narrow">
        <Heading level={2} data-size="sm">
          {t("orgResources.vocabulary.addTitle")}
        </Heading>
        <CsrfField />
        <input type="hidden" name="intent" value="add" />
        <SelectField
          name="list"
          label={t("orgResources.vocabulary.list")}
          state={actionData}
          options={loaderData.lists.map((list) => ({ value: list, label: t(`orgResources.vocabulary.one.${list}`) }))}
        />
        <TextField name="nb" label={t("orgResources.vocabulary.nb")} state={actionData} required />
        <TextField name="nn" label={t("orgResources.vocabulary.nn")} description={t("orgResources.vocabulary.otherNamesHelp")} state={actionData} />
        <TextField name="en" label={t("orgResources.vocabulary.en")} description={t("orgResources.vocabulary.otherNamesHelp")} state={actionData} />
        <div>
          <Button type="submit">{t("orgResources.vocabulary.add")}</Button>
        </div>
      </Form>
    </div>
  );
}
