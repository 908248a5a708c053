import { account } from "./account";
import { orgResources } from "./orgResources";
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
export const publicNamespaces = { common, validation, home, account, fallback, oidc };

/** Namespaces only nb, nn and en translate; other languages show them in English. */
export const staffNamespaces = { orgResources, api, legal, admin, organization, outreach };

export const nb = {
  ...orgResources,
  ...common,
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
