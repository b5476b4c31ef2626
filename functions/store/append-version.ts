import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { failedAt } from "./transaction-failure";
import { ConflictError } from "../core/errors";
import { idempotencyConflict } from "../core/idempotency-conflict";
import { StaleParamsError } from "../core/stale-params-error";
import type { TableRef } from "./document-client";
import type { AppendVersionInput, AppendVersionResult } from "../core/filing-store";
import { submissionItems } from "./submission-items";
import { readSubmission } from "./submission-reads";
import { backoffMs, isLostRace, MAX_ATTEMPTS, sleep } from "./transaction-retry";
import { encodeContent } from "./version-content";
import { nextHead } from "./next-head";
import { paramsPk, paramsSk } from "./keys";
import type { IdempotencyRecord } from "../core/idempotency-record";

const replay = (record: IdempotencyRecord, sha256: string): AppendVersionResult => {
  if (record.requestSha256 !== sha256) throw idempotencyConflict();
  return { replayed: true, record };
};

/** The params version after the one used must not exist: versions are gap-free (putParams). */
const paramsCheck = (tableName: string, used: NonNullable<AppendVersionInput["paramsUsed"]>) => ({
  ConditionCheck: {
    TableName: tableName,
    Key: { pk: paramsPk(used), sk: paramsSk(used.version + 1) },
    ConditionExpression: "attribute_not_exists(pk)",
  },
});

/**
 * Submission = one TransactWriteItems: head (put if new, else update conditioned on status, latest
 * version and audit sequence) + version + chunks + audit entry + idempotency record, each new item
 * with attribute_not_exists, + a check that the params used are still the latest. The first attempt
 * uses the head the caller read (input.read); when a concurrent submission wins, the idempotency
 * record and head are read again in one call and the write retried with jittered backoff, so
 * versions stay gap-free and a repeated Idempotency-Key finds the stored result.
 */
export const appendVersion = async (
  table: TableRef,
  input: AppendVersionInput,
): Promise<AppendVersionResult> => {
  const encoded = encodeContent({ content: input.content, findings: input.findings });
  let current = input.read;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (!current) {
      const reads = await readSubmission(table, input);
      if (reads.record) return replay(reads.record, input.sha256);
      current = { head: reads.head };
    }
    const head = nextHead(input, current.head);
    const items = submissionItems(table.tableName, { input, current: current.head, head, encoded });
    if (input.paramsUsed) items.push(paramsCheck(table.tableName, input.paramsUsed));
    try {
      await table.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { replayed: false, head };
    } catch (err) {
      if (input.paramsUsed && failedAt(err, items.length - 1)) throw new StaleParamsError();
      if (!isLostRace(err)) throw err;
      current = undefined;
      await sleep(backoffMs(attempt));
    }
  }
  throw new ConflictError(
    "Der Vorgang wurde gleichzeitig mehrfach eingereicht; die Einreichung konnte nicht gespeichert werden. Bitte erneut senden.",
  );
};
