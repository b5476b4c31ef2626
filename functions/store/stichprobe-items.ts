import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { stichprobeRecordSchema, type StichprobeRecord } from "../../shared/api/stichprobe-schemas";
import type { AuditEntry, FilingHead } from "../../shared/api/records";
import { ConflictError, NotFoundError } from "../core/errors";
import type { RequestStichprobeInput } from "../core/filing-store";
import type { TableRef } from "./document-client";
import { filingPk, HEAD_SK, versionSk } from "./keys";
import { putAuditEntry } from "./put-audit-entry";
import { queryAll } from "./read-items";
import { failedAt } from "./transaction-failure";

const pad = (n: number) => String(n).padStart(6, "0");
/** The Stichprobe requests of a version, ordered by the audit entry written with each. */
export const stichprobePrefix = (version: number) => `STICHPROBE#${pad(version)}#`;
export const stichprobeSk = (version: number, seq: number) => `${stichprobePrefix(version)}${pad(seq)}`;

/** The audit entry of a request: the state stays, the comment says what was asked until when. */
export const stichprobeAuditEntry = (input: RequestStichprobeInput, seq: number): AuditEntry => ({
  seq,
  at: input.at,
  by: input.by,
  action: "stichprobe",
  fromStatus: input.expected.status,
  toStatus: input.expected.status,
  version: input.version,
  comments: [{ text: input.comment }],
});

export const stichprobeRecordOf = (input: RequestStichprobeInput, seq: number): StichprobeRecord => ({
  filingId: input.expected.filingId,
  version: input.version,
  seq,
  belegnummern: input.belegnummern,
  faelligAm: input.faelligAm,
  ...(input.hinweis !== undefined && { hinweis: input.hinweis }),
  angefordertAm: input.at,
  angefordertVon: { sub: input.by.sub, name: input.by.name },
});

/**
 * Stores a Stichprobe request as a new item with its audit entry, in one transaction conditioned on
 * the head's audit sequence (as read by the service) and on the version existing. Never an
 * overwrite: a later request is the next item, keyed by its own audit sequence number.
 */
export const requestStichprobe = async (
  table: TableRef,
  input: RequestStichprobeInput,
): Promise<{ head: FilingHead; record: StichprobeRecord }> => {
  const { tableName: TableName } = table;
  const head = input.expected;
  const pk = filingPk(head.filingId);
  const seq = head.auditSeq + 1;
  const record = stichprobeRecordOf(input, seq);
  try {
    await table.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName,
              Key: { pk, sk: HEAD_SK },
              UpdateExpression: "SET auditSeq = :seq, updatedAt = :at",
              ConditionExpression: "auditSeq = :prevSeq",
              ExpressionAttributeValues: { ":seq": seq, ":at": input.at, ":prevSeq": head.auditSeq },
            },
          },
          {
            ConditionCheck: {
              TableName,
              Key: { pk, sk: versionSk(input.version) },
              ConditionExpression: "attribute_exists(pk)",
            },
          },
          {
            Put: {
              TableName,
              Item: { pk, sk: stichprobeSk(input.version, seq), type: "stichprobe", ...record },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          putAuditEntry(TableName, head.filingId, stichprobeAuditEntry(input, seq)),
        ],
      }),
    );
  } catch (err) {
    if (failedAt(err, 0))
      throw new ConflictError("Der Vorgang wurde gerade geändert; bitte die Stichprobe erneut anfordern.");
    if (failedAt(err, 1)) throw new NotFoundError(`Version ${input.version} dieses Vorgangs gibt es nicht.`);
    throw err;
  }
  return { head: { ...head, auditSeq: seq, updatedAt: input.at }, record };
};

/** The Stichprobe requests of a version, oldest first. */
export const listStichproben = async (
  table: TableRef,
  filingId: string,
  version: number,
): Promise<StichprobeRecord[]> => {
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": filingPk(filingId), ":sk": stichprobePrefix(version) },
    ConsistentRead: true,
  });
  return items.map((item) => stichprobeRecordSchema.parse(item));
};
