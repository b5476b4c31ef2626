import { errors } from "jose";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { verifierFromEnv, type TokenVerifier } from "../../../functions/auth/verify-token";
import { startTestApi } from "../../../dev/fixtures/start-test-api";
import { taskPaneConfig } from "../../../infra/hosting/task-pane-config";
import { cognitoTaskPaneSignIn, oidcEndpoints } from "../../../infra/stack/sign-in-endpoints";
import { buildAddin } from "../../../scripts/build-addin";
import { PROGRAMMES } from "../../../shared/programme/programmes";
import { SIGN_IN_CALLBACK_PATH, signInUrl } from "../../../shared/sign-in/sign-in-paths";
import { OFFICE_JS, buildFakeOfficeJs, launch } from "../../addin/support/task-pane-browser";
import { getPdfRenderer } from "../../../functions/http/context";
import { pdfmakeRenderer } from "../../../functions/render/pdfmake-renderer";
import { serveFunctionUrl } from "../../records/serve-function-url";
import { serveProductionPane } from "./serve-production-pane";
import {
  CLIENT_ID,
  ENTRA_API_AUDIENCE,
  startTestOidcProvider,
  type ProviderShape,
  type TestAccount,
} from "./test-oidc-provider";

export const ACCOUNTS: Record<string, TestAccount> = {
  "caritas-1": {
    name: "Sachbearbeitung Caritas",
    role: "traeger",
    traegerId: "caritas",
    programmes: ["stadtteilmanagement"],
  },
  "koord-1": {
    name: "Koordinierung Stadtteilarbeit",
    role: "koordinierung",
    programmes: ["stadtteilmanagement"],
  },
  // The Koordinierungsstelle of another programme: signs in fine, sees nothing of this one.
  "koord-andere": {
    name: "Koordinierung anderes Programm",
    role: "koordinierung",
    programmes: [PROGRAMMES.find((p) => p.id !== "stadtteilmanagement")!.id],
  },
};

/**
 * The production build (`buildAddin()`: no dev login, hashed names) on its own origin with the
 * stack's headers and config.json; a real OIDC provider; the local API verifying that provider's
 * tokens through its JWKS URL with `verifierFromEnv`, the Lambdas' code. `expireTokensSoFar` makes
 * the API treat every token it has seen as expired, as it would after their `exp`.
 */
export const startProductionStack = async (shape: ProviderShape) => {
  const dir = mkdtempSync(join(tmpdir(), "taskpane-production-"));
  await buildAddin({ outdir: dir });
  const fakeOfficeJs = await buildFakeOfficeJs();
  let apiUrl = "";
  let archiveUrl = "";
  let providerOrigin = "";
  // Filled in below: the provider needs the pane's origin first, the config the provider's issuer.
  const late: { signIn?: ReturnType<typeof cognitoTaskPaneSignIn> } = {};
  const pane = await serveProductionPane({
    dir,
    config: () => taskPaneConfig({ apiUrl, archiveUrl, signIn: late.signIn! }),
    connectSources: () => [apiUrl, archiveUrl, providerOrigin],
  });
  const provider = await startTestOidcProvider({
    shape,
    redirectUri: signInUrl(pane.origin, SIGN_IN_CALLBACK_PATH),
    accounts: ACCOUNTS,
  });
  providerOrigin = provider.origin;
  const audience = shape === "entra" ? ENTRA_API_AUDIENCE : CLIENT_ID;
  late.signIn =
    shape === "entra"
      ? oidcEndpoints({
          issuer: provider.issuer,
          audience,
          jwksUrl: provider.jwksUrl,
          clientId: CLIENT_ID,
          scope: "openid profile offline_access",
        }).taskPane
      : cognitoTaskPaneSignIn(provider.issuer, CLIENT_ID);
  const verify = verifierFromEnv({
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: audience,
    AUTH_JWKS_URL: provider.jwksUrl,
  });
  const expired = new Set<string>();
  const seen = new Set<string>();
  const counts = { unauthorized: 0 };
  const verifyToken: TokenVerifier = async (token) => {
    seen.add(token);
    if (expired.has(token)) {
      counts.unauthorized++;
      throw new errors.JWTExpired('"exp" claim timestamp check failed', {}, "exp", "check_failed");
    }
    return verify(token);
  };
  verifyToken.claimMapping = verify.claimMapping ?? {};
  const api = await startTestApi({ verifyToken });
  apiUrl = api.url;
  // The archive's function URL beside the API, as deployed: the pane streams the zip from there.
  const archive = await serveFunctionUrl({
    pdf: () => getPdfRenderer(pdfmakeRenderer),
    allowedOrigin: pane.origin,
  });
  archiveUrl = archive.url;
  process.env.CORS_ORIGINS = pane.origin;
  const browser = await launch();

  /** A browser profile of its own (one user at one PC), collecting every CSP violation it meets. */
  const newUser = async (host: "excel" | "browser") => {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 420, height: 900 },
      locale: "de-DE",
    });
    const violations: string[] = [];
    await context.route(OFFICE_JS, (route) =>
      host === "excel"
        ? route.fulfill({ contentType: "text/javascript", body: fakeOfficeJs })
        : route.abort(),
    );
    await context.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(
          `CSP-Verstoß: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} auf ${location.pathname}`,
        ),
      ),
    );
    const watch = (page: Page) =>
      page.on("console", (m) => {
        if (/Content Security Policy|CSP-Verstoß/.test(m.text())) violations.push(m.text());
      });
    context.on("page", watch);
    // The bearer the pane last sent to the API: the test asks the API what that user may see.
    const bearer = { token: "" };
    context.on("request", (r) => {
      const auth = r.headers().authorization;
      if (r.url().startsWith(apiUrl) && auth) bearer.token = auth.replace(/^Bearer /, "");
    });
    const page = await context.newPage();
    await page.goto(`${pane.origin}/${host === "excel" ? "taskpane.html" : "index.html"}`);
    return { context, page, violations, bearer };
  };

  return {
    pane,
    provider,
    api,
    archive,
    counts,
    newUser,
    expireTokensSoFar: () => seen.forEach((t) => expired.add(t)),
    close: async () => {
      await browser.close();
      await api.close();
      await archive.close();
      await provider.close();
      await pane.close();
      delete process.env.CORS_ORIGINS;
    },
  };
};

/** The provider's own login form in the popup or Office dialog the pane opened. */
export const logInAtProvider = async (
  context: BrowserContext,
  trigger: () => Promise<void>,
  login: string,
) => {
  const [popup] = await Promise.all([context.waitForEvent("page"), trigger()]);
  await popup.locator('input[name="login"]').fill(login);
  await popup.locator('input[name="password"]').fill("beliebig");
  await popup.locator('button[type="submit"]').click();
  return popup;
};
