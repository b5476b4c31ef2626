import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDynamoDbFilingStore } from "../functions/store/dynamodb-filing-store";
import { startDynamoDbLocal } from "../functions/store/dynamodb-local";
import { localClientConfig } from "../functions/store/dynamodb-local";
import { createTable } from "../functions/store/table-definition";
import { loadDevKeys } from "./dev-keys";
import { freePortOr } from "./free-port-or";
import { startLocalServer } from "./local-server";
import { printBanner } from "./print-banner";
import { seedDemo } from "./seed-demo";
import { watchAddin } from "../scripts/build-addin";

/** `npm start [-- --fresh]`: DynamoDB Local + the API on one machine, with demo data on first start. */
// Node 20 is what this machine runs; the SDK's upgrade notice would bury the output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const dataDir = fileURLToPath(new URL("../.data", import.meta.url));
const tableName = process.env.TABLE_NAME ?? "foerderbericht";
const addinDir = fileURLToPath(new URL("../dist/addin-dev", import.meta.url));
// Where `npx office-addin-dev-certs install` puts the certificate Excel trusts for https://localhost.
const certDir = join(homedir(), ".office-addin-dev-certs");
const certs = ["localhost.crt", "localhost.key"].map((f) => join(certDir, f));
const TASKPANE_HTTPS_PORT = Number(process.env.TASKPANE_PORT ?? 3001);

const fail = (message: string): never => {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
};

if (spawnSync("java", ["-version"], { stdio: "ignore" }).error)
  fail(
    "Java wurde nicht gefunden. DynamoDB Local braucht Java 17 oder neuer.\n" +
      "  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless\n" +
      "  macOS/Windows: ein JDK 17 (z. B. Eclipse Temurin) installieren und `java -version` prüfen.",
  );

if (process.argv.includes("--fresh")) {
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Daten in ${dataDir} gelöscht (--fresh).`);
}
mkdirSync(`${dataDir}/dynamodb`, { recursive: true });

console.log("Starte DynamoDB Local …");
const dynamo = await startDynamoDbLocal({
  dbPath: `${dataDir}/dynamodb`,
  port: await freePortOr(Number(process.env.DYNAMODB_PORT ?? 8000)),
}).catch((err: Error) => fail(`DynamoDB Local ließ sich nicht starten: ${err.message}`));
const client = new DynamoDBClient(localClientConfig(dynamo.endpoint));

const stop = async () => {
  await dynamo.stop();
  client.destroy();
};

try {
  const exists = await client.send(new DescribeTableCommand({ TableName: tableName })).then(
    () => true,
    (err: unknown) => (err instanceof ResourceNotFoundException ? false : Promise.reject(err)),
  );
  const store = createDynamoDbFilingStore(client, tableName);
  let seeded: Awaited<ReturnType<typeof seedDemo>> | undefined;
  if (!exists) {
    await createTable(client, tableName);
    console.log("Tabelle angelegt; lege Demodaten an (2024 vollständig, 2025 gemischt) …");
    seeded = await seedDemo(store);
  }
  const devKeys = await loadDevKeys(dataDir);
  console.log("Baue den Aufgabenbereich (esbuild, beobachtet addin/ und shared/) …");
  const builder = await watchAddin(addinDir);
  const https = certs.every((f) => existsSync(f))
    ? { port: TASKPANE_HTTPS_PORT, cert: readFileSync(certs[0]!), key: readFileSync(certs[1]!) }
    : undefined;
  const server = await startLocalServer({
    deps: { store, clock: () => new Date() },
    devKeys,
    port: Number(process.env.PORT ?? 3000),
    staticDir: addinDir,
    ...(https && { https }),
  });
  printBanner({
    apiUrl: server.url,
    taskPane: {
      browserUrl: `${server.url}/`,
      excelUrl: server.httpsUrl && `${server.httpsUrl}/taskpane.html`,
      certDir,
    },
    dynamoEndpoint: dynamo.endpoint,
    tableName,
    dataDir,
    seeded,
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nBeende API und DynamoDB Local …");
    await builder.dispose();
    await server.close();
    await stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
} catch (err) {
  await stop();
  const code = (err as NodeJS.ErrnoException).code;
  fail(
    code === "EADDRINUSE"
      ? `Port ${process.env.PORT ?? 3000} ist belegt. Anderen Port wählen: PORT=3001 npm start`
      : `Start fehlgeschlagen: ${(err as Error).message}`,
  );
}
