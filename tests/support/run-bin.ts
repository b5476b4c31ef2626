import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Absolute path of the real launcher, as `npm install -g` would run it. */
export const BIN = fileURLToPath(new URL("../../bin/foerderbericht.mjs", import.meta.url));

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/foerderbericht.mjs …` in `cwd`; resolves with exit code and output, never rejects on exit ≠ 0. */
export const runBin = (args: string[], cwd: string): Promise<BinResult> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(error);
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
