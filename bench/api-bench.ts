/**
 * `npx tsx bench/api-bench.ts` – POST /filings through the local HTTP server (JWT, zod, rules, store)
 * against its floor in the same run: a raw TransactWriteItems of the same items (head, version,
 * audit entry, idempotency record) sent straight to the same DynamoDB Local. 1 and 50 clients, each
 * sending its requests one after another; p50/p99 side by side, as ratios, with the store calls per
 * submission counted at the DynamoDB client. Prints numbers, asserts nothing.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { filingKey, type Filing } from "../shared/filing/filing";
import type { FilingHead } from "../shared/api/records";
import { SUBMITTABLE_FROM } from "../shared/domain/lifecycle";
import { logger } from "../functions/http/logger";
import { generateDevKeys } from "../dev/dev-keys";
import { issueDevToken } from "../dev/issue-dev-token";
import { startLocalServer } from "../dev/local-server";
import { putParams } from "../functions/core/put-params";
import { ausnahmenFor } from "../functions/core/fixtures/ausnahmen-for";
import { countStoreCalls } from "../functions/core/fixtures/count-store-calls";
import { createDynamoDbFilingStore } from "../functions/store/dynamodb-filing-store";
import { localClientConfig, startDynamoDbLocal } from "../functions/store/dynamodb-local";
import { createTable } from "../functions/store/table-definition";
import { tableRef } from "../functions/store/document-client";
import { submissionItems } from "../functions/store/submission-items";
import { encodeContent } from "../functions/store/version-content";
import { countFindings } from "../functions/store/count-findings";
import { filingAmounts } from "../shared/consolidate/filing-amounts";
import { programmeById } from "../shared/programme/programmes";
import { pathOf } from "../shared/api/route-definition";
import { routeById } from "../shared/api/routes";

const ROUNDS = 10;
const PROGRAMME = "stadtteilmanagement";
// Only districts a Träger runs: where the city staffs the district itself no Verwendungsnachweis is
// accepted (VN-STADTTEIL-DURCH-STADT), and the 50-client phase reached them.
const DISTRICTS = programmeById(PROGRAMME)
  .districts.filter((d) => !d.durchStadt)
  .map((d) => d.id);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99) };
};

/** Every client runs its requests one after another; the clients run side by side. */
const phase = async (clients: number, run: (client: number, round: number) => Promise<void>) => {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let round = 0; round < ROUNDS; round++) {
        const t = performance.now();
        await run(client, round);
        times.push(performance.now() - t);
      }
    }),
  );
  return stats(times);
};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
logger.setLogLevel("SILENT");
const dynamo = await startDynamoDbLocal();
// 50 clients on a loaded 2-core machine: DynamoDB Local may take longer than the local default.
const TUNING = { connectionTimeoutMs: 5_000, requestTimeoutMs: 60_000, maxAttempts: 3 };
const client = new DynamoDBClient(localClientConfig(dynamo.endpoint, TUNING));
await createTable(client, "bench");
const store = createDynamoDbFilingStore(client, "bench");
const deps = { store, clock: () => new Date() };
const devKeys = await generateDevKeys();
const server = await startLocalServer({ deps, devKeys, port: 0 });
// Its own client for the floor, so its calls are not counted with the API's.
const rawClient = new DynamoDBClient(localClientConfig(dynamo.endpoint, TUNING));
const table = tableRef(rawClient, "bench");
const calls = countStoreCalls(client);

try {
  // A real Träger of the programme's Stammdaten (a made-up id is refused with 403): one filing per
  // client, kept apart by district and year, the years' Ausnahmen let it file for every district.
  const awo = {
    sub: "bench-awo",
    name: "",
    role: "traeger" as const,
    traegerId: "awo",
    programmeIds: ["stadtteilmanagement"],
  };
  const koordinierung = {
    sub: "bench-k",
    name: "",
    role: "koordinierung" as const,
    programmeIds: ["stadtteilmanagement"],
  };
  const years = Array.from({ length: Math.ceil(64 / DISTRICTS.length) + 1 }, (_, i) => 2030 + i);
  for (const year of years) await putParams(koordinierung, ausnahmenFor("awo", year), deps);
  const token = await issueDevToken(devKeys, awo);
  let run = 0;
  const filingOf = (c: number): Filing =>
    sampleVerwendungsnachweis({
      programmeId: PROGRAMME,
      traegerId: "awo",
      districtId: DISTRICTS[c % DISTRICTS.length]!,
      year: years[Math.floor(c / DISTRICTS.length) + run]!,
    });

  const submit = async (c: number, round: number) => {
    const body = JSON.stringify(filingOf(c));
    const response = await fetch(`${server.url}${pathOf(routeById("submitFiling"))}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": `bench-${run}-${c}-${round}`,
      },
      body,
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  };

  // The floor: the same items the store writes for version n + 1, built once per request (the
  // encoding included), sent as one TransactWriteItems – no HTTP, no JWT, no reads, no rules.
  const heads = new Map<string, FilingHead>();
  const raw = async (c: number, round: number) => {
    const filing = filingOf(c);
    const filingId = `raw-${run}-${filingKey(filing.kind, filing.meta)}`;
    const current = heads.get(filingId);
    const at = new Date().toISOString();
    const head: FilingHead = {
      filingId,
      kind: filing.kind,
      meta: filing.meta,
      status: "eingereicht",
      latestVersion: (current?.latestVersion ?? 0) + 1,
      auditSeq: (current?.auditSeq ?? 0) + 1,
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
      submittedAt: at,
      findingCounts: countFindings([]),
      amounts: filingAmounts(filing),
    };
    const input = {
      filingId,
      content: filing,
      findings: [],
      sha256: "0".repeat(64),
      by: { sub: awo.sub, name: "", role: "traeger" as const },
      at,
      signer: { name: "", funktion: "", datum: null },
      source: "json" as const,
      submittableFrom: SUBMITTABLE_FROM,
      idempotency: { sub: awo.sub, key: `raw-${run}-${c}-${round}` },
    };
    const encoded = encodeContent({ content: filing, findings: [] });
    const items = submissionItems("bench", { input, current, head, encoded });
    await table.doc.send(new TransactWriteCommand({ TransactItems: items }));
    heads.set(filingId, head);
  };

  await submit(0, -1); // warm-up: module loading, JIT, first table access
  await raw(0, -1);
  console.log(
    `\nPOST /filings gegen einen rohen TransactWriteItems derselben Items (DynamoDB Local, in-memory)\n`,
  );
  for (const clients of [1, 50]) {
    run++;
    calls.take();
    const api = await phase(clients, submit);
    const seen = calls.take();
    const floor = await phase(clients, raw);
    const perSubmit = seen.commands.length / (clients * ROUNDS);
    const line = (p: "p50" | "p99") =>
      `${p} ${api[p].toFixed(1)} ms gegen ${floor[p].toFixed(1)} ms = ${(api[p] / floor[p]).toFixed(2)}×`;
    console.log(
      `${String(clients).padStart(2)} Client(s) × ${ROUNDS}: ${line("p50")}; ${line("p99")}; ` +
        `${perSubmit.toFixed(2)} Store-Aufrufe je Einreichung` +
        (clients === 1 ? `, ${(seen.rounds / ROUNDS).toFixed(2)} Round Trips` : ""),
    );
  }
  console.log(`\n(Ziel: p50 ≤ 1,5× der rohen Transaktion, ≤ 2 Round Trips je Einreichung.)\n`);
} finally {
  await server.close();
  client.destroy();
  rawClient.destroy();
  await dynamo.stop();
}
