/** The routes whose answers link to stored versions, so only their Lambdas get PUBLIC_API_URL and PUBLIC_APP_URL. */
export const ROUTES_WITH_LINKS = ["getConsolidatedWorkbook"] as const;

/** Loopback hosts, the only ones a plain-http link base may name (the local server). */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * The web app's address for links to stored versions in generated files (the consolidated
 * workbook's „Gespeicherte Version“ HYPERLINKs, which a signed-in user opens in the app; the API
 * itself would answer 401): from configuration only – PUBLIC_APP_URL, or the local server's own
 * origin, which serves the app too (see getPublicAppUrl). Never from the request:
 * a Host, an absolute-form target or `X-Forwarded-Proto: javascript` would choose where a
 * spreadsheet cell points. Anything but an https URL (or http on loopback) gives no base: the
 * rows then name the version as text, never a link that opens nothing.
 */
export const linkBase = (configured: string | undefined = process.env.PUBLIC_APP_URL): string | undefined => {
  if (!configured) return undefined;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    return undefined;
  }
  const allowed = url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
  if (!allowed || url.username || url.password || url.search || url.hash) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
};
