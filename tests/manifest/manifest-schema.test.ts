import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { addinIdFor, productionManifest } from "../../infra/hosting/production-manifest";

const run = promisify(execFile);
const SCHEMA = new URL("./xsd/OfficeAppManifestV1_1.xsd", import.meta.url).pathname;
const devManifest = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * Microsoft's add-in manifest XSDs (vendored in ./xsd, see its README) with xmllint – offline.
 * `npx office-addin-manifest validate` checks more (store rules), but calls an online service.
 */
const validate = async (xml: string) => {
  const dir = await mkdtemp(join(tmpdir(), "manifest-"));
  try {
    await writeFile(join(dir, "manifest.xml"), xml);
    return await run("xmllint", ["--noout", "--schema", SCHEMA, join(dir, "manifest.xml")]).then(
      ({ stderr }) => ({ ok: true, stderr }),
      (err: { stderr: string }) => ({ ok: false, stderr: err.stderr }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const production = productionManifest(devManifest, {
  taskPaneOrigin: "https://d1234abcd.cloudfront.net",
  appDomains: [
    "https://abc123.execute-api.eu-central-1.amazonaws.com",
    "https://foerderbericht-prod.auth.eu-central-1.amazoncognito.com",
  ],
  version: pkg.version,
  addinId: addinIdFor("Foerderbericht-prod"),
});

describe("the add-in manifest against Microsoft's XSDs", () => {
  it("validates: manifest.xml as in the repository", async () => {
    const result = await validate(devManifest);
    expect(result.stderr).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("validates: the production manifest the stack deploys", async () => {
    const result = await validate(production);
    expect(result.stderr).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("rejects a manifest the schema forbids (the check is real)", async () => {
    const broken = production.replace(/<DefaultLocale>[^<]*<\/DefaultLocale>/, "");
    const result = await validate(broken);
    expect(result.ok).toBe(false);
    expect(result.stderr).toMatch(/fails to validate/);
  });

  it("carries package.json's version in both manifests", () => {
    expect(devManifest).toContain(`<Version>${pkg.version}.0</Version>`);
    expect(production).toContain(`<Version>${pkg.version}.0</Version>`);
  });

  it("names a 64×64 PNG as HighResolutionIconUrl", () => {
    const file = /<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3001\/([^"]+)"/.exec(
      devManifest,
    )![1]!;
    const png = readFileSync(new URL(`../../addin/${file}`, import.meta.url));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]);
  });
});
