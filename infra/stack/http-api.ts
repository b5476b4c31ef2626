import { Duration } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  LogGroupLogDestination,
  PayloadFormatVersion,
  type HttpStage,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { idempotencyHeader } from "../../shared/api/edge-schemas";
import type { RouteDefinition } from "../../shared/api/routes";
import type { SignInEndpoints } from "./sign-in-endpoints";

export interface FilingsHttpApiProps {
  envName: string;
  routes: readonly RouteDefinition[];
  functionOf: (route: RouteDefinition) => IFunction;
  signIn: SignInEndpoints;
  /** The only origin browsers may call the API from. */
  allowedOrigin: string;
}

/**
 * One access log line per request: ids, route, status and timings. No IP address or user agent –
 * the request id leads to the handler's log line, and the audit trail in the table names the actor.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    time: "$context.requestTime",
    routeKey: "$context.routeKey",
    status: "$context.status",
    latencyMs: "$context.responseLatency",
    integrationLatencyMs: "$context.integrationLatency",
    responseLength: "$context.responseLength",
    authorizerError: "$context.authorizer.error",
    integrationError: "$context.integrationErrorMessage",
  }),
);

/**
 * The HTTP API (payload format 2.0: handlers answer `isBase64Encoded` for workbooks and API Gateway
 * base64-encodes uploads it does not know as text, so xlsx passes both ways without binary media
 * types). Routes with `auth: true` sit behind a JWT authorizer; the handlers verify the token again.
 */
export class FilingsHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: FilingsHttpApiProps) {
    super(scope, id);
    const methods = [...new Set(props.routes.map((r) => r.method))];
    this.api = new HttpApi(this, "Api", {
      apiName: `foerderbericht-${props.envName}`,
      description: "Förderbericht: Verwendungsnachweise und Jahresberichte",
      // The $default stage is added below, with access logs and throttling the props here cannot set.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.allowedOrigin],
        allowMethods: methods.map((m) => CorsHttpMethod[m]),
        allowHeaders: ["authorization", "content-type", idempotencyHeader],
        // The task pane reads the workbook's file name and the 401 challenge.
        exposeHeaders: ["content-disposition", "www-authenticate"],
        maxAge: Duration.minutes(10),
      },
    });
    const accessLogs = new LogGroup(this, "AccessLogs", { retention: RetentionDays.ONE_YEAR });
    this.stage = this.api.addStage("DefaultStage", {
      stageName: "$default",
      autoDeploy: true,
      // Far above ten Träger's needs; it caps what a runaway client can cost.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    const authorizer = new HttpJwtAuthorizer("JwtAuthorizer", props.signIn.issuer, {
      jwtAudience: [props.signIn.audience],
      identitySource: ["$request.header.Authorization"],
    });
    for (const route of props.routes) {
      const [apiRoute] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, props.functionOf(route), {
          payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
        }),
        authorizer: route.auth ? authorizer : new HttpNoneAuthorizer(),
      });
      if (!route.auth && apiRoute)
        NagSuppressions.addResourceSuppressions(apiRoute, [
          {
            id: "AwsSolutions-APIG4",
            reason: `${route.method} ${route.path} is public by design (auth: false in shared/api/routes.ts): it serves the OpenAPI description, which holds no data.`,
          },
        ]);
    }
  }

  /** `https://<id>.execute-api.<region>.amazonaws.com` – what the task pane calls. */
  get endpoint(): string {
    return this.api.apiEndpoint;
  }
}
