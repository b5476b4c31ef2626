import { CfnBudget } from "aws-cdk-lib/aws-budgets";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

/** CDK context key: the monthly cost budget in US dollars (`-c monthlyBudgetUsd=50`). */
export const BUDGET_CONTEXT = "monthlyBudgetUsd";
/** The city's scale costs about 3 $ a month (README, cost table): 20 $ leaves room, yet catches a runaway. */
export const DEFAULT_MONTHLY_BUDGET_USD = 20;

export const budgetAmountFrom = (value: unknown): number => {
  if (value === undefined || value === null || value === "") return DEFAULT_MONTHLY_BUDGET_USD;
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0)
    throw new Error(
      `Context: ${BUDGET_CONTEXT} must be a positive number of US dollars, got "${String(value)}"`,
    );
  return amount;
};

export interface CostBudgetProps {
  envName: string;
  topic: Topic;
  amountUsd: number;
}

/**
 * A monthly cost budget of the whole account (the stack belongs in an account of its own; a filter on
 * the `project` tag would stay at zero until someone activates it as a cost allocation tag in
 * Billing, silently). A notice goes to the alarm topic when
 * actual costs pass 80 % and when the forecast passes 100 %. Budgets publish to SNS only where the
 * topic's policy lets budgets.amazonaws.com do so.
 */
export class CostBudget extends Construct {
  readonly budget: CfnBudget;

  constructor(scope: Construct, id: string, props: CostBudgetProps) {
    super(scope, id);
    props.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("budgets.amazonaws.com")],
        actions: ["sns:Publish"],
        resources: [props.topic.topicArn],
      }),
    );
    const notify = (type: "ACTUAL" | "FORECASTED", threshold: number) => ({
      notification: {
        notificationType: type,
        comparisonOperator: "GREATER_THAN",
        threshold,
        thresholdType: "PERCENTAGE",
      },
      subscribers: [{ subscriptionType: "SNS", address: props.topic.topicArn }],
    });
    this.budget = new CfnBudget(this, "Budget", {
      budget: {
        budgetName: `foerderbericht-${props.envName}-monatlich`,
        budgetType: "COST",
        timeUnit: "MONTHLY",
        budgetLimit: { amount: props.amountUsd, unit: "USD" },
      },
      notificationsWithSubscribers: [notify("ACTUAL", 80), notify("FORECASTED", 100)],
    });
  }
}
