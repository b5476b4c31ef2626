import { describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { ROUTES } from "../../shared/api/routes";
import { buildOpenApi } from "./build-openapi";
import { handler } from "./handler";

type Operation = {
  operationId: string;
  responses: Record<string, { content: Record<string, { schema: unknown }> }>;
  security: unknown[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, unknown> };
};

const doc = buildOpenApi();
/** Routes that answer a file instead of JSON. */
const operation = (method: string, path: string) =>
  (doc.paths[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];

const refsIn = (value: unknown): string[] =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([k, v]) => (k === "$ref" && typeof v === "string" ? [v] : refsIn(v)));

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1.0 with a bearer security scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))("documents %s", (_name, route) => {
    const op = operation(route.method, route.path);
    expect(op?.operationId).toBe(route.id);
    expect(op!.security).toEqual(route.auth ? [{ bearerAuth: [] }] : []);
    const success = Object.keys(op!.responses).find((s) => s.startsWith("2"))!;
    const mediaType = "mediaType" in route.success ? route.success.mediaType : "application/json";
    expect(op!.responses[success]!.content[mediaType]).toBeDefined();
    if (route.auth) expect(op!.responses["401"]!.content["application/problem+json"]).toBeDefined();
    for (const name of route.path.match(/\{(\w+)\}/g) ?? [])
      expect(op!.parameters).toContainEqual(
        expect.objectContaining({ name: name.slice(1, -1), in: "path", required: true }),
      );
  });

  it("lists both upload formats and the 422 problem for submissions", () => {
    const submit = operation("POST", "/filings")!;
    expect(Object.keys(submit.requestBody!.content)).toEqual([
      "application/json",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]);
    expect(submit.responses["422"]!.content["application/problem+json"]!.schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
  });

  it("answers the workbook download as a binary .xlsx attachment", () => {
    const ok = operation("GET", "/filings/{id}/workbook")!.responses["200"] as unknown as {
      content: Record<string, { schema: unknown }>;
      headers: Record<string, unknown>;
    };
    expect(ok.content).toEqual({
      [XLSX_MEDIA_TYPE]: { schema: { type: "string", contentMediaType: XLSX_MEDIA_TYPE } },
    });
    expect(ok.headers["Content-Disposition"]).toBeDefined();
    expect(operation("GET", "/filings/{id}/workbook")!.parameters).toContainEqual(
      expect.objectContaining({ name: "version", in: "query", required: false }),
    );
  });

  it("resolves every $ref to a component schema", () => {
    const names = new Set(Object.keys(doc.components.schemas).map((n) => `#/components/schemas/${n}`));
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(names).toContain(ref);
  });

  it("is served without a token at GET /openapi.json", async () => {
    const response = await handler({ headers: {}, requestContext: { requestId: "t" } } as never);
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body!)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
