import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEV_TASK_PANE_ORIGIN, productionManifest } from "./production-manifest";

const devManifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const origin = "https://d1234abcd.cloudfront.net";
const api = "https://abc123.execute-api.eu-central-1.amazonaws.com";
const signIn = "https://foerderbericht-prod.auth.eu-central-1.amazoncognito.com";
const manifest = productionManifest(devManifest, { taskPaneOrigin: origin, appDomains: [api, signIn] });

describe("productionManifest", () => {
  it("points every page and icon to the deployed origin", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${origin}/`), url).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${origin}/taskpane.html"/>`);
  });

  it("lists the API and the sign-in origin as AppDomains, and no localhost", () => {
    expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      api,
      signIn,
    ]);
    expect(manifest).not.toMatch(/localhost/);
  });

  it("keeps everything else of the manifest: id, version, hosts, requirements", () => {
    const strip = (xml: string) =>
      xml
        .replaceAll(DEV_TASK_PANE_ORIGIN, origin)
        .replace(/<!--[\s\S]*?-->/, "")
        .replace(/<AppDomains>[\s\S]*?<\/AppDomains>/, "");
    expect(strip(manifest)).toBe(strip(devManifest));
  });

  it("refuses a manifest that no longer uses the dev origin it replaces", () => {
    expect(() => productionManifest("<OfficeApp/>", { taskPaneOrigin: origin, appDomains: [] })).toThrow(
      /no longer points/,
    );
  });
});
