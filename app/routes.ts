import { type RouteConfig, index, layout, route } from "@react-router/dev/routes";

export default [
  layout("routes/page-boundary.tsx", [
    index("routes/home.tsx"),
    // public
    route("tilgjengelighet", "routes/accessibility.tsx"),
    route("personvern", "routes/privacy.tsx"),
    // account
    route("registrer", "routes/sign-up.tsx"),
    route("bekreft-epost", "routes/verify-email.tsx"),
    route("bekreft-epost/ny", "routes/verify-email-resend.tsx"),
    route("logg-inn", "routes/sign-in.tsx"),
    route("logg-ut", "routes/sign-out.ts"),
    route("glemt-passord", "routes/forgot-password.tsx"),
    route("nytt-passord", "routes/new-password.tsx"),
    route("mine-data", "routes/my-data.tsx"),
    route("mine-data/eksport", "routes/my-data-export.ts"),
    route("mine-data/slett", "routes/delete-account.tsx"),
    route("konto-slettet", "routes/account-deleted.tsx"),
    route("logg-inn/idporten", "routes/oidc.start.tsx"),
    route("logg-inn/idporten/callback", "routes/oidc.callback.tsx"),
    route("logg-inn/idporten/fullfor", "routes/oidc.complete.tsx"),
    // admin
    route("admin", "routes/admin.tsx"),
    route("admin/personer", "routes/admin.people.tsx"),
    route("admin/personer/:id", "routes/admin.person.tsx"),
    route("admin/revisjon", "routes/admin.audit.tsx"),
    route("admin/utboks", "routes/admin.outbox.tsx"),
    route("admin/utboks/:id", "routes/admin.outbox-message.tsx"),
    route("admin/api-nokler", "routes/admin.api-tokens.tsx"),
    // outreach
    route("koordinering/invitasjoner", "routes/coordination.invitations.tsx"),
    route("koordinering/invitasjoner/ny", "routes/coordination.invitations.new.tsx"),
    route("invitasjon/:token", "routes/invitation.tsx"),
    // directory and the coordinator's map
    route("organisasjoner", "routes/organizations.tsx"),
    route("organisasjoner/:id", "routes/organization.tsx"),
    route("koordinering", "routes/coordination.tsx"),
    route("koordinering/organisasjoner", "routes/coordination.organizations.tsx"),
    route("koordinering/organisasjoner.csv", "routes/coordination.organizations-csv.ts"),
    route("koordinering/hvem-kan-hjelpe", "routes/coordination.who-can-help.tsx"),
    route("koordinering/dekning", "routes/coordination.coverage.tsx"),
    // import from the registers
    route("koordinering/import", "routes/coordination.import.tsx"),
    route("koordinering/import/:jobId", "routes/coordination.import-job.tsx"),
    // organisation members, resources, claims and the coordinator's vocabulary
    route("organisasjoner/invitasjon", "routes/organization.invitation.tsx"),
    route("organisasjoner/:id/ressurser", "routes/organization.resources.tsx"),
    route("organisasjoner/:id/medlemmer", "routes/organization.members.tsx"),
    route("organisasjoner/:id/overta", "routes/organization.claim.tsx"),
    route("koordinering/overtakelser", "routes/coordination.claims.tsx"),
    route("koordinering/vokabular", "routes/coordination.vocabulary.tsx"),
    // organisation profiles
    route("organisasjoner/ny", "routes/organization.new.tsx"),
    route("organisasjoner/:id/rediger", "routes/organization.edit.tsx"),
    route("organisasjoner/:id/historikk", "routes/organization.history.tsx"),
    route("organisasjoner/:id/logo", "routes/organization.logo.ts"),
    route("mine-organisasjoner", "routes/my-organizations.tsx"),
    route("*", "routes/not-found.tsx"),
  ]),
  // api
  route("api/v1/health", "routes/api.v1.health.ts"),
  route("api/v1/openapi.json", "routes/api.v1.openapi.ts"),
  route("api/v1/session", "routes/api.v1.session.ts"),
  route("api/v1/me", "routes/api.v1.me.ts"),
  route("api/v1/organizations", "routes/api.v1.organizations.ts"),
  route("api/v1/organizations/:id", "routes/api.v1.organization.ts"),
  route("api/v1/organizations/:id/resources", "routes/api.v1.organization-resources.ts"),
  route("api/v1/organizations/:id/resources/:resourceId", "routes/api.v1.organization-resource.ts"),
  route("api/v1/hsds/organizations", "routes/api.v1.hsds.organizations.ts"),
  route("api/v1/vocabulary", "routes/api.v1.vocabulary.ts"),
  route("api/v1/*", "routes/api.v1.not-found.ts"),
] satisfies RouteConfig;
