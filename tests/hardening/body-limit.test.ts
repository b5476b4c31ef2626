import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateDevKeys } from "../../dev/dev-keys";
import { startLocalServer, type LocalServer } from "../../dev/local-server";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";

/**
 * The local server refuses a body over 6 MB when the limit is passed, not when the client stops,
 * and closes every connection it refused (413, 408): the bounds are bytes and open sockets,
 * counted – never a time.
 */
const MB = 1024 * 1024;
let api: TestApi;
/** A second server on the same store with a short cut-off, so a 408 comes within the test. */
let slow: LocalServer;
beforeAll(async () => {
  api = await startTestApi();
  slow = await startLocalServer({
    deps: { store: api.store, clock: () => new Date() },
    devKeys: await generateDevKeys(),
    port: 0,
    requestTimeoutMs: 300,
  });
});
afterAll(async () => {
  await slow?.close();
  await api?.close();
});

const open = (url: string) =>
  new Promise<Socket>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.on("error", reject);
  });

const hostOf = (url: string) => new URL(url).host;

describe("a body over the limit", () => {
  it("is refused with 413 once 6 MB are in, even chunked and endless: the client got to send far less than 64 MB", async () => {
    const socket = await open(api.url);
    let answer = "";
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const framed = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from("\r\n"),
    ]);
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.on("error", () => undefined); // a reset after the answer is the server closing: fine
    socket.on("data", (d: Buffer) => (answer += d.toString("utf8")));
    socket.write(
      `POST /filings HTTP/1.1\r\nHost: ${hostOf(api.url)}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    // Write as long as the server takes bytes and has not answered, up to 64 MB.
    while (!answer && sent < 64 * MB && !socket.destroyed) {
      const flushed = socket.write(framed);
      sent += framed.length;
      if (!flushed) await new Promise((r) => socket.once("drain", r).once("close", r));
    }
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.toLowerCase()).toContain("connection: close");
    expect(answer).toContain("application/problem+json");
    // The limit plus what the kernels' socket buffers hold, nowhere near the 64 MB offered.
    expect(sent).toBeLessThan(6 * MB + 16 * MB);
  });
});

describe("sockets after a refusal", () => {
  const waitForNoConnections = (server: { openConnections: () => Promise<number> }) =>
    vi.waitFor(async () => expect(await server.openConnections()).toBe(0), { timeout: 20_000, interval: 50 });

  it("are closed by the server after 413, also for 20 clients that never read their answer", async () => {
    const sockets = await Promise.all(Array.from({ length: 20 }, () => open(api.url)));
    const ended = sockets.map((s) => new Promise<void>((resolve) => s.on("close", () => resolve())));
    for (const s of sockets) {
      s.on("error", () => undefined);
      s.pause(); // never reads
      s.write(
        `POST /filings HTTP/1.1\r\nHost: ${hostOf(api.url)}\r\nContent-Type: application/json\r\nContent-Length: ${7 * MB}\r\n\r\n`,
      );
    }
    await waitForNoConnections({ openConnections: () => api.openConnections() });
    for (const s of sockets) s.resume();
    await Promise.all(ended);
  });

  it("are closed by the server after 408, for 20 clients that stall in their headers and never read", async () => {
    const sockets = await Promise.all(Array.from({ length: 20 }, () => open(slow.url)));
    const ended = sockets.map((s) => new Promise<void>((resolve) => s.on("close", () => resolve())));
    const answers = sockets.map(() => "");
    sockets.forEach((s, i) => {
      s.on("error", () => undefined);
      s.on("data", (d: Buffer) => (answers[i] += d.toString("utf8")));
      s.pause();
      s.write(`GET /openapi.json HTTP/1.1\r\nHost: ${hostOf(slow.url)}\r\nX-Slow: `);
    });
    await vi.waitFor(async () => expect(await slow.openConnections()).toBe(20), { timeout: 5_000 });
    await waitForNoConnections(slow);
    for (const s of sockets) s.resume();
    await Promise.all(ended);
    for (const a of answers) {
      expect(a).toMatch(/^HTTP\/1\.1 408 /);
      expect(a).toContain("application/problem+json");
    }
  });
});
