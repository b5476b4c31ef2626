/** Where Office on the web frames a task pane; desktop Excel uses a web view that is no frame ancestor. */
export const OFFICE_FRAME_ANCESTORS = [
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
] as const;

/** Office requires add-ins to load Office.js from Microsoft's CDN. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

export interface TaskPaneCspInput {
  /** Sources the task pane may fetch from: the API, the identity provider's token endpoint. */
  connectSources: readonly string[];
}

/**
 * The Content-Security-Policy CloudFront sends with every task pane file. Scripts only from the
 * task pane itself and Office.js; fetches only to the API and the sign-in origins, so a script that
 * got in anyway cannot send a filing elsewhere. Inline styles stay allowed: Fluent UI v9 (Griffel)
 * inserts its style elements at run time.
 */
export const taskPaneCsp = ({ connectSources }: TaskPaneCspInput): string =>
  [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(" ")}`,
    `frame-ancestors 'self' ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "upgrade-insecure-requests",
  ].join("; ");

/**
 * Every API of the region, for a first deploy that does not know its own task pane origin yet:
 * naming the API's own URL there would make the API (its CORS origin is the distribution) and the
 * distribution (its CSP names the API) depend on each other, which CloudFormation refuses.
 */
export const regionalApiSource = (region: string): string => `https://*.execute-api.${region}.amazonaws.com`;
