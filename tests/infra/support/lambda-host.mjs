// A stand-in for the Lambda runtime, one process per function as in AWS: imports a BUILT bundle with
// Node's own ESM loader (no vitest transform in between) and runs its `handler` for each event the
// test sends over IPC. The environment is the function's, set by the parent before this starts.
import { pathToFileURL } from "node:url";

const bundle = process.argv[2];
let handler;

process.on("message", async ({ id, event }) => {
  try {
    handler ??= (await import(pathToFileURL(bundle).href)).handler;
    process.send({ id, result: await handler(event) });
  } catch (err) {
    process.send({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
process.send({ ready: true });
