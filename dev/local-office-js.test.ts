import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./fixtures/start-test-api";
import { LOCAL_OFFICE_JS, OFFICE_JS_CDN } from "./local-office-js";

const packageDist = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);
const repoPage = readFileSync(new URL("../addin/taskpane.html", import.meta.url), "utf8");

let api: TestApi;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "office-js-"));
  writeFileSync(join(dir, "taskpane.html"), repoPage);
  api = await startTestApi({ staticDir: dir });
});
afterAll(() => api?.close());

describe("Office.js for npm start and the tests", () => {
  it("is served from the @microsoft/office-js package, byte for byte", async () => {
    const response = await api.call("GET", `${LOCAL_OFFICE_JS}office.js`);
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.bytes, readFileSync(join(packageDist, "office.js")))).toBe(0);
    // office.js loads its host script and strings next to itself: those come from the package too.
    expect((await api.call("GET", `${LOCAL_OFFICE_JS}excel-web-16.00.js`)).status).toBe(200);
  });

  it("replaces the CDN in the pages the local server hands out, while the repository's page keeps it", async () => {
    expect(repoPage).toContain(`${OFFICE_JS_CDN}office.js`);
    const page = (await api.call("GET", "/taskpane.html")).bytes.toString("utf8");
    expect(page).toContain(`<script src="${LOCAL_OFFICE_JS}office.js"></script>`);
    expect(page).not.toContain("appsforoffice.microsoft.com");
  });

  it("serves nothing outside the package's dist folder", async () => {
    expect((await api.call("GET", `${LOCAL_OFFICE_JS}..%2Fpackage.json`)).status).toBe(404);
    expect((await api.call("GET", `${LOCAL_OFFICE_JS}nicht-da.js`)).status).toBe(404);
  });
});
