import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { FilingHead } from "../../shared/api/records";
import { redactionAuditEntry } from "./audit-entries";
import { ConflictError } from "../core/errors";
import type { RedactVersionInput } from "../core/filing-store";
import type { TableRef } from "./document-client";
import { chunkSk, filingPk, HEAD_SK, originalPrefix, versionSk } from "./keys";
import { putAuditEntry } from "./put-audit-entry";
import { queryAll } from "./read-items";
import { failedAt } from "./transaction-failure";
import { encodeContent } from "./version-content";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/**
 * THE EXCEPTION to "nothing is ever changed or deleted" (Löschkonzept, docs/records.md): after the
 * Aufbewahrungsfrist one version's content and findings are replaced by their redacted form, its
 * original's bytes are deleted (the version keeps `sha256` and the original's size and type, marked
 * `removedAt`), and an audit entry says who did it when – all in one transaction, conditioned on
 * the head's audit sequence and on the version not being redacted yet. The service decides whether
 * it is allowed; this only writes.
 */
export const redactVersion = async (table: TableRef, input: RedactVersionInput): Promise<FilingHead> => {
  const { tableName: TableName } = table;
  const pk = filingPk(input.filingId);
  const [parts, originals] = await Promise.all(
    [versionSk(input.version), originalPrefix(input.version)].map((sk) =>
      queryAll(table, {
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
        ExpressionAttributeValues: { ":pk": pk, ":sk": sk },
        ConsistentRead: true,
        ProjectionExpression: "pk, sk, original",
      }),
    ),
  );
  const versionItem = parts!.find((p) => p.sk === versionSk(input.version));
  if (!versionItem) throw new ConflictError(`Version ${input.version} gibt es nicht.`);
  const oldChunks = parts!.length - 1;
  const encoded = encodeContent({ content: input.content, findings: input.findings });
  const head = input.expected;
  const entry = redactionAuditEntry(input);
  const hasOriginal = versionItem.original !== undefined;
  const items: TransactItems = [
    {
      Update: {
        TableName,
        Key: { pk, sk: HEAD_SK },
        UpdateExpression: "SET auditSeq = :seq, updatedAt = :at",
        ConditionExpression: "auditSeq = :prevSeq",
        ExpressionAttributeValues: { ":seq": entry.seq, ":at": input.at, ":prevSeq": head.auditSeq },
      },
    },
    {
      Update: {
        TableName,
        Key: { pk, sk: versionSk(input.version) },
        UpdateExpression: `SET ${encoded.inline ? "body = :body, " : ""}chunkCount = :chunks, redaction = :redaction${
          hasOriginal ? ", original.removedAt = :at" : ""
        }${encoded.inline ? "" : " REMOVE body"}`,
        ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(redaction)",
        ExpressionAttributeValues: {
          ...(encoded.inline && { ":body": encoded.inline }),
          ":chunks": encoded.chunks.length,
          ":redaction": { at: input.at, by: { sub: input.by.sub, name: input.by.name }, names: input.names },
          ...(hasOriginal && { ":at": input.at }),
        },
      },
    },
    ...encoded.chunks.map((data, i) => ({
      Put: { TableName, Item: { pk, sk: chunkSk(input.version, i + 1), type: "chunk", data } },
    })),
    ...Array.from({ length: Math.max(0, oldChunks - encoded.chunks.length) }, (_, i) => ({
      Delete: { TableName, Key: { pk, sk: chunkSk(input.version, encoded.chunks.length + i + 1) } },
    })),
    ...originals!.map((o) => ({ Delete: { TableName, Key: { pk, sk: o.sk as string } } })),
    putAuditEntry(TableName, input.filingId, entry),
  ];
  try {
    await table.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (err) {
    if (failedAt(err, 0))
      throw new ConflictError("Der Vorgang wurde gerade geändert; bitte das Schwärzen erneut auslösen.");
    if (failedAt(err, 1)) throw new ConflictError(`Version ${input.version} ist bereits geschwärzt.`);
    throw err;
  }
  return { ...head, auditSeq: entry.seq, updatedAt: input.at };
};

/** Whether a version was redacted (read from its item; the version record itself does not say). */
export const isRedacted = async (table: TableRef, filingId: string, version: number) => {
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND sk = :sk",
    ExpressionAttributeValues: { ":pk": filingPk(filingId), ":sk": versionSk(version) },
    ConsistentRead: true,
    ProjectionExpression: "redaction",
  });
  return items[0]?.redaction !== undefined;
};
