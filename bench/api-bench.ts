/**
 * `npx tsx bench/api-bench.ts` – the local HTTP server on an in-memory DynamoDB Local, 50 concurrent
 * clients over loopback: p50/p99 of POST /filings and GET /filings. Prints numbers, asserts nothing.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../shared/filing/sample-filings";
import { logger } from "../functions/http/logger";
import { generateDevKeys } from "../functions/local/dev-keys";
import { issueDevToken } from "../functions/local/issue-dev-token";
import { startLocalServer } from "../functions/local/local-server";
import { createDynamoDbFilingStore } from "../functions/store/dynamodb-filing-store";
import { localClientConfig, startDynamoDbLocal } from "../functions/store/dynamodb-local";
import { createTable } from "../functions/store/table-definition";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ROUNDS = 10;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const report = (label: string, ms: number[], wallMs: number) => {
  const s = [...ms].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  console.log(
    `${label.padEnd(14)} n=${String(s.length).padStart(4)}  p50 ${fmt(percentile(s, 50))}  p99 ${fmt(percentile(s, 99))}  max ${fmt(s.at(-1)!)}  ${((s.length / wallMs) * 1000).toFixed(0)} req/s`,
  );
};

/** Every client runs its requests one after another; the clients run side by side. */
const phase = async (run: (client: number, round: number) => Promise<void>) => {
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let round = 0; round < ROUNDS; round++) {
        const t = performance.now();
        await run(client, round);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, wallMs: performance.now() - started };
};

const expectStatus = async (response: Response, status: number) => {
  const text = await response.text();
  if (response.status !== status) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
};

// Node 20 is what this machine runs; the SDK's upgrade notice would bury the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
logger.setLogLevel("SILENT");
const dynamo = await startDynamoDbLocal();
const client = new DynamoDBClient(localClientConfig(dynamo.endpoint));
const server = await (async () => {
  await createTable(client, "bench");
  const devKeys = await generateDevKeys();
  const started = await startLocalServer({
    deps: { store: createDynamoDbFilingStore(client, "bench"), clock: () => new Date() },
    devKeys,
    port: 0,
  });
  return { ...started, devKeys };
})();

try {
  // One Träger per client, so submissions do not queue behind each other on one filing.
  const traeger = await Promise.all(
    Array.from({ length: CLIENTS }, (_, i) =>
      issueDevToken(server.devKeys, {
        sub: `bench-${i}`,
        name: "",
        role: "traeger",
        traegerId: `bench-${i}`,
        programmeIds: [],
      }),
    ),
  );
  const koordinierung = await issueDevToken(server.devKeys, {
    sub: "bench-k",
    name: "",
    role: "koordinierung",
    programmeIds: [],
  });
  const bodies = traeger.map((_, i) =>
    JSON.stringify(sampleVerwendungsnachweis({ ...SAMPLE_META, traegerId: `bench-${i}` })),
  );
  const submit = (i: number) =>
    fetch(`${server.url}/filings`, {
      method: "POST",
      headers: { authorization: `Bearer ${traeger[i]}`, "content-type": "application/json" },
      body: bodies[i],
    }).then((r) => expectStatus(r, 201));
  const list = () =>
    fetch(`${server.url}/filings?programme=stadtteilmanagement&year=2025`, {
      headers: { authorization: `Bearer ${koordinierung}` },
    }).then((r) => expectStatus(r, 200));

  await submit(0); // warm-up: module loading, JIT, first table access
  await list();
  console.log(
    `\nAPI-Benchmark: ${CLIENTS} gleichzeitige Clients × ${ROUNDS} Anfragen, Loopback, DynamoDB Local (in-memory)\n`,
  );
  const submits = await phase((c) => submit(c));
  report("POST /filings", submits.times, submits.wallMs);
  const lists = await phase(() => list());
  report("GET /filings", lists.times, lists.wallMs);
  console.log(
    `\n(GET /filings listet ${CLIENTS} Vorgänge mit je bis zu ${ROUNDS + 1} Versionen; Zeiten inkl. JWT-Prüfung.)\n`,
  );
} finally {
  await server.close();
  client.destroy();
  await dynamo.stop();
}
