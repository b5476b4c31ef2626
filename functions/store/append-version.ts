import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { STATUS_LABELS } from "../../shared/domain/lifecycle";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import { countFindings } from "./count-findings";
import { ConflictError } from "../core/errors";
import { idempotencyConflict } from "../core/idempotency-conflict";
import type { TableRef } from "./document-client";
import type { AppendVersionInput, AppendVersionResult } from "../core/filing-store";
import { submissionItems } from "./submission-items";
import { getHead, getIdempotencyRecord } from "./read-items";
import type { FilingHead } from "../../shared/api/records";
import { backoffMs, isLostRace, MAX_ATTEMPTS, sleep } from "./transaction-retry";
import { encodeContent } from "./version-content";
import type { IdempotencyRecord } from "../core/idempotency-record";

const replay = (record: IdempotencyRecord, sha256: string): AppendVersionResult => {
  if (record.requestSha256 !== sha256) throw idempotencyConflict();
  return { replayed: true, record };
};

/**
 * Submission = one TransactWriteItems: head (put if new, else update conditioned on status, latest
 * version and audit sequence) + version + chunks + audit entry + idempotency record, each new item
 * with attribute_not_exists. When a concurrent submission wins, re-read and retry with jittered
 * backoff, so versions stay gap-free and a repeated Idempotency-Key finds the stored result.
 */
export const appendVersion = async (
  table: TableRef,
  input: AppendVersionInput,
): Promise<AppendVersionResult> => {
  const encoded = encodeContent({ content: input.content, findings: input.findings });
  const findingCounts = countFindings(input.findings);
  const amounts = filingAmounts(input.content);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (input.idempotency) {
      const record = await getIdempotencyRecord(table, input.idempotency.sub, input.idempotency.key);
      if (record) return replay(record, input.sha256);
    }
    const current = await getHead(table, input.filingId);
    const status = current?.status ?? null;
    if (!input.submittableFrom.includes(status))
      throw new ConflictError(
        `Der Vorgang ist „${STATUS_LABELS[status ?? "entwurf"]}“; eine neue Version kann erst nach einer Rückgabe durch die Koordinierungsstelle eingereicht werden.`,
      );
    const version = (current?.latestVersion ?? 0) + 1;
    const seq = (current?.auditSeq ?? 0) + 1;
    const head: FilingHead = {
      filingId: input.filingId,
      kind: input.content.kind,
      meta: input.content.meta,
      status: "eingereicht",
      latestVersion: version,
      auditSeq: seq,
      createdAt: current?.createdAt ?? input.at,
      updatedAt: input.at,
      submittedAt: input.at,
      findingCounts,
      amounts,
    };
    try {
      await table.doc.send(
        new TransactWriteCommand({
          TransactItems: submissionItems(table.tableName, { input, current, head, encoded }),
        }),
      );
      return { replayed: false, head };
    } catch (err) {
      if (!isLostRace(err)) throw err;
      await sleep(backoffMs(attempt));
    }
  }
  throw new ConflictError(
    "Der Vorgang wurde gleichzeitig mehrfach eingereicht; die Einreichung konnte nicht gespeichert werden. Bitte erneut senden.",
  );
};
