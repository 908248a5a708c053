import adminCss from "../styles/admin.css?url";

/** The `links` export of every administration page. */
export const adminLinks = () => [{ rel: "stylesheet", href: adminCss }];
