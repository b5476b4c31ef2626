import { Aws, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import type { UserPoolDomain } from "aws-cdk-lib/aws-cognito";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  UserPoolOperation,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { NagSuppressions } from "cdk-nag";
import { ROLES } from "../../shared/domain/lifecycle";
import { SIGN_IN_CALLBACK_PATH, signInUrl } from "../../shared/sign-in/sign-in-paths";
import { BundledFunction } from "./bundled-function";
import { cognitoTaskPaneSignIn, type SignInEndpoints } from "./sign-in-endpoints";

export interface CognitoSignInProps {
  envName: string;
  /** Hosted UI domain prefix; must be unique in the region. */
  domainPrefix: string | undefined;
}

/**
 * A Cognito user pool for cities without their own identity provider: one group per role
 * (ROLES), the Träger id as attribute `custom:traeger_id`, and a trigger that turns both into the
 * `role` / `traeger_id` claims the API reads. Users are created by the Koordinierungsstelle, never
 * signed up by themselves; TOTP MFA is required because filings carry salaries.
 */
export class CognitoSignIn extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: CognitoSignInProps) {
    super(scope, id);
    this.userPool = new UserPool(this, "UserPool", {
      userPoolName: `foerderbericht-${props.envName}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: false, mutable: true }, fullname: { required: false } },
      customAttributes: {
        traeger_id: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        // Space-separated programme ids a staff user works on (the `programmes` claim).
        programmes: new StringAttribute({ minLen: 0, maxLen: 512, mutable: true }),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Pre-token generation for ID tokens works on Lite; nothing here needs Essentials or Plus.
      featurePlan: FeaturePlan.LITE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of ROLES) this.userPool.addGroup(`Group-${role}`, { groupName: role });

    const trigger = new BundledFunction(this, "PreTokenGeneration", {
      entry: "infra/sign-in/pre-token-generation.ts",
      description: "Cognito: role and traeger_id claims from group and attribute",
      environment: { ROLE_GROUPS: ROLES.join(",") },
      memorySize: 256,
      timeout: Duration.seconds(5),
    });
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION, trigger.fn);

    this.domain = this.userPool.addDomain("HostedUi", {
      cognitoDomain: {
        domainPrefix: props.domainPrefix ?? `foerderbericht-${props.envName}-${Aws.ACCOUNT_ID}`,
      },
    });

    NagSuppressions.addResourceSuppressions(this.userPool, [
      {
        id: "AwsSolutions-COG8",
        reason:
          "Lite plan, not Plus: Plus (threat protection) costs 0.02 $ per monthly active user with no free tier; here users are created by the Koordinierungsstelle only (no self sign-up), passwords have 12+ characters and TOTP MFA is required. Switch featurePlan to PLUS if the city wants adaptive authentication.",
      },
    ]);
  }

  /**
   * The task pane's app client: code flow with PKCE (no secret in a browser), back to the task
   * pane's page. Apart from the pool because the task pane's origin may be the distribution's domain.
   */
  addTaskPaneClient(taskPaneOrigin: string): { endpoints: SignInEndpoints; hostedUiUrl: string } {
    // The same constant the pane builds its redirect_uri from: Cognito compares them byte for byte.
    const callbackUrl = signInUrl(taskPaneOrigin, SIGN_IN_CALLBACK_PATH);
    const client = this.userPool.addClient("TaskPaneClient", {
      userPoolClientName: "task-pane",
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [callbackUrl],
        logoutUrls: [callbackUrl],
      },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // One working day: sign in in the morning, not again before the evening.
      refreshTokenValidity: Duration.hours(12),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, fullname: true })
        .withCustomAttributes("traeger_id", "programmes"),
      // Users write nothing: a writable custom:traeger_id or custom:programmes would widen their
      // access, a writable `name` would let them choose the display name in the audit trail (issue 18).
      // Only the Koordinierungsstelle sets attributes (admin API / console).
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });
    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    return {
      endpoints: {
        issuer,
        // ID tokens carry the app client id as `aud`; the task pane sends the ID token.
        audience: client.userPoolClientId,
        jwksUrl: `${issuer}/.well-known/jwks.json`,
        signInOrigins: [`https://cognito-idp.${Stack.of(this).region}.amazonaws.com`, ...this.signInOrigins],
        // Cognito's discovery names no end_session_endpoint; its hosted UI logs out at /logout.
        taskPane: cognitoTaskPaneSignIn(issuer, client.userPoolClientId, `${this.domain.baseUrl()}/logout`),
      },
      hostedUiUrl: this.domain.signInUrl(client, { redirectUri: callbackUrl }),
    };
  }

  /** The hosted UI, whose token endpoint the task pane calls (discovery: cognito-idp, added above). */
  get signInOrigins(): string[] {
    return [this.domain.baseUrl()];
  }
}
