/** The selections the coordinator picks organisations to invite from; shared with the page's menu, so kept free of server code. */
export const OUTREACH_FILTERS = ["unclaimed", "unverified", "noEmail", "notInvited", "all"] as const;
export type OutreachFilter = (typeof OUTREACH_FILTERS)[number];
