/**
 * The security headers, declared once: CloudFront sends the task pane's (infra/hosting), the local
 * server sends the same on every file it serves, and every API answer carries API_SECURITY_HEADERS.
 */

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

/** HSTS of the deployed task pane: two years, subdomains included. */
export const TASK_PANE_HSTS_DAYS = 730;

/** Sent with the task pane and the API alike: no path or query of a filing leaks to another origin. */
export const REFERRER_POLICY = "strict-origin-when-cross-origin";

export interface TaskPaneCspInput {
  /** Sources the task pane may fetch from: the API, the identity provider's token endpoint. */
  connectSources: readonly string[];
  /**
   * Off only for the local server's plain-HTTP loopback origin, where an upgrade to https would
   * point the pane's own requests at a port that speaks no TLS.
   */
  upgradeInsecureRequests?: boolean;
}

/**
 * The Content-Security-Policy of every task pane file. Scripts only from the task pane itself and
 * Office.js; fetches only to the API and the sign-in origins, so a script that got in anyway cannot
 * send a filing elsewhere. Inline styles stay allowed: Fluent UI v9 (Griffel) inserts its style
 * elements at run time.
 */
export const taskPaneCsp = ({ connectSources, upgradeInsecureRequests = true }: TaskPaneCspInput): string =>
  [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(" ")}`.trimEnd(),
    `frame-ancestors 'self' ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(upgradeInsecureRequests ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

/**
 * What CloudFront's response headers policy sets on the task pane, as header lines – for the local
 * server. `https: false` (plain HTTP on loopback) leaves out HSTS, which browsers ignore over HTTP
 * and which on the HTTPS listener would pin every port of localhost to HTTPS for two years.
 */
export const taskPaneHeaders = ({ https, ...csp }: TaskPaneCspInput & { https: boolean }) => ({
  "content-security-policy": taskPaneCsp(csp),
  "x-content-type-options": "nosniff",
  "referrer-policy": REFERRER_POLICY,
  ...(https && {
    "strict-transport-security": `max-age=${TASK_PANE_HSTS_DAYS * 86_400}; includeSubDomains`,
  }),
});

/**
 * Every API answer (JSON, problem+json, xlsx, PDF): never sniffed into HTML, never framed, never a
 * document that may run or load anything – an answer rendered by a browser stays inert.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-site",
};
