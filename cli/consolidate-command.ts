import { EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { apiTarget, withApi } from "./with-api";
import { loginProgramme } from "./login-programme";
import { parseCommandArgs } from "./parse-command-args";
import { writeWorkbookFile } from "./workbook-file";
import { parseYear, YEAR_OPTIONS } from "./year-options";

export const CONSOLIDATE_HELP = `foerderbericht consolidate – konsolidierte Mappe eines Förderjahres laden

Aufruf:
  foerderbericht consolidate --year <jahr> [--programme <id>] --api <url> --token <token> [-o <datei.xlsx>]

Die Mappe baut die Schnittstelle (nur für Koordinierung und Leitung): Übersicht aller
erwarteten Vorgänge mit Beträgen, alle Personal- und Budgetzeilen, Angebote, Wirkungen, Befunde,
Kommentare und die Auswertung mit Diagrammen. Summen sind Formeln.

Optionen:
  --year <jahr>         Förderjahr, z. B. 2025
  --programme <id>      Förderprogramm (Standard: das einzige der Anmeldung, sonst Pflicht)
  --api <url>           Adresse der Schnittstelle (oder FOERDERBERICHT_API)
  --token <token>       Anmeldung (oder FOERDERBERICHT_TOKEN)
  -o, --output <datei>  Zieldatei (Standard: konsolidiert-<programm>-<jahr>.xlsx)
  --force               eine vorhandene Zieldatei überschreiben
  -h, --help            diese Hilfe`;

export const consolidateCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs("consolidate", args, YEAR_OPTIONS);
  if (values.help) {
    io.out(CONSOLIDATE_HELP);
    return EXIT.ok;
  }
  const year = parseYear(values.year, "consolidate");
  const target = apiTarget(values, "consolidate");
  const programme = await loginProgramme(target, values.programme, "consolidate");
  const output = values.output ?? `konsolidiert-${programme}-${year}.xlsx`;
  const { bytes } = await withApi(target, (api) => api.consolidatedWorkbook(programme, year));
  await writeWorkbookFile(io.cwd, output, bytes, values.force ?? false);
  io.out(`Konsolidierte Mappe ${year} geschrieben: ${output}`);
  return EXIT.ok;
};
