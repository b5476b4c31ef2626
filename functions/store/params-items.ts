import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import type { TableRef } from "./document-client";
import { PARAMS_PREFIX, paramsPk, paramsSk } from "./keys";
import { storedParamsSchema, type StoredParams } from "../../shared/api/records";
import { backoffMs, isConditionFailed, MAX_ATTEMPTS, sleep } from "./transaction-retry";

/** pk = PARAMS#<programme>#<year> AND begins_with(sk, "PARAMS#"), newest first, Limit 1. */
export const getParams = async (table: TableRef, at: ProgrammeYear): Promise<StoredParams | undefined> => {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
      ExpressionAttributeValues: { ":pk": paramsPk(at), ":sk": PARAMS_PREFIX },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const item = out.Items?.[0];
  return item && storedParamsSchema.parse(item);
};

/** Puts version latest + 1 with attribute_not_exists; a concurrent writer makes it retry as + 2. */
export const putParams = async (
  table: TableRef,
  params: ProgramParams,
  storedBy: StoredParams["storedBy"],
  storedAt: string,
): Promise<StoredParams> => {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const latest = await getParams(table, params);
    const stored: StoredParams = {
      programmeId: params.programmeId,
      year: params.year,
      version: (latest?.version ?? 0) + 1,
      params,
      storedAt,
      storedBy,
    };
    try {
      await table.doc.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { pk: paramsPk(params), sk: paramsSk(stored.version), type: "params", ...stored },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return stored;
    } catch (err) {
      if (!isConditionFailed(err)) throw err;
      await sleep(backoffMs(attempt));
    }
  }
  throw new Error(
    `Programmparameter ${params.programmeId} ${params.year} nach ${MAX_ATTEMPTS} Versuchen nicht gespeichert`,
  );
};
