import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { ROUTES_WITH_LINKS } from "../../functions/http/link-base";
import { handlerEntry } from "../../functions/handler-entry";
import { type RouteDefinition } from "../../shared/api/routes";
import { BundledFunction } from "./bundled-function";
import type { SignInEndpoints } from "./sign-in-endpoints";
import { tableAccessOf } from "./table-access";

export interface RouteFunctionsProps {
  routes: readonly RouteDefinition[];
  table: ITable;
  signIn: SignInEndpoints;
  /** The API's URL, for links in generated workbooks (functions/http/link-base.ts). */
  publicApiUrl: string;
  /** The web app's URL, where those links point (infra/stack/public-app-url.ts). */
  publicAppUrl: string;
}

/**
 * One Lambda per route of the route table, each with only the table access its route needs and only
 * the environment its handler reads (functions/http/store-from-env.ts, functions/auth/verify-token.ts).
 */
export class RouteFunctions extends Construct {
  readonly byRoute = new Map<string, BundledFunction>();

  constructor(
    scope: Construct,
    id: string,
    { routes, table, signIn, publicApiUrl, publicAppUrl }: RouteFunctionsProps,
  ) {
    super(scope, id);
    for (const route of routes) {
      const access = tableAccessOf(route);
      const fn = new BundledFunction(this, route.id, {
        entry: handlerEntry(route),
        description: `${route.method} ${route.path}`,
        environment: {
          ...(access !== "none" ? { TABLE_NAME: table.tableName } : {}),
          ...(route.auth
            ? {
                AUTH_ISSUER: signIn.issuer,
                AUTH_AUDIENCE: signIn.audience,
                AUTH_JWKS_URL: signIn.jwksUrl,
                ...(signIn.roleClaim && { AUTH_ROLE_CLAIM: signIn.roleClaim }),
              }
            : {}),
          ...((ROUTES_WITH_LINKS as readonly string[]).includes(route.id)
            ? { PUBLIC_API_URL: publicApiUrl, PUBLIC_APP_URL: publicAppUrl }
            : {}),
        },
      });
      if (access === "read") table.grantReadData(fn.role);
      if (access === "read-write") table.grantReadWriteData(fn.role);
      if (access !== "none")
        NagSuppressions.addResourceSuppressions(
          fn.role,
          [
            {
              id: "AwsSolutions-IAM5",
              reason:
                "Listing a year's filings is a Query on the table's GSI, whose ARN is <table ARN>/index/<name>; the grant covers only this table's indexes, never another table.",
              appliesTo: [{ regex: "/^Resource::<.+\\.Arn>\\/index\\/\\*$/g" }],
            },
          ],
          true,
        );
      this.byRoute.set(route.id, fn);
    }
  }
}
