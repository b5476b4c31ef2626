import { Duration } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  Alarm,
  ComparisonOperator,
  MathExpression,
  TreatMissingData,
  type IMetric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { Table } from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";

export interface ApiAlarmsProps {
  envName: string;
  api: HttpApi;
  /** Route id → its Lambda. */
  functions: ReadonlyMap<string, IFunction>;
  table: Table;
  email: string | undefined;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms that fire on the first occurrence: with about thirty filings a year every 5xx, Lambda error
 * or throttle is a person who could not submit, so there is no background rate to tolerate.
 */
export class ApiAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

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

    const alarm = (id: string, description: string, metric: IMetric) => {
      const created = new Alarm(this, id, {
        alarmDescription: `Förderbericht ${props.envName}: ${description}`,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(this.topic));
      created.addOkAction(new SnsAction(this.topic));
      this.alarms.push(created);
    };

    alarm("Api5xx", "die API hat mit 5xx geantwortet", props.api.metricServerError({ period: PERIOD }));
    // One alarm per function and kind: the alarm's name says which route broke, and a route added to
    // functions/routes.ts gets its alarms without an edit here (metric math would stop at 10 metrics).
    for (const [routeId, fn] of props.functions) {
      alarm(`${routeId}Errors`, `Lambda ${routeId} ist fehlgeschlagen`, fn.metricErrors({ period: PERIOD }));
      alarm(
        `${routeId}Throttles`,
        `Lambda ${routeId} wurde gedrosselt`,
        fn.metricThrottles({ period: PERIOD }),
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
  }
}
