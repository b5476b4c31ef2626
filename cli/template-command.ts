import { workbookFileName } from "../shared/xlsx/workbook-file-name";
import {
  districtName,
  traegerName,
  verwendungsnachweisRefusal,
  PROGRAMMES,
  type Programme,
} from "../shared/programme";
import { chooseProgramme } from "./choose-programme";
import { withGrantedZuschuss } from "../shared/layout/with-granted-zuschuss";
import { defaultProgramParams } from "../shared/programme/params-for-year";
import { isAssigned } from "../shared/rules/zuordnung";
import { FIRST_YEAR, LAST_YEAR } from "../shared/domain/primitives";
import { carryOverFromPreviousYear } from "../shared/filing/forms";
import { sampleFiling } from "../shared/samples/sample-filing";
import {
  FILING_KIND_LABELS,
  FILING_KINDS,
  filingKindSchema,
  filingMetaSchema,
  type Filing,
  type FilingKind,
  type FilingMeta,
} from "../shared/filing";
import { CliError, EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { parseCommandArgs } from "./parse-command-args";
import { loadWorkbook } from "./load-workbook";
import { readWorkbookFile, writeWorkbookFile } from "./workbook-file";

export const TEMPLATE_HELP = `foerderbericht template – neue Arbeitsmappe (Vorlage) erzeugen

Aufruf:
  foerderbericht template --kind <art> --traeger <id> --district <id> --year <jahr> [Optionen]
  foerderbericht template --from <vorjahr.xlsx> [--year <jahr>] [Optionen]

Optionen:
  --kind <art>          verwendungsnachweis oder jahresbericht
  --programme <id>      Förderprogramm: ${PROGRAMMES.map((p) => p.id).join(", ")}
                        (ohne Angabe das Programm, zu dem der Stadtteil gehört)
  --traeger <id>        Kennung des Trägers, z. B. awo (die Träger eines Programms: GET /programmes)
  --district <id>       Kennung des Stadtteils, z. B. kaltenmoor
  --year <jahr>         Förderjahr, z. B. 2025
  --from <datei.xlsx>   Vorjahr übernehmen: Stammdaten aus der Arbeitsmappe des Vorjahres
                        (Art, Träger und Stadtteil von dort; Jahr = Vorjahr + 1, wenn --year fehlt)
  --sample              Beispieldaten eintragen, zum Ausprobieren
  -o, --output <datei>  Zieldatei (Standard: <art>-<träger>-<stadtteil>-<jahr>.xlsx)
  --force               eine vorhandene Zieldatei überschreiben
  -h, --help            diese Hilfe

Beispiele:
  foerderbericht template --kind verwendungsnachweis --traeger awo --district kaltenmoor --year 2025
  foerderbericht template --from verwendungsnachweis-awo-kaltenmoor-2024.xlsx -o vn-2025.xlsx
  foerderbericht template --kind jahresbericht --traeger awo --district kaltenmoor --year 2025 --sample`;

const OPTIONS = {
  kind: { type: "string" },
  programme: { type: "string" },
  traeger: { type: "string" },
  district: { type: "string" },
  year: { type: "string" },
  from: { type: "string" },
  sample: { type: "boolean" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const templateCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs("template", args, OPTIONS);
  if (values.help) {
    io.out(TEMPLATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new CliError(
      `Unerwartetes Argument: ${positionals[0]}. Die Zieldatei bitte mit -o angeben.\nHilfe: foerderbericht template --help`,
    );
  }
  if (values.from && values.sample) {
    throw new CliError("--from und --sample schließen sich aus: bitte nur eines angeben.");
  }

  const previous = values.from ? await loadPrevious(io, values.from) : undefined;
  const kind = parseKind(values.kind ?? previous?.kind);
  if (previous && previous.kind !== kind) {
    throw new CliError(
      `„${values.from}“ ist ein ${FILING_KIND_LABELS[previous.kind]}, verlangt ist ein ${FILING_KIND_LABELS[kind]}. Bitte --kind weglassen oder die passende Datei angeben.`,
    );
  }
  const raw = {
    traegerId: values.traeger ?? previous?.meta.traegerId,
    districtId: values.district ?? previous?.meta.districtId,
    year: values.year ?? (previous ? String(previous.meta.year + 1) : undefined),
  };
  requireOptions(raw);
  const programme = chooseProgramme(values.programme ?? previous?.meta.programmeId, raw.districtId);
  const meta = parseMeta({ ...raw, programmeId: programme.id });
  warnUnknown(io, programme, meta);
  const refusal =
    kind === "verwendungsnachweis" && verwendungsnachweisRefusal(meta.programmeId, meta.districtId);
  if (refusal) throw new CliError(refusal);

  const params = defaultProgramParams(meta);
  if (!isAssigned(meta, params))
    io.err(
      `Hinweis: ${traegerName(meta.programmeId, meta.traegerId)} ist im Förderjahr ${meta.year} nicht für den Stadtteil ${districtName(meta.programmeId, meta.districtId)} zugeordnet; ein so erstellter Bericht wird nicht angenommen (Regel ${kind === "verwendungsnachweis" ? "VN" : "JB"}-ZUORDNUNG).`,
    );
  const filing: { kind: FilingKind; meta: FilingMeta; data?: Filing["data"] } = previous
    ? withGrantedZuschuss({ ...carryOverFromPreviousYear(previous, meta.year), meta } as Filing, params)
    : values.sample
      ? sampleFiling(kind, meta)
      : { kind, meta };
  // exceljs loads for writing only: `validate` and `show` never pay its start-up.
  const { writeWorkbook } = await import("../shared/xlsx/write-workbook");
  const content = await writeWorkbook(filing as Parameters<typeof writeWorkbook>[0]);

  const output = values.output ?? workbookFileName(kind, meta);
  if (!output.toLowerCase().endsWith(".xlsx")) {
    throw new CliError(`Die Zieldatei „${output}“ muss auf .xlsx enden.`);
  }
  await writeWorkbookFile(io.cwd, output, content, values.force ?? false);
  const what = previous
    ? `mit Übernahme aus „${values.from}“`
    : values.sample
      ? "mit Beispieldaten"
      : "als leere Vorlage";
  io.out(
    `${FILING_KIND_LABELS[kind]} ${meta.year} für ${traegerName(meta.programmeId, meta.traegerId)}, Stadtteil ${districtName(meta.programmeId, meta.districtId)}, ${what} geschrieben: ${output}`,
  );
  return EXIT.ok;
};

const loadPrevious = async (io: CliIo, file: string): Promise<Filing> => {
  const buffer = await readWorkbookFile(io.cwd, file, "template --from");
  const { filing } = await loadWorkbook(buffer, file);
  return filing;
};

const parseKind = (kind: string | undefined): FilingKind => {
  if (kind === undefined) {
    throw new CliError(
      `Bitte --kind angeben: ${FILING_KINDS.join(" oder ")}.\nHilfe: foerderbericht template --help`,
    );
  }
  const parsed = filingKindSchema.safeParse(kind);
  if (!parsed.success) {
    throw new CliError(`Unbekannte Art „${kind}“. Erlaubt sind: ${FILING_KINDS.join(", ")}.`);
  }
  return parsed.data;
};

const requireOptions = (raw: { traegerId?: string; districtId?: string; year?: string }) => {
  const missing = [
    raw.traegerId === undefined && "--traeger",
    raw.districtId === undefined && "--district",
    raw.year === undefined && "--year",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new CliError(`Bitte ${missing.join(", ")} angeben.\nHilfe: foerderbericht template --help`);
  }
};

const parseMeta = (raw: {
  programmeId: string;
  traegerId?: string;
  districtId?: string;
  year?: string;
}): FilingMeta => {
  const year = /^\d{4}$/.test(raw.year!) ? Number(raw.year) : Number.NaN;
  const parsed = filingMetaSchema.safeParse({ ...raw, year });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0]);
    if (field === "year")
      return `--year „${raw.year}“ ist kein Förderjahr (${FIRST_YEAR}–${LAST_YEAR}, z. B. 2025).`;
    const option = field === "traegerId" ? "--traeger" : "--district";
    const value = field === "traegerId" ? raw.traegerId : raw.districtId;
    return `${option} „${value}“ ist keine gültige Kennung (nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. kaltenmoor).`;
  });
  throw new CliError(problems.join("\n"));
};

/** Träger and districts are configurable per programme and year: an unknown id is a hint, not an error. */
const warnUnknown = (io: CliIo, programme: Programme, meta: FilingMeta) => {
  if (!programme.traeger.some((t) => t.id === meta.traegerId)) {
    io.err(
      `Hinweis: Den Träger „${meta.traegerId}“ kennt das Programm ${programme.name} nicht (bekannt: ${programme.traeger.map((t) => t.id).join(", ")}).`,
    );
  }
  if (!programme.districts.some((d) => d.id === meta.districtId)) {
    io.err(
      `Hinweis: Den Stadtteil „${meta.districtId}“ kennt das Programm ${programme.name} nicht (bekannt: ${programme.districts.map((d) => d.id).join(", ")}).`,
    );
  }
};
