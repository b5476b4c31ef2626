import { CliError } from "./cli-error";

/** The options of every command that loads a programme's Förderjahr from the API into a file. */
export const YEAR_OPTIONS = {
  year: { type: "string" },
  programme: { type: "string" },
  api: { type: "string" },
  token: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The Förderjahr a command names with `option` (--year, or --jahr for archive), checked before anything is asked of the API. */
export const parseYear = (year: string | undefined, command: string, option = "--year"): number => {
  if (!year || !/^\d{4}$/.test(year))
    throw new CliError(
      `Bitte ${option} als Förderjahr angeben, z. B. 2025.\nHilfe: foerderbericht ${command} --help`,
    );
  return Number(year);
};
