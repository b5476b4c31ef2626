/**
 * Names of the API's own CloudWatch metrics, apart from the Powertools code so the CDK app's alarms
 * (infra/stack/alarms.ts) spell them alike without loading it.
 */
export const METRICS_NAMESPACE = "Foerderbericht";
export const METRICS_SERVICE = "foerderbericht-api";

export const METRIC = {
  submissions: "Submissions",
  findings: "FindingsByRule",
  reviewActions: "ReviewActions",
  signInFailures: "SignInFailures",
} as const;
