import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import type { TableRef } from "./document-client";
import { PARAMS_PREFIX, paramsPk, paramsSk } from "./keys";
import { storedParamsSchema, type StoredParams } from "../../shared/api/records";
import { putNextInSequence } from "./put-next-in-sequence";

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
export const putParams = (
  table: TableRef,
  params: ProgramParams,
  storedBy: StoredParams["storedBy"],
  storedAt: string,
): Promise<StoredParams> =>
  putNextInSequence(table, {
    latest: async () => (await getParams(table, params))?.version ?? 0,
    record: (version): StoredParams => ({
      programmeId: params.programmeId,
      year: params.year,
      version,
      params,
      storedAt,
      storedBy,
    }),
    item: (stored) => ({ pk: paramsPk(params), sk: paramsSk(stored.version), type: "params", ...stored }),
    what: `Programmparameter ${params.programmeId} ${params.year}`,
  });
