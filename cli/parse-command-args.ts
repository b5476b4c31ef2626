import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `parseArgs` with German errors: every mistake in the call ends in a CliError that names the
 * problem and points to the command's `--help`.
 */
export const parseCommandArgs = <O extends Options>(command: string, args: string[], options: O) => {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${translateParseError(err)}\nHilfe: foerderbericht ${command} --help`);
  }
};

const translateParseError = (err: unknown): string => {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'([^']+)'/.exec(message)?.[1]?.split(" ")[0] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Unbekannte Option ${option}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("argument missing")
        ? `Bei der Option ${option} fehlt der Wert.`
        : `Die Option ${option} erwartet keinen Wert.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Unerwartetes Argument: ${option || message}.`;
    default:
      return `Der Aufruf ist ungültig: ${message}`;
  }
};
