import { useEffect } from "react";
import { Link as RouterLink, useRevalidator } from "react-router";
import { Alert, Heading, Link, Paragraph, TableBody, TableCell, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import type { Route } from "./+types/coordination.import-job";
import { getImportJob, type ImportJob } from "../../domain/organizations/import/jobs";
import type { ImportResult } from "../../domain/organizations/import/import";
import { unknownCategoriesText } from "../lib/unknown-categories";
import { formatDateTime } from "../../platform/i18n/format";
import { adminLinks } from "../lib/admin-styles";
import { loadForAdmin } from "../lib/admin.server";
import { AdminHeading } from "../components/AdminHeading";
import { DataTable } from "../components/DataTable";
import { ScrollTable } from "../components/ScrollTable";
import { StatusRegion } from "../components/StatusRegion";
import { useI18n, useTranslateKey, type Translate } from "../i18n/react";

export const links = adminLinks;

const POLL_MS = 1000;

export async function loader({ request, params }: Route.LoaderArgs) {
  return loadForAdmin(request, ({ db, actor }) => getImportJob(db, actor, params.jobId));
}

/**
 * With JavaScript the page asks again every second. Without it the visitor follows the job with the page's
 * update link: a page that reloads itself would take their place and focus away every time (WCAG 2.2.1).
 */
function usePolling(running: boolean) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    if (!running || state !== "idle") return;
    const timer = setTimeout(() => void revalidate(), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state, revalidate]);
}

/** How far the job has come, in per cent, when that is known yet. */
function shareOf(job: ImportJob): number | null {
  return job.total ? Math.min(100, Math.round((job.processed / job.total) * 100)) : null;
}

const phaseKey = (job: ImportJob) => (job.phase === "writing" ? "orgImport.job.phase.writing" : "orgImport.job.phase.reading");

/** The bar and the counts, as often as the page asks: outside the live region, so they are not read out every second. */
function Progress({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const share = shareOf(job);
  const text =
    job.phase === "writing" && job.total !== null
      ? t("orgImport.job.progressUnits", { done: job.processed, total: job.total })
      : share !== null
        ? t("orgImport.job.progressBytes", { percent: share })
        : "";
  return (
    <div className="stack">
      <Paragraph>{t(phaseKey(job))}</Paragraph>
      {share !== null && (
        <progress max={100} value={share} aria-label={t("orgImport.job.progressLabel")}>
          {share} %
        </progress>
      )}
      {text && <Paragraph>{text}</Paragraph>}
      <Paragraph data-size="sm">
        {t("orgImport.job.waiting")}{" "}
        <Link asChild>
          <RouterLink to=".">{t("orgImport.job.refresh")}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

/**
 * What the live region says while the job runs: its phase, and how far it has come in whole tens of per cent.
 * The text changes only when one of them does, so a screen reader hears the start and every tenth, not every
 * second; the bar beside it says the same to the eye.
 */
function Milestone({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const share = shareOf(job);
  const step = share === null ? null : Math.floor(share / 10) * 10;
  return (
    <Paragraph className="ds-sr-only">
      {t(phaseKey(job))}
      {step !== null && ` ${t(job.phase === "writing" ? "orgImport.job.milestoneUnits" : "orgImport.job.progressBytes", { percent: step })}`}
    </Paragraph>
  );
}

function Done({ result }: { result: ImportResult }) {
  const { t, lang } = useI18n();
  const seconds = result.seconds.toLocaleString(lang, { maximumFractionDigits: 1 });
  return (
    <Alert data-color="success">
      <Paragraph>{t("orgImport.job.done")}</Paragraph>
      <Paragraph>{t("orgImport.job.seconds", { seconds, kommunenummer: result.kommunenummer })}</Paragraph>
    </Alert>
  );
}

function Result({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const { counts, skippedBecause } = result;
  return (
    <div className="stack">
      <ScrollTable caption={t("orgImport.counts.caption")}>
        <TableBody>
          {(["new", "updated", "unchanged", "skipped", "invalid"] as const).map((key) => (
            <TableRow key={key}>
              <TableHeaderCell scope="row">{t(`orgImport.counts.${key}`)}</TableHeaderCell>
              <TableCell>{counts[key]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {counts.skipped > 0 && (
        <ul>
          {(["otherMunicipality", "notVoluntary", "dissolved"] as const)
            .filter((reason) => skippedBecause[reason] > 0)
            .map((reason) => (
              <li key={reason}>{t(`orgImport.skipped.${reason}`, { count: skippedBecause[reason] })}</li>
            ))}
        </ul>
      )}
      {counts.invalid > 0 && <InvalidUnits result={result} />}
      {result.unknownCategories?.length ? <Paragraph>{unknownCategoriesText(t, result.unknownCategories)}</Paragraph> : null}
    </div>
  );
}

function InvalidUnits({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("orgImport.invalid.title")}
      </Heading>
      {result.counts.invalid > result.invalid.length && (
        <Paragraph>{t("orgImport.invalid.more", { shown: result.invalid.length, count: result.counts.invalid })}</Paragraph>
      )}
      <DataTable
        rows={result.invalid}
        rowKey={(unit) => String(unit.element)}
        caption={t("orgImport.invalid.caption")}
        none=""
        columns={[
          { header: t("orgImport.invalid.element"), cell: (unit) => unit.element },
          { header: t("orgImport.invalid.number"), cell: (unit) => unit.organizationNumber ?? "–" },
          { header: t("orgImport.invalid.name"), cell: (unit) => unit.name ?? "–" },
          { header: t("orgImport.invalid.reason"), cell: (unit) => t(`orgImport.invalid.${unit.reason}`) },
        ]}
      />
    </>
  );
}

/** What a stopped job left behind: nothing while it was reading, some of the file once it was writing. */
function stoppedText(t: Translate, job: ImportJob): string {
  if (!job.partlySaved) return t("orgImport.job.failed");
  if (job.partlySaved.saved === 0) return t("orgImport.job.maybePartlySaved");
  return t("orgImport.job.partlySaved", job.partlySaved);
}

/**
 * The job's progress and then how it ended. The steps of the progress and the end are in one live region, so
 * that the end is read out where the progress was.
 */
function JobStatus({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const translate = useTranslateKey();
  const running = job.status === "running";
  return (
    <>
      {running && <Progress job={job} />}
      <StatusRegion>
        {running && <Milestone job={job} />}
        {job.result && <Done result={job.result} />}
        {job.error && (
          <Alert data-color="danger">
            <Paragraph>{translate(job.error.key, job.error.params)}</Paragraph>
            <Paragraph>{stoppedText(t, job)}</Paragraph>
          </Alert>
        )}
      </StatusRegion>
    </>
  );
}

export default function ImportJobPage({ loaderData: job }: Route.ComponentProps) {
  const { t, lang } = useI18n();
  const running = job.status === "running";
  usePolling(running);
  return (
    <div className="stack">
      <AdminHeading
        title={t("orgImport.job.title")}
        back={{ to: "/koordinering/import", label: t("orgImport.job.backToImport") }}
        lead={t("orgImport.job.started", { date: formatDateTime(lang, job.createdAt) })}
      />
      <JobStatus job={job} />
      {job.result && <Result result={job.result} />}
    </div>
  );
}
