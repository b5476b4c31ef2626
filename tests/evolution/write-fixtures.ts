/**
 * Writes the golden fixtures of today's schema version, once, when a version is released:
 * `npx tsx tests/evolution/write-fixtures.ts`. It stores filings through the real API on a fresh
 * DynamoDB Local (so the items are what production writes), dumps every item, and saves an issued
 * template and a filled workbook of each form. A folder that exists is never overwritten: fixtures
 * are what older code wrote, and today's code must keep reading them.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { SCHEMA_VERSION } from "../../functions/core/stored-records";
import { generateDevKeys } from "../../dev/dev-keys";
import { DEV_USERS } from "../../dev/dev-users";
import { issueDevToken } from "../../dev/issue-dev-token";
import { startLocalServer } from "../../dev/local-server";
import { logger } from "../../functions/http/logger";
import { createDynamoDbFilingStore } from "../../functions/store/dynamodb-filing-store";
import { localClientConfig, startDynamoDbLocal } from "../../functions/store/dynamodb-local";
import { createTable } from "../../functions/store/table-definition";
import { LAYOUT_VERSION } from "../../shared/layout/meta-layout";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { fixtureDir, WORKBOOK_FIXTURES } from "./fixture-files";
import { itemsToJson, type StoredItem } from "./stored-item-json";
import { routeRequest } from "../support/route-request";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";

const AT_FIXED = new Date("2026-03-02T09:00:00.000Z");

const dir = fixtureDir(SCHEMA_VERSION);
if (existsSync(dir)) {
  console.error(`${dir} gibt es schon: Fixtures einer veröffentlichten Version werden nie überschrieben.`);
  process.exit(1);
}
logger.setLogLevel("SILENT");
const dynamo = await startDynamoDbLocal();
const client = new DynamoDBClient(localClientConfig(dynamo.endpoint));
try {
  const tableName = "golden-fixtures";
  await createTable(client, tableName);
  const devKeys = await generateDevKeys();
  const server = await startLocalServer({
    deps: { store: createDynamoDbFilingStore(client, tableName), clock: () => AT_FIXED },
    devKeys,
    port: 0,
  });
  const call = async (user: string, method: string, path: string, body: unknown) => {
    const isBytes = body instanceof Uint8Array;
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await issueDevToken(devKeys, DEV_USERS[user]!)}`,
        "content-type": isBytes ? XLSX_MEDIA_TYPE : "application/json",
      },
      body: isBytes ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { findings?: { ruleId: string; severity: string }[] };
  };
  const vn = sampleVerwendungsnachweis();
  const jb = sampleJahresbericht();
  const vnId = `${vn.meta.programmeId}.${vn.meta.year}.verwendungsnachweis.${vn.meta.traegerId}.${vn.meta.districtId}`;
  // The Verwendungsnachweis through the whole workflow, so heads, versions and audit entries of
  // every kind are in the fixture; the Jahresbericht as an uploaded workbook.
  await call("awo", ...routeRequest("submitFiling"), vn);
  await call("koordinierung", ...routeRequest("reviewFiling", { id: vnId }), {
    action: "zurueckgeben",
    expectedVersion: 1,
    comments: [{ path: ["sachkosten"], text: "Belege für die Sachkosten bitte nachreichen." }],
  });
  const second = await call("awo", ...routeRequest("submitFiling"), vn);
  await call("koordinierung", ...routeRequest("reviewFiling", { id: vnId }), {
    ...samplePruefenRequest(second.findings),
    expectedVersion: 2,
  });
  await call("leitung", ...routeRequest("reviewFiling", { id: vnId }), {
    action: "kenntnis",
    expectedVersion: 2,
  });
  await call("koordinierung", ...routeRequest("reviewFiling", { id: vnId }), {
    action: "weiterleiten",
    expectedVersion: 2,
  });
  await call("awo", ...routeRequest("submitFiling"), await writeWorkbook(jb));
  await server.close();

  const doc = DynamoDBDocumentClient.from(client);
  const items: StoredItem[] = [];
  let ExclusiveStartKey: StoredItem | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  items.sort((a, b) => `${String(a.pk)}|${String(a.sk)}`.localeCompare(`${String(b.pk)}|${String(b.sk)}`));

  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "items.json"), itemsToJson(items));
  for (const w of WORKBOOK_FIXTURES) {
    const filing = w.kind === "verwendungsnachweis" ? vn : jb;
    const bytes = await writeWorkbook(w.filled ? filing : { kind: filing.kind, meta: filing.meta });
    writeFileSync(join(dir, w.file), bytes);
  }
  writeFileSync(
    join(dir, "versions.json"),
    `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, layoutVersion: LAYOUT_VERSION, writtenAt: new Date().toISOString() }, null, 2)}\n`,
  );
  process.stdout.write(
    `Geschrieben: ${dir} (${items.length} Items, ${WORKBOOK_FIXTURES.length} Arbeitsmappen)\n`,
  );
} finally {
  client.destroy();
  await dynamo.stop();
}
