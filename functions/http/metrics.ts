import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";

import { METRIC, METRICS_NAMESPACE, METRICS_SERVICE } from "./metric-names";

export { METRIC, METRICS_NAMESPACE } from "./metric-names";

export interface RequestOutcome {
  routeId: string;
  status: number;
  /** The review action (kenntnis, zurueckgeben, …): a fixed word of the lifecycle, never free text. */
  action?: string;
  /** Rule ids of the request's findings – ids from shared/rules, never a message or a value. */
  rules?: readonly string[];
}

/**
 * Counts what the city asks about (submissions, findings per rule, review actions, failed sign-ins)
 * from one request's outcome. Dimensions are route ids, rule ids and action words only: no user,
 * Träger, filing or amount ever becomes a dimension. Flushed at the end of every invocation.
 */
export const recordRequestMetrics = (metrics: Metrics, outcome: RequestOutcome): void => {
  const { routeId, status } = outcome;
  if (status === 401) metrics.addMetric(METRIC.signInFailures, MetricUnit.Count, 1);
  if (routeId === "submitFiling" && status === 201)
    metrics.addMetric(METRIC.submissions, MetricUnit.Count, 1);
  if (routeId === "reviewFiling" && status < 400 && outcome.action) {
    const single = metrics.singleMetric();
    single.addDimension("action", outcome.action);
    single.addMetric(METRIC.reviewActions, MetricUnit.Count, 1);
  }
  const perRule = new Map<string, number>();
  for (const rule of outcome.rules ?? []) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  for (const [rule, count] of perRule) {
    const single = metrics.singleMetric();
    single.addDimension("rule", rule);
    single.addMetric(METRIC.findings, MetricUnit.Count, count);
  }
  // Without this check Powertools warns "No application metrics to publish" on every other request.
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
};

/** The API's one Metrics instance (EMF lines on stdout, which Lambda turns into CloudWatch metrics). */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: METRICS_SERVICE });
