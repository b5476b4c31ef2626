import { Duration } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  Metric,
  TreatMissingData,
  type IMetric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import { Function as LambdaFunction, type IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";
import { METRIC, METRICS_NAMESPACE, METRICS_SERVICE } from "../../functions/http/metric-names";
import { budgetAmountFrom, BUDGET_CONTEXT, CostBudget } from "./cost-budget";

export interface ApiAlarmsProps {
  envName: string;
  api: HttpApi;
  /** Route id → its Lambda. */
  functions: ReadonlyMap<string, IFunction>;
  table: Table;
  email: string | undefined;
  /**
   * Functions outside the HTTP API (the archive's streaming function URL): name → function. They get
   * what a route's function gets, plus 5xx of their function URL (API Gateway's 5xx cannot see them).
   */
  urlFunctions?: ReadonlyMap<string, IFunction>;
}

const PERIOD = Duration.minutes(5);
/** A Lambda slower than this share of its timeout is about to time out for someone. */
export const DURATION_SHARE = 0.8;
/**
 * 4xx and 401 are normal one at a time (a typo in a filing id, an expired token); dozens within five
 * minutes are a broken client release or someone trying tokens. The city's busiest hour is ~30
 * people submitting at once, far below these.
 */
export const CLIENT_ERROR_SPIKE = 50;
export const SIGN_IN_FAILURE_SPIKE = 20;

/**
 * Alarms that fire on the first occurrence: with about thirty filings a year every 5xx, Lambda error
 * or throttle is a person who could not submit, so there is no background rate to tolerate. Besides:
 * a Lambda near its timeout, spikes of 4xx and of rejected tokens, and the monthly cost budget.
 */
export class ApiAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly budget: CostBudget;

  constructor(scope: Construct, id: string, props: ApiAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", {
      displayName: `Förderbericht ${props.envName}: Alarme`,
      enforceSSL: true,
    });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    NagSuppressions.addResourceSuppressions(this.topic, [
      {
        id: "AwsSolutions-SNS2",
        reason:
          "CloudWatch cannot publish to a topic encrypted with the AWS-managed key aws/sns, and a customer-managed key (1 $/month) would protect only alarm names and metric values – the messages carry no personal data.",
      },
    ]);

    const alarm = (id: string, description: string, metric: IMetric, threshold = 1) => {
      const created = new Alarm(this, id, {
        alarmDescription: `Förderbericht ${props.envName}: ${description}`,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(this.topic));
      created.addOkAction(new SnsAction(this.topic));
      this.alarms.push(created);
    };

    alarm("Api5xx", "die API hat mit 5xx geantwortet", props.api.metricServerError({ period: PERIOD }));
    alarm(
      "Api4xxSpike",
      `mehr als ${CLIENT_ERROR_SPIKE - 1} Antworten 4xx in 5 Minuten`,
      props.api.metricClientError({ period: PERIOD, statistic: "Sum" }),
      CLIENT_ERROR_SPIKE,
    );
    // 401s the Lambdas answer (define-handler counts them); the JWT authorizer's own 401s are in 4xx.
    alarm(
      "SignInFailureSpike",
      `mehr als ${SIGN_IN_FAILURE_SPIKE - 1} abgewiesene Anmeldungen (401) in 5 Minuten`,
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC.signInFailures,
        dimensionsMap: { service: METRICS_SERVICE },
        statistic: "Sum",
        period: PERIOD,
      }),
      SIGN_IN_FAILURE_SPIKE,
    );
    // One alarm per function and kind: the alarm's name says which route broke, and a route added to
    // shared/api/routes.ts gets its alarms without an edit here (metric math would stop at 10 metrics).
    const functionAlarms = (routeId: string, fn: IFunction) => {
      alarm(`${routeId}Errors`, `Lambda ${routeId} ist fehlgeschlagen`, fn.metricErrors({ period: PERIOD }));
      alarm(
        `${routeId}Throttles`,
        `Lambda ${routeId} wurde gedrosselt`,
        fn.metricThrottles({ period: PERIOD }),
      );
      const timeout = fn instanceof LambdaFunction ? fn.timeout : undefined;
      if (timeout)
        alarm(
          `${routeId}NearTimeout`,
          `Lambda ${routeId} brauchte über ${DURATION_SHARE * 100} % ihres Timeouts (${timeout.toSeconds()} s)`,
          fn.metricDuration({ period: PERIOD, statistic: "Maximum" }),
          Math.round(timeout.toMilliseconds() * DURATION_SHARE),
        );
    };
    for (const [routeId, fn] of props.functions) functionAlarms(routeId, fn);
    for (const [name, fn] of props.urlFunctions ?? []) {
      functionAlarms(name, fn);
      alarm(
        `${name}Url5xx`,
        `die Funktions-URL von ${name} hat mit 5xx geantwortet`,
        new Metric({
          namespace: "AWS/Lambda",
          metricName: "Url5xxCount",
          dimensionsMap: { FunctionName: fn.functionName },
          statistic: "Sum",
          period: PERIOD,
        }),
      );
    }
    alarm(
      "TableThrottles",
      "DynamoDB hat Lese- oder Schreibzugriffe gedrosselt",
      new MathExpression({
        expression: "reads + writes",
        label: "Gedrosselte Zugriffe",
        period: PERIOD,
        usingMetrics: {
          reads: props.table.metric("ReadThrottleEvents", { statistic: "Sum", period: PERIOD }),
          writes: props.table.metric("WriteThrottleEvents", { statistic: "Sum", period: PERIOD }),
        },
      }),
    );
    this.budget = new CostBudget(this, "Cost", {
      envName: props.envName,
      topic: this.topic,
      amountUsd: budgetAmountFrom(this.node.tryGetContext(BUDGET_CONTEXT)),
    });
  }
}
