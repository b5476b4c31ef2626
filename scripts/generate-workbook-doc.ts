// Writes docs/workbook.md from the layout code: every defined name with its cell, label and
// meaning, the tables and their columns, dropdown lists, validations and protection.
//   npx tsx scripts/generate-workbook-doc.ts
// A test (generate-workbook-doc.test.ts) fails when the committed file differs from the output.
import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { FILING_KIND_LABELS } from "../shared/filing";
import { defaultProgramParams, describeText, programmeLabel } from "../shared/programme";
import { SAMPLE_META } from "../shared/samples/sample-filings";
import { CHOICE_LISTS, optionLabel } from "../shared/layout/choice-lists";
import { VN_PRUEFUNG_LABELS } from "../shared/filing/labels";
import { fromExcelSerial } from "../shared/layout/excel-serial";
import { LONG_TEXT_ROWS } from "../shared/layout/form-builder";
import type { FieldSpec, FormLayout, TableSpec } from "../shared/layout/layout-types";
import { LAYOUTS, formulaFor, maxRowsFor } from "../shared/layout/layouts";
import { LAYOUT_VERSION, META_FIELDS, META_SHEET } from "../shared/layout/meta-layout";
import { formatEuro } from "../shared/money";
import {
  NUMBER_FORMATS,
  validationForColumn,
  validationForField,
  type ValidationRule,
} from "../shared/workbook/plan";

export const WORKBOOK_DOC_PATH = fileURLToPath(new URL("../docs/workbook.md", import.meta.url));

/** Example year for the formulas with program parameters; the writer fills in each year's values. */
const PARAMS = defaultProgramParams(SAMPLE_META);

const serialDate = (serial: unknown) =>
  fromExcelSerial(Number(serial)).toLocaleDateString("de-DE", {
    timeZone: "UTC",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  });

const OPERATORS: Record<string, string> = {
  greaterThanOrEqual: "≥",
  lessThanOrEqual: "≤",
  greaterThan: ">",
  lessThan: "<",
  equal: "=",
};

/** The plan's native data validation (shared/workbook/plan/validation-rules.ts) in German words. */
export const describeValidation = (dv: ValidationRule | undefined): string => {
  if (!dv) return "keine (freier Text)";
  const literal = (v: unknown) => (typeof v === "string" ? code(v) : String(v));
  const range = (what: string, show: (v: unknown) => string = literal) =>
    dv.operator === "between"
      ? `${what} von ${show(dv.formulae[0])} bis ${show(dv.formulae[1])}`
      : `${what} ${OPERATORS[dv.operator ?? ""] ?? String(dv.operator)} ${show(dv.formulae[0])}`;
  const rule =
    dv.type === "list"
      ? `Auswahlliste ${literal(dv.formulae[0])}`
      : dv.type === "decimal"
        ? range("Zahl")
        : dv.type === "whole"
          ? range("ganze Zahl")
          : dv.type === "date"
            ? range("Datum", serialDate)
            : dv.type === "textLength"
              ? range("Text, Länge").replace(/$/, " Zeichen")
              : `Formel ${code(`=${String(dv.formulae[0])}`)}`;
  const style = dv.errorStyle === "stop" ? "abgewiesen" : "Warnung, Eingabe bleibt möglich";
  return `${rule}; sonst ${style}: „${dv.error ?? ""}“`;
};

const fieldValidation = (f: FieldSpec) => describeValidation(validationForField(f));

const cellText = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const row = (cells: string[]) => `| ${cells.map(cellText).join(" | ")} |`;
const table = (header: string[], rows: string[][]) => [
  row(header),
  row(header.map(() => "---")),
  ...rows.map(row),
];

const quoteSheet = (sheet: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet}'`);
const place = (sheet: string, address: string) => `${quoteSheet(sheet)}!${address}`;

/** The Jahresbericht's tables a report may leave empty, as their sheets are named. */
const optionalTables = () =>
  LAYOUTS.jahresbericht.tables
    .filter((t) => t.optional)
    .map((t) => `„${t.sheet}“`)
    .join(", ");

const fieldRows = (fields: FieldSpec[]) =>
  table(
    ["Name", "Zelle", "Beschriftung", "Bedeutung", "Formel", "Feld im Bericht"],
    fields.map((f) => {
      const formula = formulaFor(f, PARAMS);
      return [
        code(f.name),
        code(place(f.sheet, f.address)),
        // The documented workbook is the sample's programme's: its labels in its words.
        programmeLabel(f.label, PARAMS.programmeId),
        describeText(f.meaning),
        formula ? code(`=${formula}`) : f.cached ? "Wert der Vorlage" : "",
        f.path ? code(f.path.join(".")) : "–",
      ];
    }),
  );

const tableSection = (t: TableSpec) => {
  const maxRows = maxRowsFor(t, PARAMS);
  return [
    `#### ${code(t.name)} – ${cellText(t.label)}`,
    "",
    `Blatt ${code(t.sheet)}, Kopfzeile ab ${code(t.start)}; Feld im Bericht ${code(t.path.join("."))}; ` +
      `${t.blankRows} leere Zeilen in der leeren Vorlage` +
      (maxRows ? `, höchstens ${maxRows} Zeilen.` : "; weitere Zeilen direkt unter der Tabelle anfügen."),
    "",
    ...table(
      ["Spalte", "Eigenschaft", "Zahlenformat", "Datenüberprüfung"],
      t.columns.map((c, i) => [
        c.header,
        c.key === "" ? "(Text der Zeile)" : code(c.key),
        code(NUMBER_FORMATS[c.type]),
        describeValidation(validationForColumn(t, i, PARAMS)),
      ]),
    ),
    "",
  ];
};

const formSection = (layout: FormLayout) => {
  const title = FILING_KIND_LABELS[layout.kind];
  const inputs = layout.fields.filter((f) => !f.formula && !f.cached && !f.pruefung);
  return [
    `## ${title}`,
    "",
    `Blätter: ${layout.sheets.map((s) => `${code(s.name)}${s.protect ? " (geschützt)" : ""}`).join(", ")}.`,
    "",
    `### Definierte Namen (${code(`${layout.prefix}_…`)})`,
    "",
    ...fieldRows(layout.fields),
    "",
    "### Datenüberprüfung der Eingabezellen",
    "",
    ...table(
      ["Name", "Zahlenformat", "Datenüberprüfung"],
      inputs.map((f) => [code(f.name), code(NUMBER_FORMATS[f.type]), fieldValidation(f)]),
    ),
    "",
    "### Tabellen",
    "",
    ...layout.tables.flatMap(tableSection),
    "### Blattschutz und Druck",
    "",
    ...table(
      ["Blatt", "Schutz", "Druck"],
      layout.sheets.map((s) => [
        code(s.name),
        s.protect
          ? "geschützt ohne Kennwort: nur die Eingabezellen sind frei, Beschriftungen und Formeln gesperrt"
          : "offen, damit die Tabelle wachsen kann",
        [
          `A4 ${s.landscape ? "Querformat" : "Hochformat"}, auf Seitenbreite`,
          ...(s.printTitleRows ? [`Wiederholungszeilen ${s.printTitleRows}`] : []),
          ...(s.echoes ?? []).map((e) => `${e.caption} über der Tabelle (${code(`=${e.name}`)})`),
        ].join("; "),
      ]),
    ),
    "",
    "Jede gedruckte Seite nennt in der Fußzeile Bericht, Jahr, Träger und Stadtteil (beim Schreiben aus den Metadaten) " +
      "und „Seite x von y“, in der Kopfzeile das Blatt.",
    "",
  ];
};

const metaSection = () => [
  "## Metadaten und Auswahllisten",
  "",
  `Das ausgeblendete Blatt ${code(META_SHEET)} sagt, welcher Bericht die Arbeitsmappe ist (Layout-Version ${LAYOUT_VERSION}). ` +
    "Der Leser erkennt die Mappe allein an diesen Namen; fehlen sie, ist sie keine Arbeitsmappe des Förderberichts (Regel `EINGABE-MAPPE`).",
  "",
  ...table(
    ["Name", "Zelle", "Bedeutung"],
    META_FIELDS.map((m) => [code(m.name), code(place(META_SHEET, m.address)), m.label]),
  ),
  "",
  "Auswahllisten (Quelle der Dropdowns, ebenfalls auf dem Blatt " + code(META_SHEET) + "):",
  "",
  ...table(
    ["Name", "Liste", "Einträge"],
    Object.values(CHOICE_LISTS).map((l) => [
      code(l.name),
      l.title,
      l.options.map((o) => optionLabel(o, PARAMS.programmeId)).join(" · "),
    ]),
  ),
  "",
];

const usageSection = () => [
  "## Ohne Add-in arbeiten",
  "",
  "Die Arbeitsmappe ist ein vollständiges Formular: Sie lässt sich in Excel (auch Excel im Web) und in LibreOffice Calc ohne das Add-in ausfüllen, drucken und prüfen.",
  "",
  "1. Vorlage erzeugen: `foerderbericht template --kind verwendungsnachweis --traeger awo --district kaltenmoor --year 2025` " +
    "(mit `--from vorjahr.xlsx` werden Stammdaten und Personal aus dem Vorjahr übernommen, mit `--sample` entstehen Beispieldaten).",
  "2. Eingabezellen (Spalte B der Formularblätter) und die Tabellen auf den eigenen Blättern ausfüllen. " +
    "Weitere Zeilen direkt unter einer Tabelle eintragen: Excel erweitert die Tabelle, die Summenformeln zählen sie mit.",
  "3. Ergebniszellen (Summen, Höchstbeträge, Schlussrechnung) rechnen selbst; sie sind gesperrt. " +
    `Der Höchstbetrag der Verwaltungs- und Leitungskosten ist ${code(
      `=${
        formulaFor(
          LAYOUTS.verwendungsnachweis.fields.find((f) => f.name === "VN_verwaltungHoechstbetrag")!,
          PARAMS,
        ) ?? ""
      }`,
    )}, ` +
    `die Sachkosten sind auf ${formatEuro(PARAMS.sachkostenCap)}, das Stadtteilmanagementbudget auf ${formatEuro(PARAMS.budgetCap)} begrenzt (Programmparameter ${PARAMS.year}). ` +
    `Gesperrt sind auch die Zellen unter „${VN_PRUEFUNG_LABELS.title}“: Die Hansestadt trägt dort die Prüfung ein; sie werden nie in den Bericht gelesen.`,
  "4. Prüfen: `foerderbericht validate datei.xlsx` nennt je Befund Schwere, Regel-ID, Zelle und Meldung " +
    "(Exit-Code 0 = keine Fehler, 1 = Fehler, 2 = nicht lesbar); beim Jahresbericht gleicht " +
    "`--verwendungsnachweis vn.xlsx` die eingesetzten Ressourcen (3.1) mit dem Verwendungsnachweis ab. " +
    "`foerderbericht show datei.xlsx --json` zeigt, was eingereicht würde.",
  "5. Blätter dürfen umbenannt und Zeilen eingefügt werden: gelesen wird über die definierten Namen und Tabellennamen, nicht über Adressen. " +
    "Namen, Tabellen und das Blatt `" +
    META_SHEET +
    "` bitte nicht löschen oder umbenennen.",
  "6. Eingereicht wird mit einem Klick im Add-in (oder über die API).",
  "",
];

/** The whole document, formatted as `prettier --write` leaves it, so the drift test can compare. */
export const renderWorkbookDoc = async (): Promise<string> => {
  const text = [
    "# Arbeitsmappe: Aufbau, Namen und Regeln",
    "",
    "<!-- Erzeugt von scripts/generate-workbook-doc.ts aus shared/layout – nicht von Hand ändern. -->",
    "",
    "Jede Arbeitsmappe enthält einen Bericht: einen Verwendungsnachweis (Anlage 3) oder einen Jahresbericht (Anlage 1). " +
      "Eingaben und Ergebnisse haben definierte Namen; Add-in, Kommandozeile und API lesen die Mappe nur über diese Namen und die Tabellennamen.",
    "",
    "**Wortlaut und Nummerierung wie im Formular.** Die Blätter übernehmen Text und Nummern der Anlagen: " +
      "„1. Personalkosten“ bis „4. Kosten für präventive Angebote …“, dann „4. Schlussrechnung“, „5. Rechtsverbindliche Unterschrift“, " +
      "„6. 05 Koordinierungsstelle …“, „7. 05 Stabsstellenleitung …“ und „51.12 zum Vorgang“. Das Formular nummeriert die Schlussrechnung " +
      "ein zweites Mal mit 4.; wir behalten das bei, weil Träger und Koordinierungsstelle die Punkte so zitieren, und machen die Stelle " +
      "durch das eigene Blatt „Schlussrechnung“ eindeutig: „4.“ auf dem Blatt „2.–4. Kosten“ ist das Stadtteilmanagementbudget, „4.“ auf " +
      "dem Blatt „Schlussrechnung“ die Schlussrechnung. Befunde nennen immer Blatt und Zelle, nie nur die Nummer.",
    "",
    "**Rückfragen.** Eine zurückgegebene Version, als Arbeitsmappe heruntergeladen (`GET /filings/{id}/workbook?version=n`), trägt jede " +
      "Rückfrage der Koordinierungsstelle als Notiz an ihrer Zelle und beginnt mit dem Blatt „Rückfragen“, das alle mit Feld, Zelle, Verfasser " +
      "und Datum auflistet. Beides wird beim Einreichen nicht gelesen. Nur eine Version, die zurückgegeben wurde, bekommt dieses Blatt: " +
      "Anmerkungen zu einer geprüften und weitergeleiteten Version stehen nur als Notizen an ihren Zellen (Notizen werden nicht gedruckt).",
    "",
    "**3.1: eine Lesart.** Anlage 1 nennt unter 3.1 die *eingesetzten Ressourcen*. Eingesetzt sind die vier Kosten des Jahres – " +
      "Personalkosten, Verwaltungs- und Leitungskosten, Arbeitsplatzbezogene Sachkosten und Stadtteilmanagement(-budget) –, gleich, wer sie bezahlt hat. " +
      "„Eigenmittel/Spenden/Weitere Zuwendungen“ sagt, welcher Teil dieser Kosten nicht aus dem Zuschuss bezahlt wurde; im Verwendungsnachweis " +
      "ist das „Weitere Zuschüsse/ Einnahmen“. Die Position steht deshalb in 3.1 als „davon“ und wird nicht zur Gesamtsumme addiert: " +
      "Gesamtsumme (3.1) = Kostensumme des Verwendungsnachweises = Kosten der konsolidierten Mappe (Beispieljahr: 106.168,55 €). " +
      "Die Regel `JB-GESAMTSUMME` prüft die Summe, `JB-RESSOURCEN-ABGLEICH` jede Position gegen den Verwendungsnachweis; " +
      "`tests/programmes/ressourcen-totals.test.ts` zeigt, dass die drei Summen übereinstimmen.",
    "",
    "**Druck.** Gedruckt wird der Druckbereich jedes Blatts: die Legende (Gelb/Grau) und Hinweise zum Ausfüllen stehen in der ersten Zeile " +
      "darüber und erscheinen nur am Bildschirm. Lange Texte stehen in einer Zelle, die mit ihrer Beschriftung über " +
      `${LONG_TEXT_ROWS} Zeilen verbunden ist; die Zeilenhöhen wachsen mit dem Text, so dass LibreOffice ihn über Seiten hinweg fortsetzt ` +
      "(eine einzelne Zeile ist höchstens 409 pt hoch und wird nie geteilt). Beträge haben das Zahlenformat " +
      '`[$-407]#,##0.00 "€"`: LibreOffice druckt „105.668,55 €“ auch mit englischer Spracheinstellung.',
    "",
    "**Lange Texte in Tabellen.** Eine Tabellenzeile ist im Druck eine Zeile: höchstens 409 pt hoch und nie über zwei Seiten " +
      "geteilt. Ein langer Text in einer schmalen Spalte (3.4 „Erzielte Wirkung“) wäre nach etwa 800 Zeichen abgeschnitten. " +
      "Die Tabelle behält den Text – er ist die Angabe, die gelesen wird –; eine Mappe, die aus einem Bericht geschrieben wird " +
      "(abgelegte Version, Übernahme, Beispiel), bekommt dann nach ihren Blättern das Blatt „Langtexte“, das jeden solchen Text " +
      "vollständig über so viele Zeilen und Seiten druckt, wie er braucht, mit Abschnitt, Zeile und Spalte; über der Tabelle steht " +
      "„Im Druck gekürzt, vollständig im Blatt „Langtexte“: Zeile 1, Erzielte Wirkung.“ Das Blatt wird beim Einreichen nicht gelesen. " +
      "Grenze: Wer einen solchen Text erst in Excel eintippt, bekommt das Blatt erst in der abgelegten Version (Download nach dem Einreichen).",
    "",
    "**Leere Tabellen drucken keine Seite.** Jede Tabelle des Jahresberichts steht auf einem eigenen Blatt (Excel verschiebt beim " +
      "Einfügen einer Zeile nur die Spalten der Tabelle), und jedes Blatt beginnt im Druck eine neue Seite. Die Tabellen, die der Bericht " +
      `leer lassen darf (keine Regel verlangt eine Zeile: ${optionalTables()}), druckten leer eine Seite mit Überschrift und leeren Zeilen. ` +
      "Deshalb: Die Vorlage zum Ausfüllen und eine zurückgegebene Version, die der Träger korrigiert, zeigen jedes Blatt, damit jede " +
      "Tabelle ausgefüllt werden kann. Eine abgelegte Version, wie eingereicht heruntergeladen (`GET /filings/{id}/workbook`, nicht " +
      "zurückgegeben), blendet das Blatt einer solchen leeren Tabelle aus – ausgeblendete Blätter druckt weder Excel noch LibreOffice –, " +
      "und der Text, der auf das Blatt verweist, lautet dort „… : keine Angaben.“, so dass der Abschnitt auf Papier nicht fehlt. " +
      "Wer eine solche Version doch weiter bearbeitet, blendet das Blatt über das Blattregister wieder ein (Rechtsklick → Einblenden). " +
      "Alle Tabellen auf ein Blatt zu legen hätte den Ausdruck ebenso verkürzt, aber das Einfügen von Zeilen in Excel verhindert.",
    "",
    "**Grenze: Excel mit englischen Trennzeichen.** Excel nimmt Dezimal- und Tausendertrennzeichen eines " +
      "Zahlenformats immer aus seinen eigenen Einstellungen (bzw. denen des Betriebssystems); die Gebietsschema-Kennung " +
      "`[$-407]` ändert nur Währungszeichen, Monats- und Tagesnamen. Ein Excel mit englischen Trennzeichen druckt die Beträge " +
      "daher als „105,668.55 €“, und kein Zahlenformat der Mappe kann das ändern: Trennzeichen als feste Zeichen im " +
      'Format (`#"."##0`) gehen nur für ganze Zahlen, ohne Cent; Textformeln (`=TEXT(…)`, `=FIXED(…)`) benutzen ebenfalls ' +
      "die Trennzeichen von Excel; nur ein Text, der aus `INT`/`MOD` Ziffer für Ziffer zusammengesetzt wird, wäre davon frei – " +
      "als eigene Druckspalte aber führte er jeden Betrag doppelt und " +
      "die Summenformeln der Mappe umgehen. Wer aus einem englischen Excel druckt, stellt unter Datei → Optionen → " +
      "Erweitert „Trennzeichen vom Betriebssystem übernehmen“ (englisch: File → Options → Advanced → „Use system separators“) " +
      "aus und trägt „,“ als Dezimal- und „.“ als " +
      "Tausendertrennzeichen ein – so sagt es auch die Hinweiszeile unter der Legende des Verwendungsnachweises und von 3.1 " +
      "(nur am Bildschirm, nicht gedruckt); die PDFs, die der Förderbericht selbst erzeugt (Veröffentlichung), sind in jeder " +
      "Einstellung deutsch.",
    "",
    ...Object.values(LAYOUTS).flatMap(formSection),
    ...metaSection(),
    ...usageSection(),
  ].join("\n");
  const options = await resolveConfig(WORKBOOK_DOC_PATH);
  return format(text, { ...options, filepath: WORKBOOK_DOC_PATH });
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  await writeFile(WORKBOOK_DOC_PATH, await renderWorkbookDoc());
  console.log(`${WORKBOOK_DOC_PATH} geschrieben.`);
}
