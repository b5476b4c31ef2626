import type { Filing } from "../shared/filing";
import { defaultProgramParams } from "../shared/programme";
import { statedResults, VN_SOURCE_LABELS } from "../shared/layout";
import { formatEuro } from "../shared/money";
import { computeVerwendungsnachweis } from "../shared/rules";
import { EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { countFindings, describeFiling, formatSummary } from "./format-findings";
import { loadWorkbook } from "./load-workbook";
import { parseCommandArgs } from "./parse-command-args";
import { readWorkbookFile } from "./workbook-file";

export const SHOW_HELP = `foerderbericht show – Inhalt einer Arbeitsmappe anzeigen

Aufruf:
  foerderbericht show <datei.xlsx> [--json]

Liest die Arbeitsmappe so, wie das Add-in sie einreicht.

Optionen:
  --json       den gelesenen Bericht vollständig als JSON ausgeben ({ kind, meta, data, results };
               Beträge in Cent, Stellenanteil als Anteil 0–1, Datum als JJJJ-MM-TT).
               results: jedes Ergebnis des Formulars (Summen, Schlussrechnung, Gesamtsumme 3.1)
               mit angegebenem (stated) und aus den Eingaben berechnetem Wert (computed)
  -h, --help   diese Hilfe

Ohne --json erscheint eine kurze Übersicht. Exit-Code 0 = gelesen, 2 = nicht lesbar.

Beispiel:
  foerderbericht show verwendungsnachweis-awo-kaltenmoor-2025.xlsx --json > bericht.json`;

const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const showCommand = async (args: string[], io: CliIo): Promise<number> => {
  const { values, positionals } = parseCommandArgs("show", args, OPTIONS);
  if (values.help) {
    io.out(SHOW_HELP);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (extra.length > 0) {
    io.err(`Bitte nur eine Arbeitsmappe angeben (übrig: ${extra.join(" ")}).`);
    return EXIT.usage;
  }
  const buffer = await readWorkbookFile(io.cwd, file, "show");
  const { filing, findings } = await loadWorkbook(buffer, file!);
  if (values.json) {
    const results = statedResults(filing, defaultProgramParams(filing.meta));
    io.out(JSON.stringify({ ...filing, results }, null, 2));
    return EXIT.ok;
  }
  io.out(describeFiling(filing));
  for (const line of overview(filing)) io.out(`  ${line}`);
  io.out(`Prüfung: ${formatSummary(countFindings(findings))} (Details: foerderbericht validate ${file})`);
  return EXIT.ok;
};

const overview = (filing: Filing): string[] => {
  if (filing.kind === "verwendungsnachweis") {
    const vn = filing.data;
    const t = computeVerwendungsnachweis(vn, defaultProgramParams(filing.meta));
    return [
      `Träger: ${vn.kopf.traegerName || "–"}; Stadtteilhaus/-büro: ${vn.kopf.stadtteilhaus || "–"}`,
      `Zuschuss: ${formatEuro(t.zuschuss)}; weitere Einnahmen: ${formatEuro(t.weitereEinnahmen)}`,
      `${VN_SOURCE_LABELS.personalkosten}: ${formatEuro(t.personalkosten)} (${vn.personal.zeilen.length} Zeilen)`,
      `${VN_SOURCE_LABELS.verwaltung}: ${formatEuro(t.verwaltung)} (höchstens ${formatEuro(t.verwaltungCap)})`,
      `${VN_SOURCE_LABELS.sachkosten}: ${formatEuro(t.sachkosten)}`,
      `4. Präventive Angebote: ${formatEuro(t.budget)} (${vn.budget.zeilen.length} Zeilen)`,
      `Kostensumme: ${formatEuro(t.kostensumme)}; Differenz: ${formatEuro(t.differenz)}`,
    ];
  }
  const jb = filing.data;
  return [
    `Träger: ${jb.organisation.nameRechtsform || "–"}; Stadtteilhaus: ${jb.gegenstand.stadtteilhaus || "–"}`,
    `Berichtszeitraum: ${jb.gegenstand.berichtszeitraum || "–"}`,
    `Lösungsansätze: ${jb.loesungsansaetze.length}, Leistungen: ${jb.leistungen.length}, Wirkungen: ${jb.wirkungen.length}, Angebote: ${jb.angebote.length}`,
    `Gesamtsumme der Ressourcen: ${jb.ressourcen.gesamtsumme === null ? "–" : formatEuro(jb.ressourcen.gesamtsumme)}`,
  ];
};
