import { setFlagsFromString } from "node:v8";
import { processIo } from "./cli-io";
import { runCli } from "./run-cli";

// Entry of `foerderbericht` (bin/foerderbericht.mjs) and `npm run cli`. Unexpected errors end the
// process with a German hint and exit 2; the stack goes to stderr for a bug report.
// `foerderbericht show x.xlsx | head` closes the pipe early: that is the reader's choice, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// A CLI call runs for a fraction of a second: V8's optimising compiler (TurboFan, on background
// threads) compiles functions that have already done their work – a third of the CPU of a
// `validate` (0.35 → 0.24 s), and still less CPU at 2,000 Personal rows. The interpreter and the
// baseline compiler stay on. Set here, before any command module loads; bench/cli-validate.ts
// measures it.
setFlagsFromString("--no-opt");

try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (err) {
  console.error("Unerwarteter Fehler im Programm – bitte mit dieser Ausgabe melden:");
  console.error(err);
  process.exitCode = 2;
}
