import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_CALLBACK_PATH, TASK_PANE_CONFIG_PATH, signInUrl } from "../../shared/sign-in/sign-in-paths";
import { buildAddin } from "../../scripts/build-addin";
import { isHashedAsset } from "../hosting/split-hashed-assets";
import { onlyResource, resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";

/**
 * The stack as deployed from a clean production build of the pane (`npm run build` into a temp
 * folder): what lands in the bucket, with which caching, and config.json from the stack's own resources.
 */
const TASK_PANE = "https://d111111abcdef8.cloudfront.net";
type Props = Record<string, unknown>;

let dist: string;
let synth: Synthesized;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), "taskpane-prod-"));
  await buildAddin({ outdir: dist });
  synth = synthStack({ env: "test", taskPaneOrigin: TASK_PANE, addinDist: dist }, { bundle: false });
}, 300_000);
afterAll(() => synth?.cleanup());

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

const deployments = () => resourcesOf(synth.template, "Custom::CDKBucketDeployment");

/** The files a BucketDeployment's zip assets hold, read from the cloud assembly. */
const assetFiles = (deployment: Props) => {
  const keys = JSON.stringify(deployment.SourceObjectKeys);
  const zips = readdirSync(synth.outdir).filter((f) => f.endsWith(".zip") && keys.includes(f));
  const dirs = readdirSync(synth.outdir).filter(
    (f) => f.startsWith("asset.") && !f.endsWith(".zip") && keys.includes(`${f.slice(6)}.zip`),
  );
  const files = new Map<string, string>();
  for (const zip of zips)
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(synth.outdir, zip)))))
      files.set(name, strFromU8(bytes));
  for (const dir of dirs)
    for (const file of filesUnder(join(synth.outdir, dir)))
      files.set(file.slice(join(synth.outdir, dir).length + 1), readFileSync(file, "utf8"));
  return files;
};

describe("the deployed task pane", () => {
  it("has no dev login: not in any bundle of the build, not as an API route", () => {
    const js = filesUnder(dist).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(3);
    for (const file of js) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\/dev\/login|\/dev\/users|Demo-Benutzer/);
    }
    const routes = resourcesOf(synth.template, "AWS::ApiGatewayV2::Route").map(([, r]) => String(r.RouteKey));
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((k) => k.includes("/dev/"))).toEqual([]);
  });

  it("writes config.json with the stack's API URL and its user pool as issuer", () => {
    const withConfig = deployments().filter(([, d]) => Array.isArray(d.SourceMarkers));
    expect(withConfig).toHaveLength(1);
    const [, deployment] = withConfig[0]!;
    const files = assetFiles(deployment);
    const raw = files.get(TASK_PANE_CONFIG_PATH.slice(1));
    expect(raw).toBeDefined();
    // Tokens are markers in the asset, filled in by the deployment from SourceMarkers.
    const markers = Object.assign({}, ...(deployment.SourceMarkers as Props[])) as Record<string, unknown>;
    const resolved = raw!.replace(/<<marker:[^>]+>>/g, (m) => JSON.stringify(markers[m]).replace(/"/g, "'"));
    const config = JSON.parse(raw!) as { apiUrl: string; archiveUrl: string; signIn: Record<string, string> };
    expect(resolved).toMatch(/HttpApi/);
    expect(JSON.stringify(markers[config.apiUrl.match(/<<marker:[^>]+>>/)![0]])).toMatch(/HttpApi/);
    // The archive downloads stream from the function URL, past API Gateway's 6 MB.
    expect(JSON.stringify(markers[config.archiveUrl.match(/<<marker:[^>]+>>/)![0]])).toMatch(
      /ArchiveStream.*FunctionUrl/,
    );
    expect(JSON.stringify(markers[config.signIn.issuer!.match(/<<marker:[^>]+>>/)![0]])).toMatch(/UserPool/);
    expect(config.signIn).toMatchObject({ kind: "oidc", apiToken: "id", officeSso: false });
    expect(config.signIn.issuer).toMatch(/^https:\/\/cognito-idp\./);
    expect(config.signIn.logoutEndpoint).toMatch(/\/logout$/);
  });

  it("registers the callback the pane sends: one constant, in the pane's bundle and at the app client", () => {
    const [, client] = onlyResource(synth.template, "AWS::Cognito::UserPoolClient");
    expect(client.CallbackURLs).toEqual([signInUrl(TASK_PANE, SIGN_IN_CALLBACK_PATH)]);
    expect(client.LogoutURLs).toEqual([signInUrl(TASK_PANE, SIGN_IN_CALLBACK_PATH)]);
    // The pane's redirect_uri is built from the same constant (a chunk shared with sign-in-start).
    const js = filesUnder(dist).filter((f) => f.endsWith(".js"));
    expect(js.some((f) => readFileSync(f, "utf8").includes(`"${SIGN_IN_CALLBACK_PATH}"`))).toBe(true);
    expect(js.some((f) => readFileSync(f, "utf8").includes("taskpane.html"))).toBe(false);
  });

  it("lets users write neither their name (the audit's display name) nor their Träger or programmes", () => {
    const [, client] = onlyResource(synth.template, "AWS::Cognito::UserPoolClient");
    expect(client.WriteAttributes).toEqual(["email"]);
    expect(client.ReadAttributes).toEqual(expect.arrayContaining(["name", "custom:programmes"]));
  });

  it("caches hashed files for a year and revalidates pages, config.json and the manifest", () => {
    const byCache = new Map(
      deployments().map(([, d]) => [JSON.stringify((d.SystemMetadata as Props)["cache-control"]), d]),
    );
    const hashed = byCache.get('"public, max-age=31536000, immutable"');
    const mutable = byCache.get('"no-cache"');
    expect(hashed && mutable).toBeTruthy();
    const hashedNames = [...assetFiles(hashed!).keys()];
    const mutableNames = [...assetFiles(mutable!).keys()];
    expect(hashedNames.length).toBeGreaterThan(3);
    expect(hashedNames.every(isHashedAsset)).toBe(true);
    expect(mutableNames).toEqual(
      expect.arrayContaining(["taskpane.html", "index.html", "sign-in-start.html"]),
    );
    expect(mutableNames.some(isHashedAsset)).toBe(false);
    // Every script a page names is in the immutable upload.
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const app = /src="(app-[A-Z0-9]{8}\.js)"/.exec(html)?.[1];
    expect(hashedNames).toContain(app);
  });
});
