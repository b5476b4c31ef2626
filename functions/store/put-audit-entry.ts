import { auditSk, filingPk } from "./keys";
import type { AuditEntry } from "../../shared/api/records";

/** The transaction item that appends one audit entry to a filing; an entry is never overwritten. */
export const putAuditEntry = (TableName: string, filingId: string, entry: AuditEntry) => ({
  Put: {
    TableName,
    Item: { pk: filingPk(filingId), sk: auditSk(entry.seq), type: "audit", filingId, ...entry },
    ConditionExpression: "attribute_not_exists(pk)",
  },
});
