import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/api/routes";
import { onlyResource, resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";
import { asText } from "./fixtures/template-values";

// Without bundling: these synths check wiring and cdk-nag, not code (foerderbericht-stack.test.ts does).
const nagErrors = (s: Synthesized) =>
  s.messages.filter((m) => m.level === "error").map((m) => `${m.id}: ${String(m.entry.data)}`);
const cspOf = (s: Synthesized) => {
  const [, rhp] = onlyResource(s.template, "AWS::CloudFront::ResponseHeadersPolicy");
  return asText(
    (
      rhp as {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } };
        };
      }
    ).ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
  );
};

describe("a first deploy that does not know its task pane origin yet, with a route added to the table", () => {
  // A route the table may gain later: nothing in infra/ names routes, so it must appear everywhere.
  const added = {
    ...ROUTES[0],
    id: "addedRoute",
    method: "GET",
    path: "/added/{id}",
    handler: "get-filing",
  } as const;
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthStack({ env: "dev" }, { bundle: false, routes: [...ROUTES, added] });
  }, 180_000);
  afterAll(() => synth?.cleanup());

  it("synthesizes without a dependency cycle and without cdk-nag errors", () => {
    expect(nagErrors(synth)).toEqual([]);
  });

  it("gives the added route its Lambda, its API route behind the authorizer, and its alarms", () => {
    const fn = resourcesOf(synth.template, "AWS::Lambda::Function").find(
      ([, p]) => p.Description === "GET /added/{id}",
    );
    expect(fn).toBeDefined();
    const route = resourcesOf(synth.template, "AWS::ApiGatewayV2::Route").find(
      ([, p]) => p.RouteKey === "GET /added/{id}",
    );
    expect(route?.[1].AuthorizationType).toBe("JWT");
    const alarms = resourcesOf(synth.template, "AWS::CloudWatch::Alarm").filter(
      ([, a]) =>
        JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: "FunctionName", Value: { Ref: fn![0] } }]),
    );
    expect(alarms.map(([, a]) => a.MetricName).sort()).toEqual(["Duration", "Errors", "Throttles"]);
  });

  it("allows CORS from its own CloudFront domain", () => {
    const [distributionId] = onlyResource(synth.template, "AWS::CloudFront::Distribution");
    const [, api] = onlyResource(synth.template, "AWS::ApiGatewayV2::Api");
    expect(asText((api.CorsConfiguration as { AllowOrigins: unknown[] }).AllowOrigins)).toBe(
      `https://{GetAtt:${distributionId}.DomainName}`,
    );
  });

  it("lets the task pane call the region's API Gateway and warns that the CSP should be pinned", () => {
    expect(cspOf(synth)).toContain(
      "connect-src 'self' https://*.execute-api.eu-central-1.amazonaws.com https://*.lambda-url.eu-central-1.on.aws ",
    );
    expect(synth.messages.map((m) => String(m.entry.data)).join("\n")).toMatch(/No taskPaneOrigin given/);
  });
});

describe("sign-in through the city's OIDC provider, task pane on the city's domain", () => {
  const ISSUER = "https://login.microsoftonline.com/tenant-id/v2.0";
  const JWKS = "https://login.microsoftonline.com/tenant-id/discovery/v2.0/keys";
  const ORIGIN = "https://foerderbericht.example.de";
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthStack(
      {
        env: "prod",
        oidcIssuer: ISSUER,
        oidcAudience: "api://foerderbericht",
        oidcJwksUrl: JWKS,
        taskPaneOrigin: ORIGIN,
        taskPaneCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abc",
      },
      { bundle: false },
    );
  }, 180_000);
  afterAll(() => synth?.cleanup());

  it("synthesizes without cdk-nag errors and without a Cognito user pool", () => {
    expect(nagErrors(synth)).toEqual([]);
    expect(resourcesOf(synth.template, "AWS::Cognito::UserPool")).toEqual([]);
  });

  it("authorizes with the given issuer and audience, and the handlers verify against the same", () => {
    const [, authorizer] = onlyResource(synth.template, "AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.JwtConfiguration).toEqual({ Issuer: ISSUER, Audience: ["api://foerderbericht"] });
    const authed = resourcesOf(synth.template, "AWS::Lambda::Function").filter(
      ([, fn]) =>
        (fn.Environment as { Variables?: Record<string, string> } | undefined)?.Variables?.AUTH_ISSUER,
    );
    // One function per authenticated route, plus the archive's streaming function (it verifies itself).
    expect(authed).toHaveLength(ROUTES.filter((r) => r.auth).length + 1);
    for (const [, fn] of authed)
      expect((fn.Environment as { Variables: Record<string, string> }).Variables).toMatchObject({
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: "api://foerderbericht",
        AUTH_JWKS_URL: JWKS,
      });
  });

  it("serves the task pane on the city's domain with TLS 1.2 at least and names the identity provider in the CSP", () => {
    const [, distribution] = onlyResource(synth.template, "AWS::CloudFront::Distribution");
    const config = distribution.DistributionConfig as {
      Aliases: string[];
      ViewerCertificate: Record<string, unknown>;
    };
    expect(config.Aliases).toEqual(["foerderbericht.example.de"]);
    expect(config.ViewerCertificate.MinimumProtocolVersion).toBe("TLSv1.2_2021");
    expect(cspOf(synth)).toContain(" https://login.microsoftonline.com;");
    const [, api] = onlyResource(synth.template, "AWS::ApiGatewayV2::Api");
    expect((api.CorsConfiguration as { AllowOrigins: string[] }).AllowOrigins).toEqual([ORIGIN]);
  });
});
