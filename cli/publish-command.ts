import type { ApiClient } from "../shared/api/api-client";
import type { JahresberichtFiling } from "../shared/filing/filing";
import { EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { apiTarget, withApi } from "./with-api";
import { loginProgramme } from "./login-programme";
import { parseCommandArgs } from "./parse-command-args";
import { writeWorkbookFile } from "./workbook-file";
import { parseYear, YEAR_OPTIONS } from "./year-options";

export const PUBLISH_HELP = `foerderbericht publish – Jahresberichte zum Veröffentlichen als PDF

Aufruf:
  foerderbericht publish --year <jahr> [--programme <id>] --api <url> --token <token> [-o <datei.pdf>]
  foerderbericht publish --filing <kennung> --api <url> --token <token> [-o <datei.pdf>]

Ohne --filing: alle Jahresberichte des Jahres in einem PDF mit Deckblatt und Inhalt.
Gliederung nach Anlage 1; Ehrenamtliche stehen ohne Namen darin (Person 1, 2, …).

Optionen:
  --year <jahr>         Förderjahr, z. B. 2025
  --programme <id>      Förderprogramm (Standard: das einzige der Anmeldung, sonst Pflicht)
  --filing <kennung>    nur dieser Jahresbericht, z. B. stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor
  --local               hier drucken statt auf dem Server (dasselbe PDF, ohne weitere Programme)
  --api <url>           Adresse der Schnittstelle (oder FOERDERBERICHT_API)
  --token <token>       Anmeldung (oder FOERDERBERICHT_TOKEN)
  -o, --output <datei>  Zieldatei (Standard: jahresberichte-<programm>-<jahr>.pdf)
  --force               eine vorhandene Zieldatei überschreiben
  -h, --help            diese Hilfe`;

const OPTIONS = { ...YEAR_OPTIONS, filing: { type: "string" }, local: { type: "boolean" } } as const;

const latestVersion = async (api: ApiClient, filingId: string, version: number) =>
  (await api.getVersion(filingId, version)).content as JahresberichtFiling;

/** Prints here: the Jahresberichte come from the API as JSON (the same the add-in reads). */
const renderLocally = async (
  api: ApiClient,
  programme: string,
  year: number | undefined,
  filing?: string,
) => {
  // Loaded only when printing here: every other call of the CLI starts without the PDF code.
  const [{ publishJahresbericht, publishYear }, { pdfmakeRenderer }] = await Promise.all([
    import("../functions/core/publish-jahresberichte"),
    import("../functions/render/pdfmake-renderer"),
  ]);
  const renderer = pdfmakeRenderer();
  if (filing) {
    const detail = await api.getFiling(filing);
    return publishJahresbericht(await latestVersion(api, filing, detail.filing.latestVersion), renderer);
  }
  const list = await api.call("listFilings", { query: { programme, year: year!, kind: "jahresbericht" } });
  const filings: JahresberichtFiling[] = [];
  for (const item of list.items) filings.push(await latestVersion(api, item.filingId, item.latestVersion));
  return publishYear(programme, year!, filings, renderer);
};

/** The server's PDF: one Jahresbericht, or the whole year with cover and contents. */
const renderOnServer = async (api: ApiClient, programme: string, year: number | undefined, filing?: string) =>
  (filing
    ? await api.call("getPublication", { path: { id: filing } })
    : await api.call("getYearPublication", { path: { programmeId: programme, year: year! } })
  ).bytes;

export const publishCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs("publish", args, OPTIONS);
  if (values.help) {
    io.out(PUBLISH_HELP);
    return EXIT.ok;
  }
  const year = values.filing ? undefined : parseYear(values.year, "publish");
  const target = apiTarget(values, "publish");
  // One filing's publication needs no programme; a year's is the login's only one, or named.
  const programme = values.filing
    ? (values.programme ?? "")
    : await loginProgramme(target, values.programme, "publish");
  const output =
    values.output ?? (values.filing ? `${values.filing}.pdf` : `jahresberichte-${programme}-${year}.pdf`);
  const pdf = await withApi(target, (api) =>
    (values.local ? renderLocally : renderOnServer)(api, programme, year, values.filing),
  );
  await writeWorkbookFile(io.cwd, output, pdf, values.force ?? false);
  io.out(`Veröffentlichung geschrieben: ${output}`);
  return EXIT.ok;
};
