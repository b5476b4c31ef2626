import { createRequire } from "node:module";
import { CliError, EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { CONSOLIDATE_HELP, consolidateCommand } from "./consolidate-command";
import { PUBLISH_HELP, publishCommand } from "./publish-command";
import { SHOW_HELP, showCommand } from "./show-command";
import { TEMPLATE_HELP, templateCommand } from "./template-command";
import { VALIDATE_HELP, validateCommand } from "./validate-command";

export const MAIN_HELP = `foerderbericht – Verwendungsnachweis und Jahresbericht als Excel-Arbeitsmappe

Aufruf:
  foerderbericht <Befehl> [Optionen]

Befehle:
  template   neue Arbeitsmappe erzeugen: leer, mit Beispieldaten oder mit Übernahme aus dem Vorjahr
  validate   Arbeitsmappe prüfen: Fehler, Warnungen und Hinweise mit Zelle
  show       Inhalt einer Arbeitsmappe anzeigen (mit --json vollständig als JSON)
  consolidate  konsolidierte Mappe eines Förderjahres von der Schnittstelle laden (Koordinierung)
  publish    Jahresberichte zum Veröffentlichen als PDF (Koordinierung)

Allgemeine Optionen:
  -h, --help      diese Hilfe; „foerderbericht <Befehl> --help“ erklärt einen Befehl
  -v, --version   Version anzeigen

Exit-Codes: 0 = in Ordnung, 1 = Fehler in der Arbeitsmappe, 2 = falscher Aufruf oder Datei nicht lesbar

Beispiel:
  foerderbericht template --kind verwendungsnachweis --traeger awo --district kaltenmoor --year 2025
  foerderbericht validate verwendungsnachweis-awo-kaltenmoor-2025.xlsx`;

type Command = (args: string[], io: CliIo) => Promise<number>;

export const COMMANDS: Record<string, { run: Command; help: string }> = {
  template: { run: templateCommand, help: TEMPLATE_HELP },
  validate: { run: validateCommand, help: VALIDATE_HELP },
  show: { run: showCommand, help: SHOW_HELP },
  consolidate: { run: consolidateCommand, help: CONSOLIDATE_HELP },
  publish: { run: publishCommand, help: PUBLISH_HELP },
};

/** Runs one CLI call and returns its exit code; user errors are printed in German, never thrown. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const topic = name === "help" ? args[0] : undefined;
    const help = topic && COMMANDS[topic] ? COMMANDS[topic].help : MAIN_HELP;
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
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `Unbekannter Befehl „${name}“. Möglich sind: ${Object.keys(COMMANDS).join(", ")}.\nHilfe: foerderbericht --help`,
    );
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
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
