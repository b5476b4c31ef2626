import { processIo } from "./cli-io";
import { runCli } from "./run-cli";

// Entry of `foerderbericht` (bin/foerderbericht.mjs) and `npm run cli`. Unexpected errors end the
// process with a German hint and exit 2; the stack goes to stderr for a bug report.
try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (err) {
  console.error("Unerwarteter Fehler im Programm – bitte mit dieser Ausgabe melden:");
  console.error(err);
  process.exitCode = 2;
}
