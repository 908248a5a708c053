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

/** Namespaces every public language must translate in full. */
export const publicNamespaces = { common, validation, home, account, fallback, oidc, directory, joining };

/** Namespaces only nb, nn and en translate; other languages show them in English. */
export const staffNamespaces = { coordination, orgResources, orgImport, api, legal, admin, organization, outreach };

export const nb = {
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

export type Messages = { readonly [K in keyof typeof nb]: string };
export type MessageKey = keyof Messages;
