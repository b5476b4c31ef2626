import { isAbsolute, join } from "node:path";
import { REPO_ROOT } from "../repo-root";
import type { OidcContext } from "./sign-in-endpoints";

/** Who signs users in: a Cognito user pool of this stack, or an identity provider the city runs. */
export type SignInConfig =
  | { kind: "cognito"; domainPrefix: string | undefined }
  // The city's provider: issuer, audience, keys, and optionally app registration, scope, role claim.
  | ({ kind: "oidc" } & OidcContext);

/** Everything one environment's stack is parameterised by; read from CDK context (`-c key=value`). */
export interface StackConfig {
  envName: string;
  region: string;
  signIn: SignInConfig;
  /**
   * Origin the task pane is served from (`https://…`, no path). Without it the stack uses its own
   * CloudFront domain, which it only knows at deploy time – see taskPaneCsp for what that costs.
   */
  taskPaneOrigin: string | undefined;
  /** ACM certificate (us-east-1) for a taskPaneOrigin that is not a *.cloudfront.net domain. */
  taskPaneCertificateArn: string | undefined;
  alarmEmail: string | undefined;
  /** Absolute path of the built task pane (`npm run build` in addin/ writes dist/addin). */
  addinDist: string;
}

/** The context keys, as documented in the README's "Deploy to AWS". */
export const CONTEXT_KEYS = [
  "env",
  "region",
  "oidcIssuer",
  "oidcAudience",
  "oidcJwksUrl",
  "oidcClientId",
  "oidcScope",
  "oidcRoleClaim",
  "cognitoDomainPrefix",
  "taskPaneOrigin",
  "taskPaneCertificateArn",
  "alarmEmail",
  "addinDist",
] as const;

export type ContextKey = (typeof CONTEXT_KEYS)[number];

const fail = (message: string): never => {
  throw new Error(`Context: ${message}`);
};

const httpsUrl = (key: string, value: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`${key} must be a URL, got "${value}"`);
  }
  if (url.protocol !== "https:") fail(`${key} must use https, got "${value}"`);
  return value;
};

const origin = (key: string, value: string): string => {
  const url = new URL(httpsUrl(key, value));
  if (value.replace(/\/$/, "") !== url.origin)
    fail(`${key} must be an origin without a path, got "${value}"`);
  return url.origin;
};

const optional = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

const signInFrom = (get: (key: ContextKey) => string | undefined): SignInConfig => {
  const issuer = get("oidcIssuer");
  const audience = get("oidcAudience");
  const jwksUrl = get("oidcJwksUrl");
  if (!issuer && !audience && !jwksUrl) return { kind: "cognito", domainPrefix: get("cognitoDomainPrefix") };
  // All three: Entra ID's keys do not live at <issuer>/.well-known/jwks.json, so no URL is guessed.
  if (!issuer || !audience || !jwksUrl)
    return fail(
      "oidcIssuer, oidcAudience and oidcJwksUrl go together (the handlers verify tokens with all three)",
    );
  return {
    kind: "oidc",
    issuer: httpsUrl("oidcIssuer", issuer),
    audience,
    jwksUrl: httpsUrl("oidcJwksUrl", jwksUrl),
    ...optional("clientId", get("oidcClientId")),
    ...optional("scope", get("oidcScope")),
    ...optional("roleClaim", get("oidcRoleClaim")),
  };
};

/** Reads and checks the context; a wrong value fails synth with the key's name, not at deploy time. */
export const readStackConfig = (read: (key: ContextKey) => unknown): StackConfig => {
  const get = (key: ContextKey): string | undefined => {
    const value = read(key);
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") return fail(`${key} must be a string`);
    return value.trim();
  };
  const envName = get("env") ?? "dev";
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(envName))
    fail(`env must be lower-case letters, digits and dashes (at most 20), got "${envName}"`);
  const alarmEmail = get("alarmEmail");
  if (alarmEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(alarmEmail))
    fail(`alarmEmail is no e-mail address: "${alarmEmail}"`);
  const taskPaneOrigin = get("taskPaneOrigin");
  const taskPaneCertificateArn = get("taskPaneCertificateArn");
  const checkedOrigin = taskPaneOrigin ? origin("taskPaneOrigin", taskPaneOrigin) : undefined;
  if (checkedOrigin && !checkedOrigin.endsWith(".cloudfront.net") && !taskPaneCertificateArn)
    fail(
      "a taskPaneOrigin on your own domain needs taskPaneCertificateArn (an ACM certificate in us-east-1)",
    );
  if (taskPaneCertificateArn && !checkedOrigin) fail("taskPaneCertificateArn needs taskPaneOrigin");
  const addinDist = get("addinDist") ?? "dist/addin";
  return {
    envName,
    region: get("region") ?? "eu-central-1",
    signIn: signInFrom(get),
    taskPaneOrigin: checkedOrigin,
    taskPaneCertificateArn,
    alarmEmail,
    addinDist: isAbsolute(addinDist) ? addinDist : join(REPO_ROOT, addinDist),
  };
};
