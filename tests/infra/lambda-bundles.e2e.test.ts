import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PDF_MEDIA_TYPE, XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import type { HttpResult } from "../../functions/http/json";
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys, type DevKeys } from "../../dev/dev-keys";
import { DEV_USERS } from "../../dev/dev-users";
import { issueDevToken } from "../../dev/issue-dev-token";
import { ROUTES, routeById, type RouteId } from "../../shared/api/routes";
import { localClientConfig } from "../../functions/store/local-client-config";
import { createTable } from "../../functions/store/table-definition";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { buildLambdaBundles, type BuiltBundle } from "../../infra/bundle/build-lambda-bundles";
import { REPO_ROOT } from "../../infra/repo-root";
import { apiEvent, type EventInput } from "./support/api-event";
import { startJwksServer } from "./support/jwks-server";
import { startLambdaHost, type LambdaHost } from "./support/start-lambda-host";

/**
 * The deployable artefacts end to end: every route's BUILT bundle (the .mjs the CDK stack uploads,
 * from the same bundling code) runs in its own Node process with the environment the stack sets,
 * against DynamoDB Local, verifying tokens against a JWKS served over HTTP.
 */
let outDir: string;
let bundles: Map<string, BuiltBundle>;
let keys: DevKeys;
let jwks: Awaited<ReturnType<typeof startJwksServer>>;
let client: DynamoDBClient;
let env: Record<string, string>;
const hosts = new Map<string, LambdaHost>();
const invoked = new Set<string>();

beforeAll(async () => {
  // Inside the checkout, so the bundles' external @aws-sdk/* resolve from node_modules as in the runtime.
  mkdirSync(join(REPO_ROOT, "dist"), { recursive: true });
  outDir = mkdtempSync(join(REPO_ROOT, "dist", "e2e-lambda-"));
  const [built, devKeys] = await Promise.all([buildLambdaBundles(outDir), generateDevKeys()]);
  bundles = new Map(built.map((b) => [b.route.id, b]));
  keys = devKeys;
  jwks = await startJwksServer(keys.jwks);
  const endpoint = inject("dynamoEndpoint");
  client = new DynamoDBClient(localClientConfig(endpoint));
  const tableName = `e2e-${randomUUID()}`;
  await createTable(client, tableName);
  env = {
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_URL: jwks.url,
    AWS_REGION: "eu-central-1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    // As in the Lambda runtime: no LibreOffice, whatever this machine has installed.
    SOFFICE: "/nonexistent/soffice",
    PATH: "/nonexistent",
  };
}, 180_000);

afterAll(async () => {
  await Promise.all([...hosts.values()].map((h) => h.stop()));
  await jwks?.close();
  client?.destroy();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const hostOf = async (id: RouteId) => {
  let host = hosts.get(id);
  if (!host) {
    host = await startLambdaHost(bundles.get(id)!.file, env);
    hosts.set(id, host);
  }
  return host;
};

/** Invokes a route's bundle as API Gateway would; JSON answers come back parsed. */
const call = async (id: RouteId, input: EventInput & { user?: string } = {}) => {
  invoked.add(id);
  const token = input.user ? await issueDevToken(keys, DEV_USERS[input.user]!) : undefined;
  const event = apiEvent(routeById(id), {
    ...input,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...input.headers },
  });
  const result: HttpResult = await (await hostOf(id)).invoke(event);
  const headers = (result.headers ?? {}) as Record<string, string>;
  const json = /json/.test(headers["content-type"] ?? "") ? JSON.parse(result.body ?? "") : undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  return { ...result, headers, json: json as any };
};

// Each first call starts a process and imports a bundle (a cold start); a busy machine needs time for that.
describe("the built Lambda bundles against DynamoDB Local", { timeout: 120_000 }, () => {
  const filing = sampleVerwendungsnachweis();
  const id = "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor";

  it("serve the OpenAPI document without a token", async () => {
    const response = await call("getOpenApi");
    expect(response.statusCode).toBe(200);
    expect(response.json.openapi).toMatch(/^3\.1/);
  });

  it("refuse a request without a token with 401 and a Bearer challenge", async () => {
    const response = await call("listFilings", { query: { programme: "stadtteilmanagement", year: "2025" } });
    expect(response.statusCode).toBe(401);
    expect(response.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it("store and read the year's program parameters", async () => {
    const at = { programmeId: "stadtteilmanagement", year: 2025 };
    const params = defaultProgramParams(at);
    const put = await call("putParams", {
      user: "koordinierung",
      pathParameters: { programmeId: at.programmeId, year: "2025" },
      body: params,
    });
    expect(put.statusCode, JSON.stringify(put.json)).toBe(200);
    const get = await call("getParams", {
      user: "awo",
      pathParameters: { programmeId: at.programmeId, year: "2025" },
    });
    expect(get.statusCode).toBe(200);
    expect(get.json).toMatchObject({ year: 2025, sachkostenCap: params.sachkostenCap });
  });

  it("list the programmes with their Stammdaten", async () => {
    const response = await call("listProgrammes", { user: "awo" });
    expect(response.statusCode).toBe(200);
    expect(response.json.map((p: { id: string }) => p.id)).toContain("stadtteilmanagement");
  });

  it("accept a workbook upload (base64, as API Gateway passes binary bodies)", async () => {
    const workbook = await writeWorkbook({
      kind: "verwendungsnachweis",
      meta: filing.meta,
      data: filing.data,
    });
    const response = await call("submitFiling", {
      user: "awo",
      headers: { "content-type": XLSX_MEDIA_TYPE, "idempotency-key": "e2e-upload-1" },
      body: new Uint8Array(workbook),
    });
    expect(response.statusCode, JSON.stringify(response.json)).toBe(201);
    expect(response.json).toMatchObject({ filingId: id, version: 1, status: "eingereicht" });
    expect(hosts.get("submitFiling")!.output()).toMatch(/"route":"POST \/filings","status":201/);
  });

  it("list, show, return, resubmit and diff the filing", async () => {
    const list = await call("listFilings", {
      user: "koordinierung",
      query: { programme: "stadtteilmanagement", year: "2025" },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json.items.map((i: { filingId: string }) => i.filingId)).toContain(id);

    const detail = await call("getFiling", { user: "koordinierung", pathParameters: { id } });
    expect(detail.statusCode).toBe(200);
    expect(detail.json.latest.version).toBe(1);

    const returned = await call("reviewFiling", {
      user: "koordinierung",
      pathParameters: { id },
      body: {
        action: "zurueckgeben",
        expectedVersion: 1,
        comments: [{ path: ["sachkosten"], text: "Belege?" }],
      },
    });
    expect(returned.statusCode, JSON.stringify(returned.json)).toBe(200);
    expect(returned.json.status).toBe("zurueckgegeben");

    const corrected = structuredClone(filing);
    corrected.data.kopf.ort = "Lüneburg (korrigiert)";
    const resubmitted = await call("submitFiling", { user: "awo", body: corrected });
    expect(resubmitted.statusCode, JSON.stringify(resubmitted.json)).toBe(201);
    expect(resubmitted.json.version).toBe(2);

    const first = await call("getVersion", { user: "awo", pathParameters: { id, version: "1" } });
    expect(first.statusCode).toBe(200);
    expect(first.json.version).toBe(1);

    const diff = await call("diffVersions", {
      user: "koordinierung",
      pathParameters: { id },
      query: { from: "1", to: "2" },
    });
    expect(diff.statusCode).toBe(200);
    expect(diff.json.changes).toEqual([expect.objectContaining({ path: ["kopf", "ort"] })]);
  });

  it("save a Träger's draft and hand it back to that Träger only", async () => {
    const draftId = "stadtteilmanagement.2026.verwendungsnachweis.awo.kaltenmoor";
    const draft = { ...structuredClone(filing), meta: { ...filing.meta, year: 2026 } };
    const saved = await call("putDraft", {
      user: "awo",
      pathParameters: { id: draftId },
      body: { content: draft },
    });
    expect(saved.statusCode, JSON.stringify(saved.json)).toBe(200);
    const back = await call("getDraft", { user: "awo", pathParameters: { id: draftId } });
    expect(back.statusCode).toBe(200);
    expect(back.json.content).toEqual(draft);
    expect(
      (await call("getDraft", { user: "koordinierung", pathParameters: { id: draftId } })).statusCode,
    ).toBe(403);
  });

  it("download a stored version as .xlsx (base64 with isBase64Encoded)", async () => {
    const response = await call("getFilingWorkbook", {
      user: "koordinierung",
      pathParameters: { id },
      query: { version: "1" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.isBase64Encoded).toBe(true);
    expect(response.headers["content-type"]).toBe(XLSX_MEDIA_TYPE);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.xlsx"$/);
    const read = await readWorkbook(Buffer.from(response.body!, "base64"));
    expect(read.filing).toEqual(filing);
  });

  it("build the consolidated workbook for the Koordinierungsstelle, not for a Träger", async () => {
    const pathParameters = { programmeId: "stadtteilmanagement", year: "2025" };
    const workbook = await call("getConsolidatedWorkbook", { user: "koordinierung", pathParameters });
    expect(workbook.statusCode).toBe(200);
    expect(workbook.isBase64Encoded).toBe(true);
    expect(workbook.headers["content-type"]).toBe(XLSX_MEDIA_TYPE);
    const traeger = await call("getConsolidatedWorkbook", { user: "awo", pathParameters });
    expect(traeger.statusCode).toBe(403);
  });

  it("print PDFs in JavaScript, with no LibreOffice call in either PDF bundle", async () => {
    const one = await call("getPublication", {
      user: "koordinierung",
      pathParameters: { id: "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor" },
    });
    expect(one.statusCode).toBe(404); // no Jahresbericht stored here: found missing before printing
    const year = await call("getYearPublication", {
      user: "koordinierung",
      pathParameters: { programmeId: "stadtteilmanagement", year: "2025" },
    });
    expect(year.statusCode, JSON.stringify(year.json)).toBe(200);
    expect(year.headers["content-type"]).toBe(PDF_MEDIA_TYPE);
    expect(
      Buffer.from(year.body ?? "", "base64")
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    for (const route of ["getPublication", "getYearPublication"] as const) {
      const code = readFileSync(bundles.get(route)!.file, "utf8");
      // No LibreOffice anywhere in the bundle. (`node:child_process` itself is there: the bundled AWS
      // SDK's credential_process provider imports it; nothing of ours spawns a process.)
      expect(code, route).not.toMatch(/soffice|libreoffice/i);
    }
  });

  it("keep the ten-year record: original, receipt, signed upload, archive; redaction refused before its date", async () => {
    const original = await call("getOriginal", { user: "awo", pathParameters: { id, version: "1" } });
    expect(original.statusCode).toBe(200);
    expect(original.headers["x-content-sha256"]).toMatch(/^[0-9a-f]{64}$/);
    const receipt = await call("getReceipt", { user: "awo", pathParameters: { id, version: "1" } });
    expect(receipt.statusCode, JSON.stringify(receipt.json)).toBe(200);
    expect(receipt.headers["content-type"]).toBe(PDF_MEDIA_TYPE);
    const upload = await call("uploadAttachment", {
      user: "awo",
      pathParameters: { id, version: "1" },
      query: { kind: "unterschrift" },
      headers: { "content-type": "application/pdf" },
      body: new Uint8Array(Buffer.from(receipt.body!, "base64")),
    });
    expect(upload.statusCode, JSON.stringify(upload.json)).toBe(201);
    const list = await call("listAttachments", {
      user: "koordinierung",
      pathParameters: { id, version: "1" },
    });
    expect(list.json).toMatchObject({ unterschriftLiegtVor: true });
    const attachment = await call("getAttachment", {
      user: "koordinierung",
      pathParameters: { id, version: "1", attachmentId: upload.json.attachmentId },
    });
    expect(attachment.headers["x-content-sha256"]).toBe(upload.json.sha256);
    const stichprobe = await call("requestStichprobe", {
      user: "koordinierung",
      pathParameters: { id, version: "1" },
      body: { belegnummern: ["S-01"], faelligAm: "2026-03-15" },
    });
    expect(stichprobe.statusCode, JSON.stringify(stichprobe.json)).toBe(201);
    for (const [route, pathParameters] of [
      ["getFilingArchive", { id }],
      ["getYearArchive", { programmeId: "stadtteilmanagement", year: "2025" }],
    ] as const) {
      const zip = await call(route, { user: "koordinierung", pathParameters });
      expect(zip.statusCode, route).toBe(200);
      expect(
        Buffer.from(zip.body ?? "", "base64")
          .subarray(0, 2)
          .toString("latin1"),
        route,
      ).toBe("PK");
    }
    const redaction = await call("redactFiling", {
      user: "koordinierung",
      pathParameters: { id },
      body: { bestaetigt: true },
    });
    expect(redaction.statusCode).toBe(409);
  });

  it("record a payment and list the year's ledger", async () => {
    const pathParameters = { programmeId: "stadtteilmanagement", year: "2025" };
    const added = await call("addZahlung", {
      user: "koordinierung",
      pathParameters,
      body: {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 100_000 },
      },
    });
    expect(added.statusCode, JSON.stringify(added.json)).toBe(201);
    const ledger = await call("listZahlungen", { user: "awo", pathParameters });
    expect(ledger.statusCode).toBe(200);
    expect(ledger.json.eintraege).toHaveLength(1);
  });

  it("invoked the bundle of every route in ROUTES", () => {
    expect([...invoked].sort()).toEqual(ROUTES.map((r) => r.id).sort());
  });
});
