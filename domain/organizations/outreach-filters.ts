/** What outreach shares with its pages (the menu, the notice after sending), so kept free of server code. */

/** The selections the coordinator picks organisations to invite from. */
export const OUTREACH_FILTERS = ["unclaimed", "unverified", "noEmail", "notInvited", "all"] as const;
export type OutreachFilter = (typeof OUTREACH_FILTERS)[number];

/**
 * An organisation whose invitation went out less than this many minutes ago, unopened, is not invited again. A repeated
 * submit (a double click, "back" and send again, a slow answer sent once more) comes within a minute or two of
 * the first; ten minutes covers that with room to spare, and still lets the coordinator invite again the same
 * day when the first e-mail went astray.
 */
export const REPEAT_WINDOW_MINUTES = 10;
