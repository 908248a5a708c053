import { account } from "./account";
import { directory } from "./directory";
import { joining } from "./joining";
import { coordination } from "./coordination";
import { orgResources } from "./orgResources";
import { orgImport } from "./orgImport";
import { admin } from "./admin";
import { api } from "./api";
import { common } from "./common";
import { fallback } from "./fallback";
import { home } from "./home";
import { oidc } from "./oidc";
import { outreach } from "./outreach";
import { legal } from "./legal";
import { validation } from "./validation";
import { organization } from "./organization";
import type { Messages } from "../nb";

export const en: Messages = {
  ...orgResources,
  ...orgImport,
  ...common,
  ...directory,
  ...joining,
  ...coordination,
  ...validation,
  ...home,
  ...oidc,
  ...account,
  ...api,
  ...admin,
  ...fallback,
  ...legal,
  ...organization,
  ...outreach,
};
