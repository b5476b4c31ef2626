/** Where a command writes; the real process streams in `main.ts`, buffers in tests. */
export interface CliIo {
  /** Results: the human report or JSON (one call per line or block, newline added). */
  out: (text: string) => void;
  /** Errors and hints, so that `--json` output on stdout stays parseable. */
  err: (text: string) => void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
});
