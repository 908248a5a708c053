import { expect } from "vitest";
import { checkA11y } from "./support/a11y";
import { login } from "./support/accounts";
import { journey } from "./support/journey";
import { expectMainHeading, text } from "./support/pages";

const nb = (key: Parameters<typeof text>[1], params: Record<string, string | number> = {}) =>
  Object.entries(params).reduce((message, [name, value]) => message.replace(`{${name}}`, String(value)), text("nb", key));

// From the demo data's outreach (domain/organizations/demo-outreach.ts): imported, not yet invited.
const INVITED = "Frei Husflidslag (demo)";
const INVITED_EMAIL = "husflid@demo.dugnad.no";
const WITHOUT_EMAIL = "Gomalandet Vel (demo)";

journey("The coordinator invites an imported organisation, which opens the link in its e-mail", async ({ newPage }) => {
  const coordinator = await newPage();
  await coordinator.goto("/koordinering/invitasjoner");
  await login(coordinator, "coordinator");
  await coordinator.waitForURL((url) => url.pathname === "/koordinering/invitasjoner");
  await expectMainHeading(coordinator, nb("outreach.title"));
  await checkA11y(coordinator);

  // Choosing: imported organisations without an admin; the one without an e-mail address cannot be ticked.
  await coordinator.getByRole("link", { name: nb("outreach.inviteMore"), exact: true }).click();
  await coordinator.waitForURL("**/koordinering/invitasjoner/ny");
  await expectMainHeading(coordinator, nb("outreach.new.title"));
  await coordinator.getByRole("cell", { name: WITHOUT_EMAIL }).waitFor();
  expect(await coordinator.getByRole("checkbox", { name: nb("outreach.choose", { name: WITHOUT_EMAIL }) }).count()).toBe(0);
  await checkA11y(coordinator);

  // Sending with nothing ticked names the problem; ticking one sends to it.
  await coordinator.getByRole("button", { name: nb("outreach.sendChosen"), exact: true }).click();
  await coordinator.getByText(nb("validation.pickOrganizations")).first().waitFor();
  await checkA11y(coordinator);
  await coordinator.getByRole("checkbox", { name: nb("outreach.choose", { name: INVITED }) }).check();
  await coordinator.getByRole("button", { name: nb("outreach.sendChosen"), exact: true }).click();
  await coordinator.waitForURL("**/koordinering/invitasjoner?sendt=1*");
  await coordinator.getByText(nb("outreach.sent.notice", { sent: 1 })).waitFor();
  await coordinator.getByRole("cell", { name: INVITED }).first().waitFor();
  await checkA11y(coordinator);

  // The organisation's mailbox: the demo keeps e-mails in the outbox, where the admin can follow the link.
  const admin = await newPage();
  await admin.goto(`/admin/utboks?recipient=${encodeURIComponent(INVITED_EMAIL)}`);
  await login(admin, "admin");
  await admin.getByRole("link", { name: `Kristiansund inviterer ${INVITED} til Dugnad` }).first().click();
  await admin.waitForURL("**/admin/utboks/*");
  const link = await admin.getByRole("link", { name: /\/invitasjon\// }).first().getAttribute("href");

  const visitor = await newPage();
  await visitor.goto(new URL(link!).pathname);
  await expectMainHeading(visitor, nb("outreach.invitation.title", { organization: INVITED }));
  await visitor.getByRole("link", { name: nb("outreach.invitation.signIn"), exact: true }).waitFor();
  await checkA11y(visitor);

  // The coordinator now sees that the link was opened.
  await coordinator.goto("/koordinering/invitasjoner");
  await coordinator.getByRole("cell", { name: nb("outreach.status.opened") }).first().waitFor();
  await checkA11y(coordinator);
});
