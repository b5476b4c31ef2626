import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SAMPLE_PRUEFVERMERK } from "../../shared/pruefung/sample-pruefvermerk";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { logger } from "../../functions/http/logger";
import { generateDevKeys } from "../../dev/dev-keys";
import { DEV_USERS } from "../../dev/dev-users";
import { issueDevToken } from "../../dev/issue-dev-token";
import { startLocalServer, type LocalServer } from "../../dev/local-server";
import { createDynamoDbFilingStore } from "../../functions/store/dynamodb-filing-store";
import { startDynamoDbLocal, type DynamoDbLocal } from "../../functions/store/dynamodb-local";
import { localClientConfig } from "../../functions/store/local-client-config";
import { createTable } from "../../functions/store/table-definition";
import type { FilingStore } from "../../functions/core/filing-store";
import { routePath } from "../support/route-request";

/**
 * DynamoDB Local of this test's own (on disk, so it survives a kill), paused and killed while
 * submissions and reviews are under way. The API must answer 503 with Retry-After within the
 * store's timeout, the store must hold each change whole or not at all, every acknowledged (201)
 * submission must be there after a restart, and a retry with the same Idempotency-Key stores once.
 */
const TUNING = { connectionTimeoutMs: 500, requestTimeoutMs: 1_000, maxAttempts: 2 };
/** Two attempts of 1 s plus the SDK's backoff, and the handler around it on a busy machine. */
const DEADLINE_MS = 5_000;

let dir: string;
let port: number;
let dynamo: DynamoDbLocal;
let client: DynamoDBClient;
let store: FilingStore;
let server: LocalServer;
let tokens: Record<string, string>;

const restart = async () => {
  dynamo = await startDynamoDbLocal({ dbPath: dir, port });
};

beforeAll(async () => {
  logger.setLogLevel("SILENT");
  dir = mkdtempSync(join(tmpdir(), "ddb-faults-"));
  dynamo = await startDynamoDbLocal({ dbPath: dir });
  port = Number(new URL(dynamo.endpoint).port);
  // The table with DynamoDB Local's patient defaults: a retried CreateTable would meet its own table.
  const setup = new DynamoDBClient(localClientConfig(dynamo.endpoint));
  await createTable(setup, "faults");
  setup.destroy();
  client = new DynamoDBClient(localClientConfig(dynamo.endpoint, TUNING));
  store = createDynamoDbFilingStore(client, "faults");
  const devKeys = await generateDevKeys();
  server = await startLocalServer({ deps: { store, clock: () => new Date() }, devKeys, port: 0 });
  tokens = {
    awo: await issueDevToken(devKeys, DEV_USERS.awo!),
    koordinierung: await issueDevToken(devKeys, DEV_USERS.koordinierung!),
  };
  // Load the handlers once, so the timings below measure the store, not the first import.
  for (const path of [routePath("getFiling", { id: "x" }), routePath("reviewFiling", { id: "x" })])
    await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.awo}` },
    });
}, 60_000);
afterAll(async () => {
  dynamo?.signal("SIGCONT");
  await server?.close();
  await dynamo?.stop();
  client?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const filing = (year: number) =>
  sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: "kaltenmoor",
    year,
  });

const submit = async (year: number, key: string) => {
  const started = performance.now();
  const response = await fetch(`${server.url}${routePath("submitFiling")}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${tokens.awo}`,
      "content-type": "application/json",
      "idempotency-key": key,
    },
    body: JSON.stringify(filing(year)),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.json(),
    ms: performance.now() - started,
  };
};

const review = async (filingId: string, action: string, expectedVersion?: number) => {
  const started = performance.now();
  const response = await fetch(`${server.url}${routePath("reviewFiling", { id: filingId })}`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens.koordinierung}`, "content-type": "application/json" },
    body: JSON.stringify({
      action,
      expectedVersion,
      comments: [{ text: "Bitte Belege nachreichen." }],
      ...(action === "pruefen" && { pruefvermerk: SAMPLE_PRUEFVERMERK }),
    }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    ms: performance.now() - started,
  };
};

const idOf = (year: number) => `stadtteilmanagement.${year}.verwendungsnachweis.awo.kaltenmoor`;

/** Whole or nothing: the head's counters agree with the items that exist. */
const expectConsistent = async (filingId: string) => {
  const head = await store.getHead(filingId);
  if (!head) {
    expect(await store.getOriginal(filingId, 1)).toBeUndefined();
    return expect(await store.getVersion(filingId, 1)).toBeUndefined();
  }
  // The original travels in the version's transaction: there with it, with its recorded hash.
  const version = await store.getVersion(filingId, head.latestVersion);
  expect((await store.getOriginal(filingId, head.latestVersion))?.sha256).toBe(version?.sha256);
  expect(await store.getOriginal(filingId, head.latestVersion + 1)).toBeUndefined();
  const audit = await store.listAudit(filingId);
  expect(audit.map((a) => a.seq)).toEqual(Array.from({ length: head.auditSeq }, (_, i) => i + 1));
  expect(await store.getVersion(filingId, head.latestVersion)).toBeDefined();
  expect(await store.getVersion(filingId, head.latestVersion + 1)).toBeUndefined();
};

describe("store faults", () => {
  it("answers 503 with Retry-After while the store is paused, and a retry with the same key stores one version", async () => {
    dynamo.signal("SIGSTOP");
    const during = await submit(2050, "pause-1").finally(() => dynamo.signal("SIGCONT"));
    expect(during.status).toBe(503);
    expect(during.retryAfter).toMatch(/^\d+$/);
    expect(during.body).toMatchObject({ type: "store-unavailable", status: 503 });
    expect(during.ms).toBeLessThan(DEADLINE_MS);
    const retried = await submit(2050, "pause-1");
    expect([200, 201]).toContain(retried.status);
    const again = await submit(2050, "pause-1");
    expect(again).toMatchObject({ status: 200, body: { replayed: true, version: 1 } });
    await expectConsistent(idOf(2050));
  });

  it("answers 503 for a review while the store is paused and keeps the review whole or not at all", async () => {
    expect((await submit(2051, "review-1")).status).toBe(201);
    dynamo.signal("SIGSTOP");
    const during = await review(idOf(2051), "zurueckgeben", 1).finally(() => dynamo.signal("SIGCONT"));
    expect(during.status).toBe(503);
    expect(during.ms).toBeLessThan(DEADLINE_MS);
    await expectConsistent(idOf(2051));
    // The same step again: applied once – either now (200) or by the paused request (409).
    expect([200, 409]).toContain((await review(idOf(2051), "zurueckgeben", 1)).status);
    const audit = await store.listAudit(idOf(2051));
    expect(audit.filter((a) => a.action === "zurueckgeben")).toHaveLength(1);
  });

  it("keeps every acknowledged submission and review across a kill in the middle, and stores each retried key once", async () => {
    // Wave 1 is acknowledged well before the kill; wave 2 is in flight when DynamoDB Local dies.
    const early = Array.from({ length: 10 }, (_, i) => 2060 + i);
    const late = Array.from({ length: 20 }, (_, i) => 2070 + i);
    const first = await Promise.all(early.map((y) => submit(y, `kill-${y}`)));
    expect(first.map((a) => a.status)).toEqual(early.map(() => 201));
    const reviewedEarly = await review(idOf(2060), "zurueckgeben", 1);
    expect(reviewedEarly.status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_000));
    const pending = late.map((y) => submit(y, `kill-${y}`));
    const reviewing = review(idOf(2050), "pruefen", 1);
    await new Promise((r) => setTimeout(r, 150));
    dynamo.signal("SIGKILL");
    const answers = await Promise.all(pending);
    for (const a of [...answers, await reviewing]) {
      expect([200, 201, 409, 503]).toContain(a.status);
      expect(a.ms).toBeLessThan(DEADLINE_MS + 1_000);
    }
    await restart();
    // Acknowledged = stored for everything DynamoDB Local had answered a moment before it died.
    for (const year of early)
      expect(await store.getHead(idOf(year)), `${year}`).toMatchObject({ latestVersion: 1 });
    expect((await store.getHead(idOf(2060)))?.status).toBe("zurueckgegeben");
    // Whole or nothing for everything, including what was in flight.
    for (const year of [...early, ...late, 2050]) await expectConsistent(idOf(year));
    // Resent with the same key (as a client does after 503 or no answer): each stored exactly once.
    const retried = await Promise.all([...early, ...late].map((year) => submit(year, `kill-${year}`)));
    for (const [i, year] of [...early, ...late].entries()) {
      expect([200, 201]).toContain(retried[i]!.status);
      expect(retried[i]!.body.version).toBe(1);
      expect(await store.getVersion(idOf(year), 2)).toBeUndefined();
    }
  }, 90_000);
});
