import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FILING_KIND_LABELS } from "../shared/filing/filing";
import { JAHRESBERICHT_RULES, VERWENDUNGSNACHWEIS_RULES } from "../shared/rules/all-rules";
import { SEVERITY_LABELS, type Severity } from "../shared/rules/finding";
import { INPUT_RULES } from "../shared/rules/input-rules";
import { describeText } from "../shared/programme/render-text";

/** One row of the catalogue: every id a user can see in a finding. */
export interface RuleDocRow {
  id: string;
  formular: string;
  severity: Severity;
  title: string;
}

export const RULES_DOC_PATH = fileURLToPath(new URL("../docs/rules.md", import.meta.url));

/** The rules of both forms in the order of the forms, then the checks made while reading input. */
export const ruleDocRows = (): { rules: RuleDocRow[]; input: RuleDocRow[] } => ({
  rules: [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES].map((r) => ({
    id: r.id,
    formular: FILING_KIND_LABELS[r.kind],
    severity: r.severity,
    // Caps and row limits are parameters of the programme and year: the doc names the parameter.
    title: describeText(r.title),
  })),
  input: Object.entries(INPUT_RULES).map(([id, r]) => ({
    id,
    formular: "beide (beim Einlesen)",
    severity: r.severity,
    title: r.title,
  })),
});

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

// Columns padded to equal width, as Prettier formats Markdown tables, so `prettier --check` stays green.
const width = (text: string) => [...text].length;

const renderTable = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, c) => Math.max(3, width(h), ...rows.map((r) => width(r[c]!))));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
};

const table = (rows: RuleDocRow[]) =>
  renderTable(
    ["ID", "Formular", "Schwere", "Was die Regel verlangt"],
    rows.map((r) => [`\`${r.id}\``, r.formular, SEVERITY_LABELS[r.severity], escapeCell(r.title)]),
  );

/** docs/rules.md: the rule catalogue, generated from the code so it cannot drift. */
export const renderRulesDoc = (): string => {
  const { rules, input } = ruleDocRows();
  return [
    "# Prüfregeln",
    "",
    "<!-- Generiert aus shared/rules mit `npx tsx scripts/generate-rules-doc.ts`. Nicht von Hand bearbeiten. -->",
    "",
    "Jede Einreichung – Verwendungsnachweis (Anlage 3) oder Jahresbericht (Anlage 1) – wird mit denselben",
    "Regeln geprüft, im Excel-Add-in wie in der API. Jeder Befund nennt die Regel-ID, die Schwere und die",
    "Stelle im Formular. Die Schwere bedeutet:",
    "",
    "- **Fehler**: verhindert das Einreichen; bitte korrigieren.",
    "- **Warnung**: bitte prüfen; das Einreichen ist trotzdem möglich.",
    "- **Hinweis**: zur Information, z. B. für die Koordinierungsstelle.",
    "",
    "Beträge werden in ganzen Cent gerechnet. Höchstgrenzen (‹Verwaltungssatz›, ‹Sachkosten-Höchstbetrag›,",
    "‹Budget-Höchstbetrag›, ‹Höchstzahl Budgetzeilen›) legt jedes Förderprogramm je Förderjahr in seinen",
    "Programmparametern fest (für Lüneburg: 13 %, 7.000,00 €, 6.000,00 €, 12 Zeilen). Ein Programm kann eine",
    "Regel für ein Jahr als Warnung statt als Fehler einführen (Parameter „regelSchwere“).",
    "",
    "Die Regeln `VN-BELEG-…` prüfen die Belegliste (Blatt „Belegliste“) und laufen nur, wo das Programm im",
    "Förderjahr eine führt (Parameter `belegliste.aktiv`; welche Kostenarten zu belegen sind, sagt",
    "`belegliste.kostenarten`, für Lüneburg Personal, Sachkosten und Budget – die Verwaltungspauschale nicht).",
    "Sie sind Fehler: Die Belege sind der Nachweis der Kosten, die das Formular nennt; eine Summe, die um",
    "einen Cent abweicht, ein Datum außerhalb des Jahres oder eine doppelte Belegnummer behebt der Träger",
    "vor dem Einreichen an der genannten Zelle, die Koordinierungsstelle hat dabei nichts abzuwägen. Jeder",
    "Befund nennt beide Zellen: die der Belegliste (Summe oder Zeile) und die des Formulars.",
    "",
    "## Regeln der Formulare",
    "",
    table(rules),
    "",
    "## Prüfungen beim Einlesen",
    "",
    "Diese Befunde entstehen, bevor die Regeln laufen: beim Lesen der Zellen einer Arbeitsmappe oder einer",
    "Einreichung über die API.",
    "",
    table(input),
    "",
  ].join("\n");
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  console.log(`Geschrieben: ${RULES_DOC_PATH}`);
}
