import type { Filing } from "../shared/filing";
import { hasFehler, type Finding } from "../shared/rules";
import { CliError, EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { placeCrossCheckFindings, readCrossCheckPartner, type CrossCheckPartner } from "./cross-check";
import {
  countFindings,
  describeFiling,
  formatFindingLines,
  formatSummary,
  type FindingCounts,
} from "./format-findings";
import { inspectWorkbook } from "./load-workbook";
import { parseCommandArgs } from "./parse-command-args";
import { readWorkbookFile } from "./workbook-file";

export const VALIDATE_HELP = `foerderbericht validate – Arbeitsmappen prüfen

Aufruf:
  foerderbericht validate <datei.xlsx> [weitere.xlsx …] [--json] [--verwendungsnachweis <vn.xlsx>]

Prüft jede Arbeitsmappe mit denselben Regeln wie das Add-in und die Einreichung und gibt je
Befund eine Zeile aus: Schwere, Regel-ID, Zelle, Meldung; je Datei eine Zusammenfassung.
Stehen Verwendungsnachweis und Jahresbericht desselben Trägers, Stadtteils und Jahres in der
Liste, wird 3.1 des Jahresberichts mit dem Verwendungsnachweis abgeglichen.

Optionen:
  --json                      Ergebnis als JSON: { file, kind, meta, summary, findings } je Datei;
                              bei mehreren Dateien eine Liste davon
  --verwendungsnachweis <vn.xlsx>
                              Jahresberichte mit diesem Verwendungsnachweis abgleichen
                              (Regel JB-RESSOURCEN-ABGLEICH)
  -h, --help                  diese Hilfe

Exit-Code (bei mehreren Dateien der schlechteste):
  0  keine Fehler (Warnungen und Hinweise sind erlaubt)
  1  mindestens ein Fehler
  2  Datei fehlt, ist keine .xlsx-Datei oder keine Arbeitsmappe des Förderberichts

Beispiele:
  foerderbericht validate verwendungsnachweis-awo-kaltenmoor-2025.xlsx
  foerderbericht validate *.xlsx
  foerderbericht validate jahresbericht-awo-kaltenmoor-2025.xlsx --verwendungsnachweis verwendungsnachweis-awo-kaltenmoor-2025.xlsx`;

const OPTIONS = {
  json: { type: "boolean" },
  verwendungsnachweis: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** What one file came to: printed as a block of lines, or as one JSON object. */
interface FileResult {
  file: string;
  filing: Filing | null;
  findings: Finding[];
  summary: FindingCounts;
  /** Why the file could not be checked (exit 2); absent when it was read. */
  problem?: string;
  exit: number;
}

const unreadable = (file: string, problem: string, findings: Finding[] = []): FileResult => ({
  file,
  filing: null,
  findings,
  summary: countFindings(findings),
  problem,
  exit: EXIT.usage,
});

const belongTogether = (jb: Filing, vn: Filing) =>
  vn.kind === "verwendungsnachweis" &&
  (["programmeId", "traegerId", "districtId", "year"] as const).every((k) => jb.meta[k] === vn.meta[k]);

const checkFile = async (
  io: CliIo,
  file: string,
  partnerOf: (filing: Filing) => Promise<CrossCheckPartner | undefined>,
): Promise<FileResult> => {
  let buffer: Uint8Array;
  try {
    buffer = await readWorkbookFile(io.cwd, file, "validate");
  } catch (err) {
    if (err instanceof CliError) return unreadable(file, err.message);
    throw err;
  }
  let inspected = await inspectWorkbook(buffer, file);
  if (!inspected.filing) return unreadable(file, inspected.problem, inspected.findings);
  const partner = await partnerOf(inspected.filing);
  let findings = inspected.findings;
  if (partner) {
    // Read again with the partner's data: the Jahresbericht's rules see the Verwendungsnachweis.
    inspected = await inspectWorkbook(buffer, file, { verwendungsnachweis: partner.filing.data });
    if (!inspected.filing) return unreadable(file, inspected.problem, inspected.findings);
    try {
      findings = placeCrossCheckFindings(inspected.filing, inspected.findings, partner);
    } catch (err) {
      if (err instanceof CliError) return unreadable(file, err.message);
      throw err;
    }
  }
  return {
    file,
    filing: inspected.filing,
    findings,
    summary: countFindings(findings),
    exit: hasFehler(findings) ? EXIT.fehler : EXIT.ok,
  };
};

export const validateCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs("validate", args, OPTIONS);
  if (values.help) {
    io.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) await readWorkbookFile(io.cwd, undefined, "validate");
  const files = [...new Set(positionals)];

  const explicitFile = values.verwendungsnachweis;
  const explicit =
    explicitFile === undefined
      ? undefined
      : await readCrossCheckPartner(await readWorkbookFile(io.cwd, explicitFile, "validate"), explicitFile);
  // A Verwendungsnachweis among the files is the partner of its Jahresbericht (read once, on demand).
  const listed = new Map<string, Promise<CrossCheckPartner | undefined>>();
  const listedPartner = (file: string) => {
    if (!listed.has(file))
      listed.set(
        file,
        readWorkbookFile(io.cwd, file, "validate")
          .then((buffer) => readCrossCheckPartner(buffer, file))
          .catch(() => undefined),
      );
    return listed.get(file)!;
  };
  const kinds = new Map<string, Filing>();
  const partnerOf = async (filing: Filing): Promise<CrossCheckPartner | undefined> => {
    // Given explicitly, it is checked against every file (a Verwendungsnachweis gets a clear error).
    if (explicit) return explicit;
    if (filing.kind !== "jahresbericht") return undefined;
    for (const [file, other] of kinds) if (belongTogether(filing, other)) return listedPartner(file);
    return undefined;
  };

  // First every file on its own; then each Jahresbericht whose partner is known once more with it.
  const results = new Map<string, FileResult>();
  const firstPass = await Promise.all(
    files.map(async (f) => [f, await checkFile(io, f, async () => undefined)] as const),
  );
  for (const [file, result] of firstPass) {
    results.set(file, result);
    if (result.filing?.kind === "verwendungsnachweis") kinds.set(file, result.filing);
  }
  for (const [file, result] of firstPass)
    if (result.filing && (await partnerOf(result.filing)))
      results.set(file, await checkFile(io, file, partnerOf));

  const ordered = files.map((f) => results.get(f)!);
  if (values.json) {
    const json = ordered.map((r) => ({
      file: r.file,
      kind: r.filing?.kind ?? null,
      meta: r.filing?.meta ?? null,
      summary: r.summary,
      findings: r.findings,
    }));
    io.out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  }
  for (const r of ordered) {
    if (r.problem !== undefined) {
      io.err(r.problem);
      continue;
    }
    if (values.json) continue;
    if (ordered.length > 1) io.out("");
    io.out(`Prüfung von ${r.file}: ${describeFiling(r.filing!)}`);
    for (const line of formatFindingLines(r.findings)) io.out(line);
    io.out(formatSummary(r.summary));
  }
  if (ordered.length > 1 && !values.json) io.out(`\n${overall(ordered)}`);
  return Math.max(...ordered.map((r) => r.exit));
};

const overall = (results: readonly FileResult[]): string => {
  const count = (exit: number) => results.filter((r) => r.exit === exit).length;
  const parts = [
    `${count(EXIT.ok)} ohne Fehler`,
    `${count(EXIT.fehler)} mit Fehlern`,
    ...(count(EXIT.usage) > 0 ? [`${count(EXIT.usage)} nicht lesbar`] : []),
  ];
  return `${results.length} Arbeitsmappen geprüft: ${parts.join(", ")}.`;
};
