import { describe, expect, it } from "vitest";
import { readStackConfig, type ContextKey } from "./stack-config";

const config = (context: Partial<Record<ContextKey, string>>) =>
  readStackConfig((key) => context[key as ContextKey]);

describe("readStackConfig", () => {
  it("defaults to env dev in eu-central-1 with Cognito and the task pane from dist/addin", () => {
    const c = config({});
    expect(c).toMatchObject({ envName: "dev", region: "eu-central-1", signIn: { kind: "cognito" } });
    expect(c.taskPaneOrigin).toBeUndefined();
    expect(c.addinDist).toMatch(/\/dist\/addin$/);
  });

  it("takes an OIDC issuer with audience and JWKS URL instead of Cognito", () => {
    const c = config({
      oidcIssuer: "https://login.microsoftonline.com/tenant/v2.0",
      oidcAudience: "api://foerderbericht",
      oidcJwksUrl: "https://login.microsoftonline.com/tenant/discovery/v2.0/keys",
    });
    expect(c.signIn).toEqual({
      kind: "oidc",
      issuer: "https://login.microsoftonline.com/tenant/v2.0",
      audience: "api://foerderbericht",
      jwksUrl: "https://login.microsoftonline.com/tenant/discovery/v2.0/keys",
    });
  });

  it("refuses half an OIDC configuration", () => {
    expect(() => config({ oidcIssuer: "https://idp.example" })).toThrow(/go together/);
  });

  it("normalises the task pane origin and refuses one with a path or without https", () => {
    expect(config({ taskPaneOrigin: "https://d1.cloudfront.net/" }).taskPaneOrigin).toBe(
      "https://d1.cloudfront.net",
    );
    expect(() => config({ taskPaneOrigin: "https://d1.cloudfront.net/addin" })).toThrow(/without a path/);
    expect(() => config({ taskPaneOrigin: "http://d1.cloudfront.net" })).toThrow(/https/);
  });

  it("needs a certificate for a task pane on the city's own domain", () => {
    expect(() => config({ taskPaneOrigin: "https://foerderbericht.example.de" })).toThrow(
      /taskPaneCertificateArn/,
    );
  });

  it("refuses an env name that cannot be part of resource names", () => {
    expect(() => config({ env: "Prod_1" })).toThrow(/env must be/);
  });

  it("refuses an alarm address that is no e-mail address", () => {
    expect(() => config({ alarmEmail: "it-abteilung" })).toThrow(/alarmEmail/);
  });
});
