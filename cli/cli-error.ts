/** Exit codes of `foerderbericht`: documented in the help text, relied on by scripts and CI. */
export const EXIT = {
  ok: 0,
  /** The workbook was read and has at least one Fehler. */
  fehler: 1,
  /** Wrong call, missing or unreadable file, not a Förderbericht workbook. */
  usage: 2,
} as const;

/**
 * An error the user can fix: a German message saying what is wrong and what to do. Printed
 * without a stack; `exitCode` is 2 unless stated otherwise.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "CliError";
  }
}
