import { createRequire } from "node:module";
import { CliError, EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";

export const MAIN_HELP = `foerderbericht – Verwendungsnachweis und Jahresbericht als Excel-Arbeitsmappe

Aufruf:
  foerderbericht <Befehl> [Optionen]

Befehle:
  template   neue Arbeitsmappe erzeugen: leer, mit Beispieldaten oder mit Übernahme aus dem Vorjahr
  validate   Arbeitsmappe prüfen: Fehler, Warnungen und Hinweise mit Zelle
  show       Inhalt einer Arbeitsmappe anzeigen (mit --json vollständig als JSON)
  consolidate  konsolidierte Mappe eines Förderjahres von der Schnittstelle laden (Koordinierung)
  publish    Jahresberichte zum Veröffentlichen als PDF (Koordinierung)
  archive    Archiv eines Förderjahres oder Vorgangs als .zip mit Manifest und SHA-256 (Koordinierung)

Allgemeine Optionen:
  -h, --help      diese Hilfe; „foerderbericht <Befehl> --help“ erklärt einen Befehl
  -v, --version   Version anzeigen

Exit-Codes: 0 = in Ordnung, 1 = Fehler in der Arbeitsmappe, 2 = falscher Aufruf oder Datei nicht lesbar

Beispiel:
  foerderbericht template --kind verwendungsnachweis --traeger awo --district kaltenmoor --year 2025
  foerderbericht validate verwendungsnachweis-awo-kaltenmoor-2025.xlsx`;

type Command = (args: string[], io: CliIo) => Promise<number>;
interface CommandModule {
  run: Command;
  help: string;
}

/*
 * Each command loads its module only when called: `validate` never loads exceljs (templates),
 * pdfmake (publish) or the AWS SDK (publish --local), which were most of the start-up time. The
 * built CLI keeps these as separate chunks (scripts/build-cli.mjs).
 */
export const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  template: () =>
    import("./template-command").then((m) => ({ run: m.templateCommand, help: m.TEMPLATE_HELP })),
  validate: () =>
    import("./validate-command").then((m) => ({ run: m.validateCommand, help: m.VALIDATE_HELP })),
  show: () => import("./show-command").then((m) => ({ run: m.showCommand, help: m.SHOW_HELP })),
  consolidate: () =>
    import("./consolidate-command").then((m) => ({ run: m.consolidateCommand, help: m.CONSOLIDATE_HELP })),
  publish: () => import("./publish-command").then((m) => ({ run: m.publishCommand, help: m.PUBLISH_HELP })),
  archive: () => import("./archive-command").then((m) => ({ run: m.archiveCommand, help: m.ARCHIVE_HELP })),
};

/** Runs one CLI call and returns its exit code; user errors are printed in German, never thrown. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? args[0] : undefined;
    const help = topic && COMMANDS[topic] ? (await COMMANDS[topic]()).help : MAIN_HELP;
    if (name !== undefined) {
      io.out(help);
      return EXIT.ok;
    }
    io.err(`Bitte einen Befehl angeben.\n\n${help}`);
    return EXIT.usage;
  }
  if (name === "-v" || name === "--version") {
    io.out(version());
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(
      `Unbekannter Befehl „${name}“. Möglich sind: ${Object.keys(COMMANDS).join(", ")}.\nHilfe: foerderbericht --help`,
    );
    return EXIT.usage;
  }
  try {
    return await (await load()).run(args, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(err.message);
      return err.exitCode;
    }
    throw err;
  }
};

const version = (): string => {
  const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };
  return pkg.version;
};
