import { Annotations, CfnOutput, Lazy, Stack, Tags, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { ROUTES, type RouteDefinition } from "../../shared/api/routes";
import type { StackConfig } from "./stack-config";
import { regionalApiSource, regionalFunctionUrlSource } from "../hosting/task-pane-csp";
import { taskPaneConfig } from "../hosting/task-pane-config";
import { TaskPaneHosting } from "../hosting/task-pane-hosting";
import { ApiAlarms } from "./alarms";
import { ArchiveStream } from "./archive-stream";
import { CognitoSignIn } from "./cognito-sign-in";
import { FilingTable } from "./filing-table";
import { FilingsHttpApi } from "./http-api";
import { RouteFunctions } from "./route-functions";
import { publicAppUrl } from "./public-app-url";
import { oidcEndpoints, type SignInEndpoints } from "./sign-in-endpoints";

export interface FoerderberichtStackProps extends StackProps {
  config: StackConfig;
  /** The route table; every route gets a Lambda, an API route and alarms. */
  routes?: readonly RouteDefinition[];
}

/** One environment of Förderbericht: table, one Lambda per route, HTTP API, sign-in, task pane, alarms. */
export class FoerderberichtStack extends Stack {
  readonly table: FilingTable;
  readonly signIn: SignInEndpoints;
  readonly functions: RouteFunctions;
  readonly httpApi: FilingsHttpApi;
  readonly hosting: TaskPaneHosting;
  readonly alarms: ApiAlarms;
  readonly archive: ArchiveStream;

  constructor(scope: Construct, id: string, props: FoerderberichtStackProps) {
    super(scope, id, props);
    const { config } = props;
    const routes = props.routes ?? ROUTES;
    Tags.of(this).add("project", "foerderbericht");
    Tags.of(this).add("environment", config.envName);

    this.table = new FilingTable(this, "Filings");
    const { signIn } = config;
    const oidc = signIn.kind === "oidc" ? oidcEndpoints(signIn) : undefined;
    const cognito =
      signIn.kind === "cognito"
        ? new CognitoSignIn(this, "SignIn", { envName: config.envName, domainPrefix: signIn.domainPrefix })
        : undefined;
    const signInOrigins = oidc?.signInOrigins ?? cognito!.signInOrigins;

    // With a known task pane origin the CSP names this API exactly. Without one the API's CORS origin
    // is the distribution's domain, and naming the API in the distribution's CSP would be a cycle.
    const apiEndpoint = Lazy.string({ produce: () => this.httpApi.endpoint });
    // The function URL ends in "/": as a CSP source that allows every path below it.
    const archiveUrl = Lazy.string({ produce: () => this.archive.url.url });
    if (!config.taskPaneOrigin)
      Annotations.of(this).addWarningV2(
        "foerderbericht:task-pane-origin",
        "No taskPaneOrigin given: the task pane's CSP allows every API Gateway in the region. After the first deploy, set -c taskPaneOrigin=<TaskPaneUrl output> to pin it to this API.",
      );
    this.hosting = new TaskPaneHosting(this, "TaskPane", {
      addinDist: config.addinDist,
      customDomain:
        config.taskPaneOrigin && config.taskPaneCertificateArn
          ? { origin: config.taskPaneOrigin, certificateArn: config.taskPaneCertificateArn }
          : undefined,
      connectSources: [
        config.taskPaneOrigin ? apiEndpoint : regionalApiSource(this.region),
        config.taskPaneOrigin ? archiveUrl : regionalFunctionUrlSource(this.region),
        ...signInOrigins,
      ],
    });
    const taskPaneOrigin = config.taskPaneOrigin ?? this.hosting.origin;

    // The app client's callback URL is the task pane, so it comes after the distribution.
    const client = cognito?.addTaskPaneClient(taskPaneOrigin);
    this.signIn = oidc ?? client!.endpoints;

    this.functions = new RouteFunctions(this, "Routes", {
      routes,
      table: this.table.table,
      signIn: this.signIn,
      // Resolved once the API exists; its URL names no function, so this is no cycle.
      publicApiUrl: apiEndpoint,
      publicAppUrl: publicAppUrl(config, this.hosting),
    });
    this.httpApi = new FilingsHttpApi(this, "Http", {
      envName: config.envName,
      routes,
      functionOf: (route) => this.functions.byRoute.get(route.id)!.fn,
      signIn: this.signIn,
      allowedOrigin: taskPaneOrigin,
    });
    // The archive downloads, streamed past API Gateway's 6 MB (infra/stack/archive-stream.ts).
    this.archive = new ArchiveStream(this, "Archive", {
      table: this.table.table,
      signIn: this.signIn,
      allowedOrigin: taskPaneOrigin,
    });
    this.hosting.deploy({
      appDomains: [this.httpApi.endpoint, ...signInOrigins],
      // The pane's config.json, from this stack's own resources: nothing to edit after a deploy.
      config: taskPaneConfig({
        apiUrl: this.httpApi.endpoint,
        archiveUrl: this.archive.url.url,
        signIn: this.signIn.taskPane,
      }),
    });

    this.alarms = new ApiAlarms(this, "Alarms", {
      envName: config.envName,
      api: this.httpApi.api,
      functions: new Map([...this.functions.byRoute].map(([routeId, f]) => [routeId, f.fn])),
      table: this.table.table,
      urlFunctions: new Map([["archiveStream", this.archive.fn.fn]]),
      email: config.alarmEmail,
    });

    new CfnOutput(this, "ApiUrl", { value: this.httpApi.endpoint });
    new CfnOutput(this, "TaskPaneUrl", { value: taskPaneOrigin });
    new CfnOutput(this, "ManifestUrl", { value: `${taskPaneOrigin}/manifest.xml` });
    new CfnOutput(this, "TableName", { value: this.table.table.tableName });
    new CfnOutput(this, "AlarmTopicArn", { value: this.alarms.topic.topicArn });
    if (cognito && client) {
      new CfnOutput(this, "UserPoolId", { value: cognito.userPool.userPoolId });
      new CfnOutput(this, "UserPoolClientId", { value: this.signIn.audience });
      new CfnOutput(this, "SignInUrl", { value: client.hostedUiUrl });
    }
  }
}
