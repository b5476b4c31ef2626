import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeById } from "../../shared/api/routes";
import { resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";
import { asList, asText } from "./fixtures/template-values";

const TASK_PANE = "https://d111111abcdef8.cloudfront.net";
type Props = Record<string, unknown>;

// No bundling and one route: this file checks the archive's own resources, cdk-nag included.
let synth: Synthesized;
beforeAll(() => {
  synth = synthStack(
    { env: "test", taskPaneOrigin: TASK_PANE, alarmEmail: "it@example.org" },
    { bundle: false, routes: [routeById("getYearArchive")] },
  );
}, 300_000);
afterAll(() => synth?.cleanup());

const props = (type: string) => resourcesOf(synth.template, type);
const streamFunction = () => {
  const hits = props("AWS::Lambda::Function").filter(([, p]) =>
    String(p.Description).startsWith("Archiv-Export"),
  );
  expect(hits).toHaveLength(1);
  return hits[0]!;
};
const refersTo = (value: unknown, id: string) => JSON.stringify(value).includes(`"${id}"`);

describe("the archive's streaming function URL", () => {
  it("streams (RESPONSE_STREAM), leaves auth to the function's token check and lets only the task pane call it", () => {
    const [fnId] = streamFunction();
    const urls = props("AWS::Lambda::Url").filter(([, p]) => refersTo(p.TargetFunctionArn, fnId));
    expect(urls).toHaveLength(1);
    const [, url] = urls[0]!;
    expect(url.InvokeMode).toBe("RESPONSE_STREAM");
    expect(url.AuthType).toBe("NONE");
    expect(url.Cors).toEqual({
      AllowOrigins: [TASK_PANE],
      AllowMethods: ["GET"],
      AllowHeaders: ["authorization"],
      ExposeHeaders: ["content-disposition", "www-authenticate"],
      MaxAge: 600,
    });
    // Anyone may reach the URL (the function checks the token); neither permission opens a direct
    // lambda:InvokeFunction: the second is bound to calls through the URL (AWS asks for both since 2025).
    const permissions = props("AWS::Lambda::Permission").filter(([, p]) => refersTo(p.FunctionName, fnId));
    expect(
      permissions
        .map(([, p]) => [p.Action, p.FunctionUrlAuthType ?? null, p.InvokedViaFunctionUrl ?? null])
        .sort(),
    ).toEqual([
      ["lambda:InvokeFunction", null, true],
      ["lambda:InvokeFunctionUrl", "NONE", null],
    ]);
    expect(Object.keys(synth.template.findOutputs("*")).some((k) => k.includes("ArchiveUrl"))).toBe(true);
  });

  it("is the one function URL the task pane's CSP lets it fetch from, besides the API", () => {
    const [urlId] = props("AWS::Lambda::Url")[0]!;
    const [, rhp] = props("AWS::CloudFront::ResponseHeadersPolicy")[0]!;
    const csp = asText(
      (rhp.ResponseHeadersPolicyConfig as { SecurityHeadersConfig: { ContentSecurityPolicy: Props } })
        .SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
    );
    expect(csp).toMatch(
      new RegExp(`connect-src 'self' \\{GetAtt:\\w+\\.ApiEndpoint\\} \\{GetAtt:${urlId}\\.FunctionUrl\\} `),
    );
    expect(csp).not.toContain("*.lambda-url");
  });

  it("verifies tokens with the API's settings and runs up to 15 minutes for a large year", () => {
    const [, fn] = streamFunction();
    expect(fn.Timeout).toBe(900);
    const env = (fn.Environment as { Variables: Props }).Variables;
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining(["TABLE_NAME", "AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS_URL"]),
    );
  });

  it("may only read the table: no write action in its role", () => {
    const [, fn] = streamFunction();
    const roleId = (fn.Role as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0]!;
    const actions = props("AWS::IAM::Policy")
      .filter(([, p]) => asList(p.Roles).some((r) => (r as { Ref?: string }).Ref === roleId))
      .flatMap(([, p]) => (p.PolicyDocument as { Statement: Props[] }).Statement)
      .flatMap((s) => asList(s.Action as string))
      .filter((a) => a.startsWith("dynamodb:"));
    expect(actions).toEqual(
      expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"]),
    );
    for (const write of ["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"])
      expect(actions).not.toContain(`dynamodb:${write}`);
  });

  it("is watched like a route's function – errors, throttles, near its timeout – and for 5xx of its URL", () => {
    const [fnId, fn] = streamFunction();
    const watching = props("AWS::CloudWatch::Alarm")
      .map(([, p]) => p)
      .filter((a) => refersTo(a.Dimensions ?? null, fnId));
    const byMetric = new Map(watching.map((a) => [`${String(a.Namespace)}/${String(a.MetricName)}`, a]));
    expect([...byMetric.keys()].sort()).toEqual([
      "AWS/Lambda/Duration",
      "AWS/Lambda/Errors",
      "AWS/Lambda/Throttles",
      "AWS/Lambda/Url5xxCount",
    ]);
    expect(byMetric.get("AWS/Lambda/Duration")!.Threshold).toBe(Math.round((fn.Timeout as number) * 800));
    for (const a of watching) {
      expect(a.Threshold === 1 || a.MetricName === "Duration", String(a.MetricName)).toBe(true);
      expect(asList(a.AlarmActions)).toHaveLength(1);
    }
  });

  it("passes cdk-nag without new findings", () => {
    const errors = synth.messages
      .filter((m) => m.level === "error")
      .map((m) => `${m.id}: ${String(m.entry.data)}`);
    expect(errors).toEqual([]);
  });
});
