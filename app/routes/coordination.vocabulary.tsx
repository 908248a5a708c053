import { Form, Link as RouterLink, redirect, useSearchParams } from "react-router";
import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.vocabulary";
import {
  addTermForm,
  addVocabularyTerm,
  getVocabulary,
  removeTermForm,
  removeVocabularyTerm,
  renameTermForm,
  renameVocabularyTerm,
  VOCABULARY_LISTS,
  type VocabularyList,
  type VocabularyTerm,
} from "../../domain/organizations/vocabulary-admin";
import type { LocalizedName } from "../../domain/organizations/schema";
import { contextFor } from "../../platform/http/request";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { handleUseCaseError, intentOf, readForm } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable, type Column } from "../components/DataTable";
import { FormErrors, PAGE_ERRORS, TextField, useActionAt, type FormState } from "../components/forms";
import { RowAction } from "../components/RowAction";
import { SelectField } from "../components/SelectField";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n } from "../i18n/react";

const DONE_PARAM = "utfort";
const DONE_MESSAGES = {
  "lagt-til": "orgResources.vocabulary.added",
  endret: "orgResources.vocabulary.renamed",
  slettet: "orgResources.vocabulary.removed",
} as const;
const PAGE = "/koordinering/vokabular";
/** ?endre=<id> opens the form for changing that term's names. */
const EDIT_PARAM = "endre";

export const links = adminLinks;

export async function loader({ request }: Route.LoaderArgs) {
  const terms = await loadForAdmin(request, ({ db, actor }) => getVocabulary(db, actor));
  const editId = new URL(request.url).searchParams.get(EDIT_PARAM);
  const editList = VOCABULARY_LISTS.find((list) => terms[list].some((term) => term.id === editId && !term.builtIn));
  const editing = editList ? { list: editList, term: terms[editList].find((term) => term.id === editId)! } : null;
  // The list names travel with the data, so the page needs no database code in the browser.
  return { terms, lists: VOCABULARY_LISTS, editing };
}

export async function action({ request }: Route.ActionArgs) {
  const intent = await intentOf(request);
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
  if (intent === "rename") {
    const { form, data, failure } = await readForm(request, renameTermForm);
    if (failure) return failure;
    try {
      await renameVocabularyTerm(db, actor, data);
      return redirect(`${PAGE}?${DONE_PARAM}=endret`);
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
          cell: (term) => (term.builtIn ? t("orgResources.vocabulary.builtInTerm") : <TermActions list={list} term={term} />),
        },
      ]}
    />
  );
}

/**
 * Changing a term of the municipality's own, and deleting it while no organisation uses it: the server refuses
 * to delete a term in use, so the row says why instead of offering a button that can only fail.
 */
function TermActions({ list, term }: { list: VocabularyList; term: VocabularyTerm }) {
  const { t } = useI18n();
  const action = useActionAt(PAGE_ERRORS);
  return (
    <div className="admin-actions">
      <Link asChild>
        <RouterLink to={`${PAGE}?${EDIT_PARAM}=${term.id}#edit-term`} aria-label={t("orgResources.vocabulary.editLabel", { name: term.name.nb })}>
          {t("orgResources.vocabulary.edit")}
        </RouterLink>
      </Link>
      {term.inUse > 0 ? (
        <Paragraph data-size="sm">{t("orgResources.vocabulary.inUseTerm", { count: term.inUse })}</Paragraph>
      ) : (
        <RowAction
          className="inline-form"
          action={action}
          intent="remove"
          fields={{ list, id: term.id }}
          label={t("orgResources.vocabulary.remove")}
          accessibleName={t("orgResources.vocabulary.removeLabel", { name: term.name.nb })}
          confirm={{ question: t("orgResources.vocabulary.removeQuestion"), button: t("orgResources.vocabulary.removeConfirm", { name: term.name.nb }) }}
        />
      )}
    </div>
  );
}

/** The name fields; a district has one name in every language. */
function TermNames({ state, names, district }: { state: FormState; names?: LocalizedName; district: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <TextField name="nb" label={t("orgResources.vocabulary.nb")} state={state} required defaultValue={names?.nb} />
      {!district && (
        <>
          <TextField name="nn" label={t("orgResources.vocabulary.nn")} description={t("orgResources.vocabulary.otherNamesHelp")} state={state} defaultValue={names?.nn} />
          <TextField name="en" label={t("orgResources.vocabulary.en")} description={t("orgResources.vocabulary.otherNamesHelp")} state={state} defaultValue={names?.en} />
        </>
      )}
    </>
  );
}

export default function CoordinationVocabulary({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const done = search.get(DONE_PARAM) ?? "";
  // The form for changing a term stays open when its answer is an error.
  const action = useActionAt(PAGE_ERRORS, { [EDIT_PARAM]: loaderData.editing?.term.id });
  return (
    <div className="stack">
      <AdminHeading
        title={t("orgResources.vocabulary.title")}
        back={{ to: "/koordinering", label: t("orgResources.vocabulary.back") }}
        lead={t("orgResources.vocabulary.lead")}
      />
      <StatusRegion>{done in DONE_MESSAGES && <Alert data-color="success">{t(DONE_MESSAGES[done as keyof typeof DONE_MESSAGES])}</Alert>}</StatusRegion>
      <FormErrors state={actionData} id={PAGE_ERRORS} />
      {loaderData.lists.map((list) => (
        <TermTable key={list} list={list} terms={loaderData.terms[list]} />
      ))}
      {loaderData.editing ? (
        <Form method="post" action={action} className="stack narrow" id="edit-term" key={loaderData.editing.term.id}>
          <Heading level={2} data-size="sm">
            {t("orgResources.vocabulary.editTitle", { name: loaderData.editing.term.name.nb })}
          </Heading>
          <CsrfField />
          <input type="hidden" name="intent" value="rename" />
          <input type="hidden" name="list" value={loaderData.editing.list} />
          <input type="hidden" name="id" value={loaderData.editing.term.id} />
          <TermNames state={actionData} names={loaderData.editing.term.name} district={loaderData.editing.list === "district"} />
          <div className="admin-actions">
            <Button type="submit">{t("orgResources.vocabulary.save")}</Button>
            <Link asChild>
              <RouterLink to={PAGE}>{t("orgResources.vocabulary.cancel")}</RouterLink>
            </Link>
          </div>
        </Form>
      ) : (
        <Form method="post" action={action} className="stack narrow">
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
          <TermNames state={actionData} district={false} />
          <div>
            <Button type="submit">{t("orgResources.vocabulary.add")}</Button>
          </div>
        </Form>
      )}
    </div>
  );
}
