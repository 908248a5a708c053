import { account } from "./account";
import { api } from "./api";
import { common } from "./common";
import { home } from "./home";
import { oidc } from "./oidc";
import { validation } from "./validation";
import type { Messages } from "../nb";

export const nn: Messages = {
  ...common,
  ...validation,
  ...home,
  ...oidc,
  ...account,
  ...api,
};
