import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addinIdFor, DEV_TASK_PANE_ORIGIN, manifestVersion, productionManifest } from "./production-manifest";

const devManifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const origin = "https://d1234abcd.cloudfront.net";
const api = "https://abc123.execute-api.eu-central-1.amazonaws.com";
const signIn = "https://foerderbericht-prod.auth.eu-central-1.amazoncognito.com";
const addinId = addinIdFor("Foerderbericht-prod");
const manifest = productionManifest(devManifest, {
  taskPaneOrigin: origin,
  appDomains: [api, signIn],
  version: "2.3.14",
  addinId,
});

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

  it("carries package.json's version and this environment's own Id", () => {
    expect(manifest).toContain("<Version>2.3.14.0</Version>");
    expect(manifest).toContain(`<Id>${addinId}</Id>`);
  });

  it("keeps everything else of the manifest: hosts, requirements, commands", () => {
    const strip = (xml: string) =>
      xml
        .replaceAll(DEV_TASK_PANE_ORIGIN, origin)
        .replace(/<!--[\s\S]*?-->/, "")
        .replace(/<AppDomains>[\s\S]*?<\/AppDomains>/, "")
        .replace(/<Id>[^<]*<\/Id>/, "")
        .replace(/<Version>[^<]*<\/Version>/, "");
    expect(strip(manifest)).toBe(strip(devManifest));
  });

  it("refuses a manifest that no longer uses the dev origin it replaces", () => {
    expect(() =>
      productionManifest("<OfficeApp/>", {
        taskPaneOrigin: origin,
        appDomains: [],
        version: "1.0.0",
        addinId,
      }),
    ).toThrow(/no longer points/);
  });
});

describe("addinIdFor", () => {
  it("gives each environment its own GUID, the same on every deploy", () => {
    const prod = addinIdFor("Foerderbericht-prod");
    expect(prod).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(addinIdFor("Foerderbericht-prod")).toBe(prod);
    expect(addinIdFor("Foerderbericht-test")).not.toBe(prod);
    expect(prod).not.toBe(/<Id>([^<]+)<\/Id>/.exec(devManifest)![1]);
  });
});

describe("manifestVersion", () => {
  it("turns x.y.z into Office's four parts and refuses what Office cannot carry", () => {
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("1.2.3-beta.1")).toBe("1.2.3.0");
    expect(() => manifestVersion("1.2")).toThrow(/x\.y\.z/);
    expect(() => manifestVersion("123456.0.0")).toThrow();
  });
});
