import { EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { parseYear } from "./year-options";
import { loginProgramme } from "./login-programme";
import { parseCommandArgs } from "./parse-command-args";
import { apiTarget, withApi } from "./with-api";
import { writeWorkbookFile } from "./workbook-file";

export const ARCHIVE_HELP = `foerderbericht archive – Archiv eines Förderjahres oder eines Vorgangs als .zip laden

Aufruf:
  foerderbericht archive --jahr <jahr> [--programme <id>] --api <url> --token <token> [-o <datei.zip>]
  foerderbericht archive --vorgang <id> --api <url> --token <token> [-o <datei.zip>]

Nur für die Koordinierungsstelle. Das Archiv enthält jede Version mit ihrem Original, ihrem Inhalt
als JSON, den Befunden, dem Verlauf mit Kommentaren, den Eingangsbestätigungen und den
hochgeladenen Anlagen, dazu manifest.json, manifest.csv und SHA256SUMS mit der SHA-256-Prüfsumme
jeder Datei – lesbar ohne dieses Programm (prüfen: unzip -t, dann sha256sum -c SHA256SUMS).

Optionen:
  --jahr <jahr>         Förderjahr, z. B. 2025 (auch --year)
  --vorgang <id>        nur dieser Vorgang (dann ohne --jahr)
  --programme <id>      Förderprogramm (Standard: das einzige der Anmeldung, sonst Pflicht)
  --api <url>           Adresse der Schnittstelle (oder FOERDERBERICHT_API)
  --archive-url <url>   Adresse des gestreamten Archiv-Downloads, Stack-Ausgabe ArchiveUrl
                        (oder FOERDERBERICHT_ARCHIVE_URL); ohne sie lädt die Schnittstelle selbst,
                        in AWS höchstens 6 MB
  --token <token>       Anmeldung (oder FOERDERBERICHT_TOKEN)
  -o, --out <datei>     Zieldatei (Standard: archiv-<programm>-<jahr>.zip bzw. archiv-<vorgang>.zip)
  --force               eine vorhandene Zieldatei überschreiben
  -h, --help            diese Hilfe

Der Fortschritt (empfangene Bytes) erscheint auf stderr.

Beispiel:
  foerderbericht archive --jahr 2025 --out archiv-2025.zip`;

const OPTIONS = {
  jahr: { type: "string" },
  year: { type: "string" },
  vorgang: { type: "string" },
  programme: { type: "string" },
  api: { type: "string" },
  "archive-url": { type: "string" },
  token: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Progress at most once per this many bytes, so a large year prints a few dozen lines, not thousands. */
export const PROGRESS_STEP = 1024 * 1024;

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

export const archiveCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs("archive", args, OPTIONS);
  if (values.help) {
    io.out(ARCHIVE_HELP);
    return EXIT.ok;
  }
  const filingId = values.vorgang;
  const year =
    filingId === undefined ? parseYear(values.jahr ?? values.year, "archive", "--jahr") : undefined;
  const target = {
    ...apiTarget(values, "archive"),
    stream: values["archive-url"] ?? process.env.FOERDERBERICHT_ARCHIVE_URL,
  };
  const programme =
    year === undefined ? undefined : await loginProgramme(target, values.programme, "archive");
  let reported = 0;
  const onProgress = (received: number) => {
    if (received - reported < PROGRESS_STEP) return;
    reported = received;
    io.err(`Archiv: ${megabytes(received)} empfangen …`);
  };
  const file = await withApi(target, (api) =>
    filingId === undefined
      ? api.yearArchive(programme!, year!, onProgress)
      : api.filingArchive(filingId, onProgress),
  );
  io.err(`Archiv: ${megabytes(file.bytes.byteLength)} empfangen.`);
  const output = values.out ?? file.fileName;
  await writeWorkbookFile(io.cwd, output, file.bytes, values.force ?? false);
  io.out(
    `Archiv ${filingId === undefined ? `des Förderjahres ${year}` : `des Vorgangs ${filingId}`} geschrieben: ${output}`,
  );
  return EXIT.ok;
};
