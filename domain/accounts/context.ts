import type { Lang } from "../../platform/i18n/languages";

/** What the account use cases need to know about the request they serve when nobody is signed in yet. */
export type AccountRequest = {
  municipalityId: string;
  /** The client's address, for rate limits; "local" when it is not known. */
  ip: string;
  /** The language of the page, used for the e-mails the request sends. */
  lang: Lang;
  /** The page's language when the visitor picked it: signing in makes it the person's e-mail language. */
  chosenLang?: Lang;
};
