import { Duration } from "aws-cdk-lib";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { join } from "node:path";
import { cdkBundling } from "../bundle/cdk-bundling";
import { REPO_ROOT } from "../repo-root";

export interface BundledFunctionProps {
  /** TypeScript entry relative to the repository root. */
  entry: string;
  description: string;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
}

/**
 * A Node 22 arm64 Lambda bundled by esbuild as LAMBDA_BUNDLE says, with its own log group (kept one
 * year) and its own role that may write only to that log group – no AWSLambdaBasicExecutionRole,
 * whose logs:CreateLogGroup on `*` this function does not need. X-Ray tracing is active, which is
 * what Powertools' Tracer expects if a handler adds it later.
 */
export class BundledFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, "Logs", { retention: RetentionDays.ONE_YEAR });
    this.role = new Role(this, "Role", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: props.description,
    });
    this.logGroup.grantWrite(this.role);
    this.fn = new NodejsFunction(this, "Function", {
      entry: join(REPO_ROOT, props.entry),
      handler: "handler",
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, "package-lock.json"),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      // CPU comes with memory: at 1024 MB module init and workbook reading are several times faster
      // than at 128 MB, and at this traffic the difference costs cents a year (see README).
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      description: props.description,
      // The bundles carry a source map (LAMBDA_BUNDLE): stack traces in the logs point at the source.
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      bundling: cdkBundling(),
    });
    NagSuppressions.addResourceSuppressions(this.fn, [
      {
        id: "AwsSolutions-L1",
        reason:
          "Node 22 on purpose: the bundles are built for target node22 and measured and tested that way (npm run bench, tests/infra); Node 22 is supported by Lambda into 2027. Move runtime and LAMBDA_BUNDLE.target together once the bench has run on Node 24.",
      },
    ]);
    NagSuppressions.addResourceSuppressions(
      this.role,
      [
        {
          id: "AwsSolutions-IAM5",
          reason:
            "Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which X-Ray grants only on Resource '*' (no resource-level permissions exist for them).",
          appliesTo: ["Resource::*"],
        },
      ],
      true,
    );
  }
}
