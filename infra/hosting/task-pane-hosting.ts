import { Annotations, Duration, Stack } from "aws-cdk-lib";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../repo-root";
import { TASK_PANE_CONFIG_PATH } from "../../shared/sign-in/sign-in-paths";
import type { TaskPaneConfigInput } from "../../shared/sign-in/task-pane-config-schema";
import { addinIdFor, productionManifest } from "./production-manifest";
import { splitHashedAssets } from "./split-hashed-assets";
import { TASK_PANE_HSTS_DAYS, taskPaneCsp } from "./task-pane-csp";

export interface TaskPaneHostingProps {
  /** The built task pane; a placeholder page is deployed while it does not exist. */
  addinDist: string;
  /** A custom domain (`https://…`) with its us-east-1 certificate, or none: the CloudFront domain. */
  customDomain: { origin: string; certificateArn: string } | undefined;
  /** Sources the task pane may fetch from (CSP connect-src). */
  connectSources: readonly string[];
}

const PLACEHOLDER = join(REPO_ROOT, "infra/hosting/placeholder");

const hasFiles = (dir: string) => existsSync(dir) && readdirSync(dir).length > 0;

/**
 * The task pane's static files: a private S3 bucket read only by CloudFront (origin access control),
 * HTTPS only, with security headers on every response, and the production manifest.xml beside them.
 */
export class TaskPaneHosting extends Construct {
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  /** `https://<domain>` the task pane and manifest are served from. */
  readonly origin: string;
  private readonly bucket: Bucket;
  private readonly addinDist: string;

  constructor(scope: Construct, id: string, props: TaskPaneHostingProps) {
    super(scope, id);
    this.addinDist = props.addinDist;
    const bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
    });

    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "Förderbericht task pane: HSTS, nosniff, referrer policy, CSP for Office.js",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: taskPaneCsp({ connectSources: props.connectSources }),
          override: true,
        },
        contentTypeOptions: { override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(TASK_PANE_HSTS_DAYS),
          includeSubdomains: true,
          override: true,
        },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        // No X-Frame-Options: Office on the web shows the task pane in a frame; frame-ancestors rules it.
      },
    });

    const domain = props.customDomain;
    this.distribution = new Distribution(this, "Distribution", {
      comment: "Förderbericht task pane",
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeadersPolicy,
      },
      // Users are in Lüneburg: edge locations in Europe and North America are enough and cheapest.
      priceClass: PriceClass.PRICE_CLASS_100,
      httpVersion: HttpVersion.HTTP2_AND_3,
      ...(domain
        ? {
            // Only a custom certificate lets CloudFront refuse TLS below 1.2 (see the CFR4 suppression).
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            domainNames: [new URL(domain.origin).host],
            certificate: Certificate.fromCertificateArn(this, "Certificate", domain.certificateArn),
          }
        : {}),
    });
    this.origin = domain?.origin ?? `https://${this.distribution.distributionDomainName}`;
    this.bucket = bucket;

    NagSuppressions.addResourceSuppressions(bucket, [
      {
        id: "AwsSolutions-S1",
        reason:
          "The bucket holds only the public task pane build (HTML, JS, icons) and the manifest, no personal data; only CloudFront may read it (OAC), and CloudFront sees every request.",
      },
    ]);
    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: "AwsSolutions-CFR1",
        reason:
          "No geo restriction: Träger staff may open Excel from anywhere (travel, home office); the files are static and carry no data.",
      },
      {
        id: "AwsSolutions-CFR2",
        reason:
          "No WAF in front of static files: a web ACL costs at least 5 $/month plus rules, more than the whole stack at this scale; the data is behind the API's JWT authorizer, not here.",
      },
      {
        id: "AwsSolutions-CFR3",
        reason:
          "No CloudFront access logs: the files are public static assets; standard logging would need an ACL-enabled log bucket for no audit value. API requests are logged at the API.",
      },
      ...(domain
        ? []
        : [
            {
              id: "AwsSolutions-CFR4",
              reason:
                "On the default *.cloudfront.net certificate CloudFront fixes the TLS policy itself; with a custom domain (taskPaneOrigin + taskPaneCertificateArn) TLSv1.2_2021 is set.",
            },
          ]),
    ]);
  }

  /**
   * Uploads the task pane (or the placeholder), its config.json and the production manifest.xml, then
   * invalidates the cache. Apart from the constructor because manifest and config name the API, which
   * needs this origin first. Hashed files go up first with `immutable`; pages, config.json and the
   * manifest with `no-cache`, so a browser never pairs a new page with an old app.js or vice versa.
   */
  deploy({
    appDomains,
    config,
  }: {
    appDomains: readonly string[];
    config: TaskPaneConfigInput;
  }): BucketDeployment {
    const built = hasFiles(this.addinDist);
    if (!built)
      Annotations.of(this).addWarningV2(
        "foerderbericht:addin-not-built",
        `${this.addinDist} is missing: deploying a placeholder page instead of the task pane.`,
      );
    const manifest = productionManifest(readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8"), {
      taskPaneOrigin: this.origin,
      appDomains,
      version: (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string })
        .version,
      addinId: addinIdFor(Stack.of(this).stackName),
    });
    const split = splitHashedAssets(built ? this.addinDist : PLACEHOLDER);
    const logGroup = new LogGroup(this, "DeployLogs", { retention: RetentionDays.ONE_YEAR });
    // No prune on either: each would delete the other's files; old hashed files stay for pages still open.
    const hashed = new BucketDeployment(this, "DeployHashed", {
      sources: [Source.asset(split.hashed)],
      destinationBucket: this.bucket,
      prune: false,
      cacheControl: [CacheControl.fromString("public, max-age=31536000, immutable")],
      logGroup,
    });
    const deployment = new BucketDeployment(this, "Deploy", {
      sources: [
        Source.asset(split.mutable),
        // One placeholder page (index.html) answers under the add-in's name too, so Excel shows it.
        ...(built
          ? []
          : [Source.data("taskpane.html", readFileSync(join(PLACEHOLDER, "index.html"), "utf8"))]),
        Source.data("manifest.xml", manifest),
        Source.jsonData(TASK_PANE_CONFIG_PATH.slice(1), config),
      ],
      destinationBucket: this.bucket,
      prune: false,
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ["/*"],
      logGroup,
    });
    deployment.node.addDependency(hashed);
    suppressDeploymentFindings(this, deployment);
    return deployment;
  }
}

/**
 * BucketDeployment runs one CDK-provided Lambda per stack (a singleton beside this construct) with
 * CDK's own role; its findings are about CDK's code, explained here once.
 */
const suppressDeploymentFindings = (scope: Construct, deployment: BucketDeployment) => {
  NagSuppressions.addResourceSuppressions(
    deployment.handlerRole,
    [
      {
        id: "AwsSolutions-IAM4",
        reason:
          "CDK's BucketDeployment handler role uses AWSLambdaBasicExecutionRole (log writing only); the role is created by CDK and cannot be given a custom policy instead.",
        appliesTo: ["Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
      },
      {
        id: "AwsSolutions-IAM5",
        reason:
          "CDK's BucketDeployment copies the task pane asset from the CDK asset bucket into this stack's task pane bucket and prunes old files: object-level actions (s3:GetObject*, s3:List*, s3:DeleteObject*, s3:Abort*) on those two buckets' objects, and cloudfront:CreateInvalidation/GetInvalidation, which CloudFront grants only on '*'.",
        appliesTo: [
          "Action::s3:GetObject*",
          "Action::s3:GetBucket*",
          "Action::s3:List*",
          "Action::s3:DeleteObject*",
          "Action::s3:Abort*",
          "Resource::*",
          {
            regex: "/^Resource::arn:<AWS::Partition>:s3:::cdk-[a-z0-9]+-assets-<AWS::AccountId>-.+\\/\\*$/g",
          },
          { regex: "/^Resource::<.+Bucket.+\\.Arn>\\/\\*$/g" },
        ],
      },
    ],
    true,
  );
  const handler = Stack.of(scope).node.children.filter((c) =>
    c.node.id.startsWith("Custom::CDKBucketDeployment"),
  );
  NagSuppressions.addResourceSuppressions(handler, [
    {
      id: "AwsSolutions-L1",
      reason:
        "The BucketDeployment handler's runtime (Python, with the AWS CLI layer) is chosen by aws-cdk-lib and moves with CDK updates; it only runs during deployments.",
    },
  ]);
};
