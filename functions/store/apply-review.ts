import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { ConflictError } from "../core/errors";
import type { TableRef } from "./document-client";
import type { ApplyReviewInput, ApplyReviewResult } from "../core/filing-store";
import { filingPk, HEAD_SK } from "./keys";
import { putAuditEntry } from "./put-audit-entry";
import { getHead } from "./read-items";
import type { AuditEntry } from "../../shared/api/records";
import { backoffMs, isLostRace, MAX_ATTEMPTS, sleep } from "./transaction-retry";

/**
 * A state change: head update conditioned on status, latest version and audit sequence + the audit
 * entry, in one transaction. Of two reviewers at once exactly one passes the condition; the other
 * learns the current head. Only a transaction conflict with an unchanged head (the other write was
 * still in flight and failed) is retried.
 */
export const applyReview = async (table: TableRef, input: ApplyReviewInput): Promise<ApplyReviewResult> => {
  const { expected } = input;
  const entry: AuditEntry = {
    seq: expected.auditSeq + 1,
    at: input.at,
    by: input.by,
    action: input.action,
    fromStatus: expected.status,
    toStatus: input.toStatus,
    version: expected.latestVersion,
    comments: input.comments,
    ...(input.pruefvermerk && { pruefvermerk: input.pruefvermerk }),
    ...(input.quittierungen && { quittierungen: input.quittierungen }),
  };
  const pk = filingPk(input.filingId);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      await table.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table.tableName,
                Key: { pk, sk: HEAD_SK },
                UpdateExpression: "SET #status = :to, auditSeq = :seq, updatedAt = :at",
                ConditionExpression: "#status = :from AND latestVersion = :version AND auditSeq = :prevSeq",
                ExpressionAttributeNames: { "#status": "status" },
                ExpressionAttributeValues: {
                  ":to": input.toStatus,
                  ":seq": entry.seq,
                  ":at": input.at,
                  ":from": expected.status,
                  ":version": expected.latestVersion,
                  ":prevSeq": expected.auditSeq,
                },
              },
            },
            putAuditEntry(table.tableName, input.filingId, entry),
          ],
        }),
      );
      // The condition held, so the stored head is `expected` with exactly the fields just set.
      const head = { ...expected, status: input.toStatus, auditSeq: entry.seq, updatedAt: input.at };
      return { applied: true, head, entry };
    } catch (err) {
      if (!isLostRace(err)) throw err;
      const current = await getHead(table, input.filingId);
      if (!current) throw err;
      const unchanged =
        current.status === expected.status &&
        current.latestVersion === expected.latestVersion &&
        current.auditSeq === expected.auditSeq;
      if (!unchanged) return { applied: false, current };
      await sleep(backoffMs(attempt));
    }
  }
  throw new ConflictError(
    "Der Vorgang wird gerade von mehreren Seiten geändert; der Prüfschritt wurde nicht gespeichert. Bitte erneut versuchen.",
  );
};
