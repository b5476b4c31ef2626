import { RemovalPolicy } from "aws-cdk-lib";
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  Table,
  TableEncryption,
  type Attribute,
  type TableProps,
} from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { TABLE_DEFINITION } from "../../functions/store/table-definition";
import { FilingBackup, VAULT_LOCK_CONTEXT } from "./filing-backup";

type Definition = typeof TABLE_DEFINITION;
type KeyDefinition = { name: string; type: "S" | "N" | "B" };

const ATTRIBUTE_TYPES = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
} as const;
const PROJECTIONS = { ALL: ProjectionType.ALL, KEYS_ONLY: ProjectionType.KEYS_ONLY } as const;
const BILLING = {
  PAY_PER_REQUEST: BillingMode.PAY_PER_REQUEST,
  PROVISIONED: BillingMode.PROVISIONED,
} as const;

const attribute = (key: KeyDefinition): Attribute => ({ name: key.name, type: ATTRIBUTE_TYPES[key.type] });

/** TABLE_DEFINITION (what DynamoDB Local gets in tests) as CDK table props, so both cannot drift. */
export const tableKeysFrom = (definition: Definition) => ({
  partitionKey: attribute(definition.partitionKey),
  sortKey: attribute(definition.sortKey),
  billingMode: BILLING[definition.billingMode],
  globalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
    indexName: index.indexName,
    partitionKey: attribute(index.partitionKey),
    sortKey: attribute(index.sortKey),
    projectionType: PROJECTIONS[index.projection],
  })),
});

/**
 * The one table. Filings must be kept at least ten years and are never deleted, so: point-in-time
 * recovery (35 days), monthly and yearly AWS Backup copies kept ten years (FilingBackup), deletion
 * protection, and RETAIN – removing the stack leaves the data where it is.
 */
export class FilingTable extends Construct {
  readonly table: Table;
  readonly backup: FilingBackup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { globalSecondaryIndexes, ...keys } = tableKeysFrom(TABLE_DEFINITION);
    const props: TableProps = {
      ...keys,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // The AWS-managed key aws/dynamodb: key use shows in CloudTrail, no monthly key fee (a customer-managed one: 1 $/month).
      encryption: TableEncryption.AWS_MANAGED,
    };
    this.table = new Table(this, "Table", props);
    for (const index of globalSecondaryIndexes) this.table.addGlobalSecondaryIndex(index);
    const lock = this.node.tryGetContext(VAULT_LOCK_CONTEXT) as unknown;
    this.backup = new FilingBackup(this, "Backup", {
      table: this.table,
      vaultLock: lock === true || lock === "true",
    });
  }
}
