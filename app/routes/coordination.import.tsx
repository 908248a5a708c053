import { Form, Link as RouterLink, redirect } from "react-router";
import { Button, Heading, Link } from "@digdir/designsystemet-react";
import { z } from "zod";
import type { Route } from "./+types/coordination.import";
import { listImportJobs, startEnhetsregisteretImport } from "../../domain/organizations/import/jobs";
import { fileFromBlob } from "../../domain/organizations/import/source";
import { checkboxField } from "../../domain/organizations/validation";
import { contextFor } from "../../platform/http/request";
import { formatDateTime } from "../../platform/i18n/format";
import { assertCan } from "../../platform/permissions";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { formFailure, handleUseCaseError, readForm, throwForAccess } from "../lib/forms.server";
import { AdminHeading } from "../components/AdminHeading";
import { CsrfField } from "../components/CsrfField";
import { DataTable } from "../components/DataTable";
import { FileField } from "../components/FileField";
import { FormErrors, TextField } from "../components/forms";
import { CheckboxField } from "../components/organization/Checkboxes";
import { useI18n, useTranslateKey } from "../i18n/react";

export const links = adminLinks;

const ACCEPT = ".json,.gz,application/json,application/gzip";

// A browser sends an empty, nameless file for a file input left empty.
const chosenFile = z.instanceof(File).transform((file) => (file.size > 0 ? file : undefined));

const uploadForm = z.object({
  file: chosenFile.pipe(z.instanceof(File, { error: "validation.importFile" })),
  frivillighetsregisteret: chosenFile.optional(),
  kommunenummer: z.string().trim().optional(),
  otherMunicipality: checkboxField,
});

export async function loader({ request }: Route.LoaderArgs) {
  return loadForAdmin(request, ({ db, actor }) => listImportJobs(db, actor));
}

/** Enhetsregisteret's whole country is about 150 MB gzipped; reading a form holds it in memory. */
const MAX_UPLOAD_MEGABYTES = 400;

export async function action({ request }: Route.ActionArgs) {
  const { db, actor } = await contextFor(request);
  // The upload may be hundreds of MB, so whoever may not import is turned away before a byte of it is read.
  try {
    assertCan(actor, "organizations.import");
  } catch (error) {
    throwForAccess(error, request);
    throw error;
  }
  if (Number(request.headers.get("content-length")) > MAX_UPLOAD_MEGABYTES * 1024 * 1024) {
    return formFailure(new FormData(), { file: [{ key: "validation.importFileTooLarge", params: { megabytes: MAX_UPLOAD_MEGABYTES } }] }, 413);
  }
  const { form, data, failure } = await readForm(request, uploadForm);
  if (failure) return failure;
  try {
    const { jobId } = await startEnhetsregisteretImport(db, actor, {
      file: fileFromBlob(data.file),
      frivillighetsregisteret: data.frivillighetsregisteret ? fileFromBlob(data.frivillighetsregisteret) : undefined,
      kommunenummer: data.kommunenummer || undefined,
      otherMunicipalityConfirmed: data.otherMunicipality,
    });
    return redirect(`/koordinering/import/${jobId}`);
  } catch (error) {
    return handleUseCaseError(error, form, request);
  }
}

export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const translate = useTranslateKey();
  const { kommunenummer, homeName, jobs } = loaderData;
  return (
    <div className="stack">
      <AdminHeading title={t("orgImport.title")} back={{ to: "/koordinering", label: t("orgImport.back") }} lead={t("orgImport.lead")} />
      <Form method="post" encType="multipart/form-data" className="stack narrow">
        <FormErrors state={actionData} />
        <CsrfField />
        <FileField name="file" label={t("orgImport.file")} description={t("orgImport.file.help")} state={actionData} accept={ACCEPT} required />
        <FileField
          name="frivillighetsregisteret"
          label={t("orgImport.frivillighetsregisteret")}
          description={t("orgImport.frivillighetsregisteret.help")}
          state={actionData}
          accept={ACCEPT}
        />
        <TextField
          name="kommunenummer"
          label={t("orgImport.kommunenummer")}
          description={t("orgImport.kommunenummer.help")}
          state={actionData}
          defaultValue={kommunenummer}
          required
        />
        <CheckboxField
          name="otherMunicipality"
          label={t("orgImport.otherMunicipality", { home: kommunenummer, homeName })}
          defaultChecked={actionData?.values?.otherMunicipality === "on"}
        />
        <div>
          <Button type="submit">{t("orgImport.submit")}</Button>
        </div>
      </Form>
      <Heading level={2} data-size="sm">
        {t("orgImport.recent")}
      </Heading>
      <DataTable
        rows={jobs}
        rowKey={(job) => job.id}
        caption={t("orgImport.recent.caption")}
        none={t("orgImport.recent.none")}
        columns={[
          {
            header: t("orgImport.column.started"),
            cell: (job) => (
              <Link asChild>
                <RouterLink to={`/koordinering/import/${job.id}`} aria-label={t("orgImport.open", { date: formatDateTime(lang, job.createdAt) })}>
                  {formatDateTime(lang, job.createdAt)}
                </RouterLink>
              </Link>
            ),
          },
          { header: t("orgImport.column.kommunenummer"), cell: (job) => job.kommunenummer ?? "–" },
          { header: t("orgImport.column.status"), cell: (job) => t(`orgImport.status.${job.status}`) },
          { header: t("orgImport.column.result"), cell: (job) => (job.result ? t("orgImport.job.summary", job.result.counts) : job.error ? translate(job.error.key, job.error.params) : "–") },
        ]}
      />
    </div>
  );
}
