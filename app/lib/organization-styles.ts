import organizationCss from "../styles/organization.css?url";

/** The `links` export of the organisation profile pages. */
export const organizationLinks = () => [{ rel: "stylesheet", href: organizationCss }];
