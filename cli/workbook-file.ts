import { access, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cli-error";

/** Reads a workbook named on the command line; every failure is a German CliError. */
export const readWorkbookFile = async (cwd: string, file: string | undefined, command: string) => {
  if (!file) {
    throw new CliError(
      `Bitte die Arbeitsmappe angeben, z. B.: foerderbericht ${command} verwendungsnachweis.xlsx\nHilfe: foerderbericht ${command} --help`,
    );
  }
  const path = resolve(cwd, file);
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new CliError(`Die Datei „${file}“ gibt es nicht. Bitte Namen und Ordner prüfen.`);
    }
    if (code === "EISDIR") {
      throw new CliError(`„${file}“ ist ein Ordner. Bitte eine .xlsx-Datei angeben.`);
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError(`Die Datei „${file}“ darf nicht gelesen werden. Bitte die Zugriffsrechte prüfen.`);
    }
    throw new CliError(`Die Datei „${file}“ kann nicht gelesen werden (${code ?? String(err)}).`);
  }
};

/** Writes a new workbook; refuses to replace an existing file unless `force` (it may hold a user's work). */
export const writeWorkbookFile = async (cwd: string, file: string, content: Uint8Array, force: boolean) => {
  const path = resolve(cwd, file);
  if (!force && (await exists(path))) {
    throw new CliError(
      `Die Datei „${file}“ gibt es schon. Mit -o einen anderen Namen wählen oder mit --force überschreiben.`,
    );
  }
  try {
    await writeFile(path, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      `Die Datei „${file}“ kann nicht geschrieben werden (${code ?? String(err)}). Bitte Ordner und Zugriffsrechte prüfen.`,
    );
  }
  return path;
};

const exists = async (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
