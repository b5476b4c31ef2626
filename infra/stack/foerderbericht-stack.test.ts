import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES, routeById } from "../../shared/api/routes";
import { ROUTES_WITH_LINKS } from "../../functions/http/link-base";
import { TABLE_DEFINITION } from "../../functions/store/table-definition";
import { ROLES } from "../../shared/domain/lifecycle";
import { SIGN_IN_CALLBACK_PATH, signInUrl } from "../../shared/sign-in/sign-in-paths";
import { buildLambdaBundle } from "../bundle/build-lambda-bundles";
import { LAMBDA_BUNDLE } from "../bundle/lambda-bundle-options";
import { onlyResource, resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";
import { asList, asText } from "./fixtures/template-values";
import { tableAccessOf } from "./table-access";

const TASK_PANE = "https://d111111abcdef8.cloudfront.net";

// One real synth for the whole file: every function bundled by esbuild, cdk-nag on. About 25 s on an
// idle 2-core machine; the timeout leaves room for a machine busy with other test runs.
let synth: Synthesized;
beforeAll(() => {
  synth = synthStack(
    { env: "test", taskPaneOrigin: TASK_PANE, alarmEmail: "it@example.org" },
    { bundle: true },
  );
}, 300_000);
afterAll(() => synth?.cleanup());

const props = (type: string) => resourcesOf(synth.template, type);
const only = (type: string) => onlyResource(synth.template, type);

type Props = Record<string, unknown>;
const functionOf = (routeId: string) => {
  const route = routeById(routeId as never);
  const hit = props("AWS::Lambda::Function").find(
    ([, p]) => p.Description === `${route.method} ${route.path}`,
  );
  expect(hit, `Lambda for ${route.method} ${route.path}`).toBeDefined();
  return hit!;
};
const roleIdOf = (fn: Props) => (fn.Role as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0]!;
const statementsOfRole = (roleId: string) =>
  props("AWS::IAM::Policy")
    .filter(([, p]) => asList(p.Roles).some((r) => (r as { Ref?: string }).Ref === roleId))
    .flatMap(([, p]) => (p.PolicyDocument as { Statement: Props[] }).Statement);
const actionsOfRole = (roleId: string) => statementsOfRole(roleId).flatMap((s) => asList(s.Action as string));

describe("the DynamoDB table", () => {
  it("is built from TABLE_DEFINITION, on demand", () => {
    const [, table] = only("AWS::DynamoDB::Table");
    expect(table.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: "HASH" },
      { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: "RANGE" },
    ]);
    expect((table.GlobalSecondaryIndexes as Props[]).map((g) => g.IndexName)).toEqual(
      TABLE_DEFINITION.globalSecondaryIndexes.map((g) => g.indexName),
    );
  });

  it("has point-in-time recovery, deletion protection, AWS-managed encryption and is retained", () => {
    const [id, table] = only("AWS::DynamoDB::Table");
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.DeletionProtectionEnabled).toBe(true);
    expect(table.SSESpecification).toEqual({ SSEEnabled: true });
    const resource = synth.template.toJSON().Resources[id];
    expect(resource.DeletionPolicy).toBe("Retain");
    expect(resource.UpdateReplacePolicy).toBe("Retain");
  });
});

describe("one Lambda per route", () => {
  it.each(ROUTES.map((r) => [r.id, r] as const))("%s: Node 22 on arm64, traced, its own log group", (id) => {
    const [, fn] = functionOf(id);
    expect(fn.Runtime).toBe("nodejs22.x");
    expect(fn.Architectures).toEqual(["arm64"]);
    expect(fn.Handler).toBe("index.handler");
    expect(fn.TracingConfig).toEqual({ Mode: "Active" });
    expect(fn.LoggingConfig).toEqual({ LogGroup: { Ref: expect.any(String) } });
  });

  it("gives each handler exactly the environment it reads", () => {
    const [, consolidated] = functionOf("getConsolidatedWorkbook");
    // The API's own endpoint, not a string a request could choose.
    expect(
      JSON.stringify((consolidated.Environment as { Variables: Props }).Variables.PUBLIC_API_URL),
    ).toMatch(/ApiEndpoint|execute-api/);
    for (const route of ROUTES) {
      const [, fn] = functionOf(route.id);
      const env = Object.keys((fn.Environment as { Variables?: Props } | undefined)?.Variables ?? {}).sort();
      const expected = [
        ...(route.auth ? ["AUTH_AUDIENCE", "AUTH_ISSUER", "AUTH_JWKS_URL"] : []),
        ...(tableAccessOf(route) !== "none" ? ["TABLE_NAME"] : []),
        ...((ROUTES_WITH_LINKS as readonly string[]).includes(route.id)
          ? ["PUBLIC_API_URL", "PUBLIC_APP_URL"]
          : []),
        "NODE_OPTIONS", // --enable-source-maps, for every function (BundledFunction)
      ];
      expect(env, route.id).toEqual(expected.sort());
    }
  });

  it("keeps the logs of every function (routes, Cognito trigger, deployment) for a year", () => {
    const retention = new Map(props("AWS::Logs::LogGroup").map(([id, p]) => [id, p.RetentionInDays]));
    const functions = props("AWS::Lambda::Function");
    expect(functions.length).toBeGreaterThan(ROUTES.length);
    for (const [id, fn] of functions) {
      const logGroup = (fn.LoggingConfig as { LogGroup?: { Ref: string } } | undefined)?.LogGroup?.Ref;
      expect(logGroup, id).toBeDefined();
      expect(retention.get(logGroup!), id).toBe(365);
    }
  });

  it("deploys the same bytes as the standalone build (one bundling code path)", async () => {
    const [, fn] = functionOf("submitFiling");
    const key = (fn.Code as { S3Key: string }).S3Key.replace(/\.zip$/, "");
    const deployed = readFileSync(join(synth.outdir, `asset.${key}`, LAMBDA_BUNDLE.outFile));
    const out = mkdtempSync(join(tmpdir(), "foerderbericht-bundle-"));
    try {
      const built = await buildLambdaBundle(routeById("submitFiling"), out);
      expect(readFileSync(built.file).equals(deployed)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("least privilege", () => {
  const WRITES = [
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
  ];

  it("has no statement granting '*' or a whole service on Resource '*'", () => {
    const statements = [
      ...props("AWS::IAM::Policy").flatMap(([, p]) => (p.PolicyDocument as { Statement: Props[] }).Statement),
      ...props("AWS::IAM::Role").flatMap(([, p]) =>
        asList(p.Policies as Props[]).flatMap(
          (policy) => (policy.PolicyDocument as { Statement: Props[] }).Statement,
        ),
      ),
    ];
    expect(statements.length).toBeGreaterThan(ROUTES.length);
    for (const s of statements) {
      const actions = asList(s.Action as string | string[]);
      const resources = asList(s.Resource).map(asText);
      expect(actions, JSON.stringify(s)).not.toContain("*");
      expect(actions, JSON.stringify(s)).not.toContain("dynamodb:*");
      if (resources.includes("*")) for (const a of actions) expect(a, JSON.stringify(s)).not.toMatch(/:\*$/);
    }
  });

  it("lets reading routes only read, writing routes write, and the public route not touch the table", () => {
    for (const route of ROUTES) {
      const [, fn] = functionOf(route.id);
      const actions = actionsOfRole(roleIdOf(fn));
      const access = tableAccessOf(route);
      if (access === "none")
        expect(
          actions.filter((a) => a.startsWith("dynamodb:")),
          route.id,
        ).toEqual([]);
      if (access === "read") {
        expect(actions, route.id).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
        for (const write of WRITES) expect(actions, route.id).not.toContain(write);
      }
      if (access === "read-write")
        expect(actions, route.id).toEqual(
          expect.arrayContaining(["dynamodb:PutItem", "dynamodb:UpdateItem"]),
        );
    }
  });
});

describe("the HTTP API", () => {
  it("has every route of ROUTES, routed to its own Lambda, with the JWT authorizer where auth is true", () => {
    const [authorizerId, authorizer] = only("AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.AuthorizerType).toBe("JWT");
    const integrations = new Map(props("AWS::ApiGatewayV2::Integration"));
    const apiRoutes = props("AWS::ApiGatewayV2::Route");
    expect(apiRoutes).toHaveLength(ROUTES.length);
    for (const route of ROUTES) {
      const hit = apiRoutes.find(([, p]) => p.RouteKey === `${route.method} ${route.path}`);
      expect(hit, `${route.method} ${route.path}`).toBeDefined();
      const [, apiRoute] = hit!;
      if (route.auth) {
        expect(apiRoute.AuthorizationType, route.id).toBe("JWT");
        expect(apiRoute.AuthorizerId, route.id).toEqual({ Ref: authorizerId });
      } else {
        expect(apiRoute.AuthorizationType, route.id).toBe("NONE");
        expect(apiRoute.AuthorizerId, route.id).toBeUndefined();
      }
      const integrationId = asText(apiRoute.Target).replace(/^integrations\/\{Ref:(.+)\}$/, "$1");
      const integration = integrations.get(integrationId)!;
      expect(integration.PayloadFormatVersion, route.id).toBe("2.0");
      const [fnId] = functionOf(route.id);
      expect(asText(integration.IntegrationUri), route.id).toBe(`{GetAtt:${fnId}.Arn}`);
    }
  });

  it("checks issuer and audience of the user pool's ID tokens", () => {
    const [, authorizer] = only("AWS::ApiGatewayV2::Authorizer");
    const [poolId] = only("AWS::Cognito::UserPool");
    const [clientId] = only("AWS::Cognito::UserPoolClient");
    const jwt = authorizer.JwtConfiguration as { Issuer: unknown; Audience: unknown[] };
    expect(asText(jwt.Issuer)).toBe(`https://cognito-idp.eu-central-1.amazonaws.com/{Ref:${poolId}}`);
    expect(jwt.Audience).toEqual([{ Ref: clientId }]);
  });

  it("allows CORS only from the task pane and exposes Content-Disposition", () => {
    const [, api] = only("AWS::ApiGatewayV2::Api");
    const cors = api.CorsConfiguration as Props;
    expect(cors.AllowOrigins).toEqual([TASK_PANE]);
    expect(cors.ExposeHeaders).toContain("content-disposition");
    expect(cors.AllowHeaders).toEqual(
      expect.arrayContaining(["authorization", "content-type", "idempotency-key"]),
    );
  });

  it("logs every request to a log group", () => {
    const [, stage] = only("AWS::ApiGatewayV2::Stage");
    expect(stage.StageName).toBe("$default");
    expect((stage.AccessLogSettings as Props).DestinationArn).toBeDefined();
    expect(String((stage.AccessLogSettings as Props).Format)).toContain("$context.requestId");
  });
});

describe("sign-in with Cognito", () => {
  it("has one group per role and a Träger id attribute users cannot write themselves", () => {
    expect(
      props("AWS::Cognito::UserPoolGroup")
        .map(([, g]) => g.GroupName)
        .sort(),
    ).toEqual([...ROLES].sort());
    const [, pool] = only("AWS::Cognito::UserPool");
    expect(pool.Schema).toEqual(expect.arrayContaining([expect.objectContaining({ Name: "traeger_id" })]));
    expect(pool.MfaConfiguration).toBe("ON");
    expect((pool.AdminCreateUserConfig as Props).AllowAdminCreateUserOnly).toBe(true);
    const [, client] = only("AWS::Cognito::UserPoolClient");
    expect(client.ReadAttributes).toContain("custom:traeger_id");
    expect(client.WriteAttributes).not.toContain("custom:traeger_id");
    expect(client.GenerateSecret).toBe(false);
    expect(client.CallbackURLs).toEqual([signInUrl(TASK_PANE, SIGN_IN_CALLBACK_PATH)]);
  });

  it("maps groups to the role claim in a pre-token-generation trigger", () => {
    const [, pool] = only("AWS::Cognito::UserPool");
    expect((pool.LambdaConfig as Props).PreTokenGeneration).toBeDefined();
  });
});

describe("task pane hosting", () => {
  it("keeps the bucket private and HTTPS-only", () => {
    const [, bucket] = only("AWS::S3::Bucket");
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const [, policy] = only("AWS::S3::BucketPolicy");
    expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
  });

  it("serves through CloudFront with origin access control, redirecting HTTP to HTTPS", () => {
    const [, distribution] = only("AWS::CloudFront::Distribution");
    const config = distribution.DistributionConfig as Props;
    const behavior = config.DefaultCacheBehavior as Props;
    expect(behavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect((config.Origins as Props[])[0]!.OriginAccessControlId).toBeDefined();
    const [rhpId] = only("AWS::CloudFront::ResponseHeadersPolicy");
    expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: rhpId });
  });

  it("sends HSTS, nosniff, a referrer policy and a CSP for Office.js and this API", () => {
    const [, rhp] = only("AWS::CloudFront::ResponseHeadersPolicy");
    const headers = (rhp.ResponseHeadersPolicyConfig as Props).SecurityHeadersConfig as Record<string, Props>;
    expect(headers.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 63072000,
      Override: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toMatchObject({ ReferrerPolicy: "strict-origin-when-cross-origin" });
    expect(headers.FrameOptions).toBeUndefined();
    const csp = asText(headers.ContentSecurityPolicy!.ContentSecurityPolicy);
    const [apiId] = only("AWS::ApiGatewayV2::Api");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    const [urlId] = only("AWS::Lambda::Url");
    expect(csp).toMatch(
      new RegExp(
        `connect-src 'self' \\{GetAtt:${apiId}\\.ApiEndpoint\\} \\{GetAtt:${urlId}\\.FunctionUrl\\} https://`,
      ),
    );
    expect(csp).toContain("frame-ancestors 'self' https://*.officeapps.live.com");
  });
});

describe("alarms", () => {
  const alarms = () => props("AWS::CloudWatch::Alarm");
  const topicRef = () => ({ Ref: only("AWS::SNS::Topic")[0] });

  it("alarm on API 5xx", () => {
    expect(alarms().some(([, a]) => a.Namespace === "AWS/ApiGateway" && a.MetricName === "5xx")).toBe(true);
  });

  it("alarm on errors and throttles of every route's Lambda", () => {
    for (const route of ROUTES) {
      const [fnId] = functionOf(route.id);
      for (const metric of ["Errors", "Throttles"]) {
        const hit = alarms().find(
          ([, a]) =>
            a.Namespace === "AWS/Lambda" &&
            a.MetricName === metric &&
            JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: "FunctionName", Value: { Ref: fnId } }]),
        );
        expect(hit, `${route.id} ${metric}`).toBeDefined();
      }
    }
  });

  it("alarm on DynamoDB throttling", () => {
    const metrics = alarms().flatMap(([, a]) => asList(a.Metrics as Props[]));
    const names = metrics.map((m) => ((m.MetricStat as Props)?.Metric as Props)?.MetricName);
    expect(names).toEqual(expect.arrayContaining(["ReadThrottleEvents", "WriteThrottleEvents"]));
  });

  it("send every alarm to the topic, which mails the given address", () => {
    for (const [id, a] of alarms()) expect(a.AlarmActions, id).toEqual([topicRef()]);
    const [, subscription] = only("AWS::SNS::Subscription");
    expect(subscription).toMatchObject({ Protocol: "email", Endpoint: "it@example.org" });
  });
});

describe("cdk-nag (AWS Solutions)", () => {
  it("reports no unsuppressed error and no other synth error", () => {
    const errors = synth.messages
      .filter((m) => m.level === "error")
      .map((m) => `${m.id}: ${String(m.entry.data)}`);
    expect(errors).toEqual([]);
  });

  it("gives every suppression a specific reason", () => {
    const suppressions = Object.values(synth.template.toJSON().Resources as Record<string, Props>).flatMap(
      (r) =>
        ((r.Metadata as Props | undefined)?.cdk_nag as { rules_to_suppress?: Props[] })?.rules_to_suppress ??
        [],
    );
    expect(suppressions.length).toBeGreaterThan(0);
    for (const s of suppressions) expect(String(s.reason).length, String(s.id)).toBeGreaterThan(80);
  });
});
