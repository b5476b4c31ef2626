import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from "aws-cdk-lib/aws-backup";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Schedule } from "aws-cdk-lib/aws-events";
import { NagSuppressions } from "cdk-nag";
import { Construct } from "constructs";

/** Filings are kept at least ten years; 3,653 days covers ten years with leap days. */
export const RETENTION = Duration.days(3653);

/** CDK context key: `-c backupVaultLock=true` puts the vault under AWS Backup Vault Lock. */
export const VAULT_LOCK_CONTEXT = "backupVaultLock";

export interface FilingBackupProps {
  table: ITable;
  /**
   * Vault Lock in compliance mode: after a grace period of 3 days nobody, root included, can delete a
   * copy before its ten years are up or remove the lock.
   */
  vaultLock: boolean;
}

/**
 * Ten-year retention of the filings. Point-in-time recovery keeps only 35 days, so AWS Backup takes
 * a copy on the first of every month and one on 1 January, each kept ten years, in a vault of its
 * own that the stack never deletes. With vault lock the minimum retention is enforced by AWS Backup
 * itself; without it, an administrator could still delete recovery points (restore: docs/backup-restore.md).
 */
export class FilingBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: FilingBackupProps) {
    super(scope, id);
    this.vault = new BackupVault(this, "Vault", {
      removalPolicy: RemovalPolicy.RETAIN,
      lockConfiguration: props.vaultLock
        ? { minRetention: Duration.days(3650), changeableFor: Duration.days(3) }
        : undefined,
    });
    this.plan = new BackupPlan(this, "Plan", {
      backupVault: this.vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: "Monatlich",
          scheduleExpression: Schedule.cron({ day: "1", hour: "3", minute: "0" }),
          deleteAfter: RETENTION,
        }),
        new BackupPlanRule({
          ruleName: "Jaehrlich",
          scheduleExpression: Schedule.cron({ month: "1", day: "1", hour: "4", minute: "0" }),
          deleteAfter: RETENTION,
        }),
      ],
    });
    const selection = this.plan.addSelection("Table", {
      resources: [BackupResource.fromDynamoDbTable(props.table)],
    });
    NagSuppressions.addResourceSuppressions(
      selection,
      [
        {
          id: "AwsSolutions-IAM4",
          reason:
            "AWS Backup's own service-role policy (AWSBackupServiceRolePolicyForBackup) as AWS documents it; the selection scopes what the role backs up to this one table, and AWS keeps the policy current with the services Backup supports.",
          appliesTo: [
            "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
          ],
        },
      ],
      true,
    );
  }
}
