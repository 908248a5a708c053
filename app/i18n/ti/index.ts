import { account } from "./account";
import { directory } from "./directory";
import { joining } from "./joining";
import { common } from "./common";
import { fallback } from "./fallback";
import { home } from "./home";
import { oidc } from "./oidc";
import { validation } from "./validation";
import type { Messages } from "../nb";

/** Public pages only; other screens fall back to English. */
export const ti: Partial<Messages> = {
  ...common,
  ...directory,
  ...joining,
  ...validation,
  ...home,
  ...account,
  ...oidc,
  ...fallback,
};
