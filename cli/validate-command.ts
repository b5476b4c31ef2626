import { hasFehler } from "../shared/rules";
import { EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { placeCrossCheckFindings, readCrossCheckPartner } from "./cross-check";
import { countFindings, describeFiling, formatFindingLines, formatSummary } from "./format-findings";
import { inspectWorkbook } from "./load-workbook";
import { parseCommandArgs } from "./parse-command-args";
import { readWorkbookFile } from "./workbook-file";

export const VALIDATE_HELP = `foerderbericht validate – Arbeitsmappe prüfen

Aufruf:
  foerderbericht validate <datei.xlsx> [--json] [--verwendungsnachweis <vn.xlsx>]

Prüft die Arbeitsmappe mit denselben Regeln wie das Add-in und die Einreichung und gibt je
Befund eine Zeile aus: Schwere, Regel-ID, Zelle, Meldung; am Ende eine Zusammenfassung.

Optionen:
  --json                      Ergebnis als JSON ausgeben: { file, kind, meta, summary, findings }
  --verwendungsnachweis <vn.xlsx>
                              beim Jahresbericht: 3.1 mit dem Verwendungsnachweis desselben
                              Trägers, Stadtteils und Jahres abgleichen (Regel JB-RESSOURCEN-ABGLEICH)
  -h, --help                  diese Hilfe

Exit-Code:
  0  keine Fehler (Warnungen und Hinweise sind erlaubt)
  1  mindestens ein Fehler
  2  Datei fehlt, ist keine .xlsx-Datei oder keine Arbeitsmappe des Förderberichts

Beispiele:
  foerderbericht validate verwendungsnachweis-awo-kaltenmoor-2025.xlsx
  foerderbericht validate jahresbericht-awo-kaltenmoor-2025.xlsx --verwendungsnachweis verwendungsnachweis-awo-kaltenmoor-2025.xlsx`;

const OPTIONS = {
  json: { type: "boolean" },
  verwendungsnachweis: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const validateCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs("validate", args, OPTIONS);
  if (values.help) {
    io.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (extra.length > 0) {
    io.err(`Bitte nur eine Arbeitsmappe angeben (übrig: ${extra.join(" ")}).`);
    return EXIT.usage;
  }
  const buffer = await readWorkbookFile(io.cwd, file, "validate");
  const partnerFile = values.verwendungsnachweis;
  const partner = partnerFile
    ? await readCrossCheckPartner(await readWorkbookFile(io.cwd, partnerFile, "validate"), partnerFile)
    : undefined;
  // One read of each workbook: the Jahresbericht is validated together with the partner's data.
  const inspected = await inspectWorkbook(
    buffer,
    file!,
    partner && { verwendungsnachweis: partner.filing.data },
  );
  const { filing } = inspected;
  const findings =
    filing && partner ? placeCrossCheckFindings(filing, inspected.findings, partner) : inspected.findings;
  const summary = countFindings(findings);

  if (values.json) {
    const result = { file, kind: filing?.kind ?? null, meta: filing?.meta ?? null, summary, findings };
    io.out(JSON.stringify(result, null, 2));
  }
  if (!inspected.filing) {
    io.err(inspected.problem);
    return EXIT.usage;
  }
  if (!values.json) {
    io.out(`Prüfung von ${file}: ${describeFiling(inspected.filing)}`);
    for (const line of formatFindingLines(findings)) io.out(line);
    io.out(formatSummary(summary));
  }
  return hasFehler(findings) ? EXIT.fehler : EXIT.ok;
};
