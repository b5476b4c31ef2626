import { CfnOutput, Duration } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { FunctionUrlAuthType, HttpMethod, InvokeMode, type FunctionUrl } from "aws-cdk-lib/aws-lambda";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { BundledFunction } from "./bundled-function";
import type { SignInEndpoints } from "./sign-in-endpoints";

export interface ArchiveStreamProps {
  table: ITable;
  signIn: SignInEndpoints;
  /** The only origin browsers may download from (the task pane). */
  allowedOrigin: string;
}

/** The streaming function's entry (functions/archive/stream-handler.ts). */
export const ARCHIVE_STREAM_ENTRY = "functions/archive/stream-handler.ts";

/**
 * The archive downloads, deployed without API Gateway's 6 MB / 30 s bounds: one function behind a
 * Lambda function URL with response streaming (docs/records.md, „Archiv-Export“). The URL has no
 * IAM auth – browsers cannot sign SigV4 – and the function verifies the bearer token itself with the
 * API's verifier and settings. It only reads the table; it may run 15 minutes for a large year.
 */
export class ArchiveStream extends Construct {
  readonly fn: BundledFunction;
  readonly url: FunctionUrl;

  constructor(scope: Construct, id: string, { table, signIn, allowedOrigin }: ArchiveStreamProps) {
    super(scope, id);
    this.fn = new BundledFunction(this, "Stream", {
      entry: ARCHIVE_STREAM_ENTRY,
      description:
        "Archiv-Export (Zip, gestreamt): GET /programmes/{programmeId}/archive/{year}, GET /filings/{id}/archive",
      timeout: Duration.minutes(15),
      environment: {
        TABLE_NAME: table.tableName,
        AUTH_ISSUER: signIn.issuer,
        AUTH_AUDIENCE: signIn.audience,
        AUTH_JWKS_URL: signIn.jwksUrl,
        ...(signIn.roleClaim && { AUTH_ROLE_CLAIM: signIn.roleClaim }),
      },
    });
    table.grantReadData(this.fn.role);
    NagSuppressions.addResourceSuppressions(
      this.fn.role,
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
    this.url = this.fn.fn.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
      invokeMode: InvokeMode.RESPONSE_STREAM,
      cors: {
        allowedOrigins: [allowedOrigin],
        allowedMethods: [HttpMethod.GET],
        allowedHeaders: ["authorization"],
        // The client reads the zip's file name and the 401 challenge.
        exposedHeaders: ["content-disposition", "www-authenticate"],
        maxAge: Duration.minutes(10),
      },
    });
    new CfnOutput(this, "ArchiveUrl", {
      description: "Basis der Archiv-Downloads (streamBaseUrl des API-Clients)",
      value: this.url.url,
    });
  }
}
