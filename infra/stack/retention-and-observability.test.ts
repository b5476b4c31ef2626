import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METRIC, METRICS_NAMESPACE } from "../../functions/http/metric-names";
import { ROUTES } from "../../shared/api/routes";
import { costTableOf, renderCostTable } from "../../scripts/generate-cost-table";
import { REPO_ROOT } from "../repo-root";
import { CLIENT_ERROR_SPIKE, DURATION_SHARE, SIGN_IN_FAILURE_SPIKE } from "./alarms";
import { DEFAULT_MONTHLY_BUDGET_USD } from "./cost-budget";
import { RETENTION } from "./filing-backup";
import { costFactsOf } from "./fixtures/cost-facts";
import { onlyResource, resourcesOf, synthStack, type Synthesized } from "./fixtures/synth-stack";
import { asText } from "./fixtures/template-values";

type Props = Record<string, unknown>;

// Without bundling: these check wiring; foerderbericht-stack.test.ts bundles. Two synths: defaults,
// and the context a city sets for production (vault lock, its own budget).
let plain: Synthesized;
let locked: Synthesized;
beforeAll(() => {
  plain = synthStack({ env: "test" }, { bundle: false });
  locked = synthStack({ env: "prod", backupVaultLock: "true", monthlyBudgetUsd: "75" }, { bundle: false });
}, 300_000);
afterAll(() => {
  plain?.cleanup();
  locked?.cleanup();
});

const tableId = (s: Synthesized) => onlyResource(s.template, "AWS::DynamoDB::Table")[0];

describe("ten-year retention", () => {
  it("backs the table up monthly and yearly into a retained vault, each copy kept ten years", () => {
    const [, plan] = onlyResource(plain.template, "AWS::Backup::BackupPlan");
    const rules = (plan.BackupPlan as { BackupPlanRule: Props[] }).BackupPlanRule;
    expect(rules.map((r) => [r.RuleName, r.ScheduleExpression])).toEqual([
      ["Monatlich", "cron(0 3 1 * ? *)"],
      ["Jaehrlich", "cron(0 4 1 1 ? *)"],
    ]);
    for (const rule of rules) expect((rule.Lifecycle as Props).DeleteAfterDays).toBe(RETENTION.toDays());
    expect(RETENTION.toDays()).toBeGreaterThanOrEqual(3652);
    const vaults = plain.template.findResources("AWS::Backup::BackupVault");
    expect(Object.values(vaults).map((v) => (v as Props).DeletionPolicy)).toEqual(["Retain"]);
  });

  it("selects exactly the filings table", () => {
    const [, selection] = onlyResource(plain.template, "AWS::Backup::BackupSelection");
    const resources = (selection.BackupSelection as { Resources: unknown[] }).Resources;
    expect(resources.map(asText)).toEqual([`{GetAtt:${tableId(plain)}.Arn}`]);
  });

  it("locks the vault for ten years only when the context asks for it", () => {
    const [, open] = onlyResource(plain.template, "AWS::Backup::BackupVault");
    expect(open.LockConfiguration).toBeUndefined();
    const [, vault] = onlyResource(locked.template, "AWS::Backup::BackupVault");
    expect(vault.LockConfiguration).toEqual({ MinRetentionDays: 3650, ChangeableForDays: 3 });
  });
});

const alarms = (s: Synthesized) => resourcesOf(s.template, "AWS::CloudWatch::Alarm").map(([, p]) => p);

describe("observability", () => {
  it("alarms when a Lambda takes more than 80 % of its timeout", () => {
    const fns = resourcesOf(plain.template, "AWS::Lambda::Function").filter(([, p]) =>
      ROUTES.some((r) => p.Description === `${r.method} ${r.path}`),
    );
    expect(fns).toHaveLength(ROUTES.length);
    for (const [id, fn] of fns) {
      const alarm = alarms(plain).find(
        (a) => a.MetricName === "Duration" && JSON.stringify(a.Dimensions).includes(`"Ref":"${id}"`),
      );
      expect(alarm, id).toBeDefined();
      expect(alarm!.Statistic).toBe("Maximum");
      expect(alarm!.Threshold).toBe(Math.round((fn.Timeout as number) * 1000 * DURATION_SHARE));
    }
  });

  it("alarms on spikes of 4xx and of rejected tokens, counted by the handlers' metrics", () => {
    const clientErrors = alarms(plain).find((a) => a.MetricName === "4xx");
    expect(clientErrors?.Threshold).toBe(CLIENT_ERROR_SPIKE);
    const signIn = alarms(plain).find((a) => a.MetricName === METRIC.signInFailures);
    expect(signIn?.Namespace).toBe(METRICS_NAMESPACE);
    expect(signIn?.Threshold).toBe(SIGN_IN_FAILURE_SPIKE);
  });

  it("runs every Lambda with source maps enabled", () => {
    for (const [id, fn] of resourcesOf(plain.template, "AWS::Lambda::Function")) {
      if (!ROUTES.some((r) => fn.Description === `${r.method} ${r.path}`)) continue;
      const env = (fn.Environment as { Variables: Record<string, string> }).Variables;
      expect(env.NODE_OPTIONS, id).toBe("--enable-source-maps");
    }
  });

  it("has a monthly cost budget that notifies the alarm topic, its amount by context", () => {
    const amount = (s: Synthesized) => {
      const [, b] = onlyResource(s.template, "AWS::Budgets::Budget");
      return (b.Budget as { BudgetLimit: { Amount: number; Unit: string } }).BudgetLimit;
    };
    expect(amount(plain)).toEqual({ Amount: DEFAULT_MONTHLY_BUDGET_USD, Unit: "USD" });
    expect(amount(locked)).toEqual({ Amount: 75, Unit: "USD" });
    const [, budget] = onlyResource(plain.template, "AWS::Budgets::Budget");
    const [topicId] = onlyResource(plain.template, "AWS::SNS::Topic");
    const subscribers = (budget.NotificationsWithSubscribers as { Subscribers: Props[] }[]).flatMap(
      (n) => n.Subscribers,
    );
    expect(subscribers.map((s) => [s.SubscriptionType, asText(s.Address)])).toEqual([
      ["SNS", `{Ref:${topicId}}`],
      ["SNS", `{Ref:${topicId}}`],
    ]);
    const policies = resourcesOf(plain.template, "AWS::SNS::TopicPolicy").map(([, p]) =>
      asText(p.PolicyDocument),
    );
    expect(policies.join()).toContain("budgets.amazonaws.com");
  });
});

describe("the README's cost table", () => {
  it("is what `npm run docs` writes from this template (alarm metrics, backup rules, retention)", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    expect(costTableOf(readme), "README.md is stale: run `npm run docs`").toBe(
      renderCostTable(costFactsOf(plain.template)),
    );
  });

  it("counts one alarm metric per alarm, and each metric of a metric-math alarm", () => {
    const { alarmMetrics } = costFactsOf(plain.template);
    expect(alarmMetrics).toBeGreaterThanOrEqual(alarms(plain).length);
    expect(alarmMetrics).toBeGreaterThanOrEqual(3 * ROUTES.length);
  });
});
