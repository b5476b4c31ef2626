import { build } from "esbuild";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildAddin } from "../../../scripts/build-addin";
import { startTestApi } from "../../../dev/fixtures/start-test-api";
import { LOCAL_OFFICE_JS } from "../../../dev/local-office-js";

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
/** office.js as the local server serves it from @microsoft/office-js (dev/local-office-js.ts). */
export const LOCAL_OFFICE_JS_FILE = `**${LOCAL_OFFICE_JS}office.js`;

/** The production build of the task pane in a temp folder, and the in-memory Excel as an office.js. */
/** The in-memory Office and Excel as a script a page loads in place of office.js. */
export const buildFakeOfficeJs = async (): Promise<string> => {
  const fake = await build({
    entryPoints: [
      new URL("../../../addin/test-support/fake-excel/browser-entry.ts", import.meta.url).pathname,
    ],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "warning",
  });
  return fake.outputFiles[0]!.text;
};

export const buildForBrowser = async () => {
  const dir = mkdtempSync(join(tmpdir(), "taskpane-"));
  await buildAddin({ outdir: dir, devSignIn: true });
  return { dir, fakeOfficeJs: await buildFakeOfficeJs() };
};

/** Headless Chromium; without it the browser tests fail and say how to install it (never skip). */
export const launch = (): Promise<Browser> => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium fehlt unter ${CHROMIUM}: die Browser-Tests brauchen es (apt-get install chromium, oder CHROMIUM_PATH setzen).`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
};

export interface TaskPaneOptions {
  /** The ExcelApi version the in-memory Excel has (its default: a current Microsoft 365). */
  excelApi?: string;
}

/** A task pane page: inside "Excel" (the in-memory host answers for office.js) or in a plain browser. */
export const openTaskPane = async (
  browser: Browser,
  url: string,
  host: "excel" | "browser",
  fakeOfficeJs: string,
  { excelApi }: TaskPaneOptions = {},
): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 400, height: 900 },
    acceptDownloads: true,
    locale: "de-DE",
  });
  // Read by the fake's office.js (browser-entry.ts) before the task pane starts.
  if (excelApi) await context.addInitScript(`window.__fakeExcelApi = ${JSON.stringify(excelApi)};`);
  const page = await context.newPage();
  // No network here: Microsoft's CDN is never asked; inside "Excel" the fake takes its place – for
  // the CDN URL (a page served as built) and for the local copy the dev server points pages at.
  const fake = { contentType: "text/javascript", body: fakeOfficeJs };
  await page.route(OFFICE_JS, (route) => (host === "excel" ? route.fulfill(fake) : route.abort()));
  await page.route(LOCAL_OFFICE_JS_FILE, (route) =>
    host === "excel" ? route.fulfill(fake) : route.continue(),
  );
  page.on("pageerror", (err) => console.error("Seite:", err.message));
  await page.goto(`${url}/${host === "excel" ? "taskpane.html" : "index.html"}`);
  return page;
};

/** axe-core in the page: the violations a screen reader or keyboard user would trip over. */
export const seriousViolations = async (page: Page) => {
  // Evaluated, not added as an inline <script>: the pane's CSP (as deployed) refuses inline scripts.
  await page.evaluate(
    readFileSync(new URL("../../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8"),
  );
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};

/**
 * Every run takes its screenshots; `UPDATE_SCREENSHOTS=1 npm test` writes them to docs/screenshots
 * (the README shows them), otherwise to a temp folder so a test run leaves the checkout clean.
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS
  ? new URL("../../../docs/screenshots/", import.meta.url).pathname
  : mkdtempSync(join(tmpdir(), "screenshots-"));
export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** What both end-to-end suites run on: the built task pane on the local API, and a Chromium. */
export const startTaskPaneStack = async () => {
  const built = await buildForBrowser();
  const api = await startTestApi({ staticDir: built.dir });
  const browser = await launch();
  return {
    api,
    browser,
    open: (host: "excel" | "browser", options?: TaskPaneOptions) =>
      openTaskPane(browser, api.url, host, built.fakeOfficeJs, options),
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
};

export type TaskPaneStack = Awaited<ReturnType<typeof startTaskPaneStack>>;

/** The dev login as a user picks it in the pane. */
export const signIn = async (page: Page, user: string) => {
  await page.getByLabel("Demo-Benutzer (nur lokal)").selectOption(user);
  await page.getByRole("button", { name: "Anmelden" }).click();
};
