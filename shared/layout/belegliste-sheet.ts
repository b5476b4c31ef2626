import { VN_LABELS } from "../filing/labels";
import { BELEG_KOSTENARTEN, type BelegKostenart } from "../programme/pruefung-params";
import { CHOICE_LISTS } from "./choice-lists";
import type { CachedResult, FieldSpec, SheetSpec, TableSpec, TextSpec } from "./layout-types";

/** Layout version that brought the Belegliste: a workbook issued before reads as „keine Belege“. */
export const BELEGLISTE_SINCE = 3;
export const VN_BELEG_SHEET = "Belegliste";
export const BELEG_TABLE = "tblBelege";

const L = VN_LABELS.belegliste;
const HEADER_ROW = 8;

export const BELEG_TABLE_SPEC: TableSpec = {
  name: BELEG_TABLE,
  sheet: VN_BELEG_SHEET,
  start: `A${HEADER_ROW}`,
  path: ["belegliste"],
  label: L.title,
  blankRows: 20,
  since: BELEGLISTE_SINCE,
  columns: [
    { key: "belegnr", header: L.belegnr, type: "text", width: 12 },
    { key: "datum", header: L.datum, type: "date", width: 12 },
    { key: "zahlungsempfaenger", header: L.zahlungsempfaenger, type: "text", width: 28 },
    { key: "zweck", header: L.zweck, type: "text", width: 34 },
    { key: "betrag", header: L.betrag, type: "amount", width: 15 },
    { key: "kostenart", header: L.kostenart, type: "choice", choices: "kostenart", width: 34 },
    { key: "budgetzeile", header: L.budgetzeile, type: "integer", maxParam: "budgetMaxZeilen", width: 13 },
  ],
};

/** The cached result the writer stores beside each sum formula (exceljs never calculates). */
export const BELEG_SUMME_CACHED: Record<BelegKostenart, CachedResult> = {
  personalkosten: "belegPersonalkosten",
  verwaltung: "belegVerwaltung",
  sachkosten: "belegSachkosten",
  budget: "belegBudget",
};

// The sums stand above the Betrag column (E), their captions beside them in Zweck (D): a finding on
// a sum names „Belegliste!E3“ and the form's cell it must equal.
const SUM_COLUMN = "E";
const CAPTION_COLUMN = "D";
const sumRow = (i: number) => 3 + i;
const kostenartIndex = (k: BelegKostenart) =>
  CHOICE_LISTS.kostenart.options.findIndex((o) => o.value === k) + 1;

export const BELEG_SUM_FIELDS: FieldSpec[] = BELEG_KOSTENARTEN.map((k, i) => ({
  name: `VN_belegliste_summe_${k}`,
  sheet: VN_BELEG_SHEET,
  address: `${SUM_COLUMN}${sumRow(i)}`,
  path: null,
  findingPath: ["belegliste", "summe", k],
  label: `${L.summe.title}: ${L.summe[k]}`,
  type: "amount",
  // The list entry rather than a typed label: the budget's label is the programme's own word.
  formula: `SUMIF(${BELEG_TABLE}[${L.kostenart}],INDEX(${CHOICE_LISTS.kostenart.name},${kostenartIndex(k)}),${BELEG_TABLE}[${L.betrag}])`,
  cached: BELEG_SUMME_CACHED[k],
  meaning: `Ergebnis: Summe der Spalte Betrag der Tabelle ${BELEG_TABLE} mit Kostenart „${L.summe[k]}“`,
  since: BELEGLISTE_SINCE,
}));

const captions: TextSpec[] = BELEG_KOSTENARTEN.map((k, i) => ({
  address: `${CAPTION_COLUMN}${sumRow(i)}`,
  text: `${L.summe.title}: ${k === "budget" ? "{budgetName}" : L.summe[k]}`,
  style: "label",
  caption: true,
}));

export const BELEG_SHEET_SPEC: SheetSpec = {
  name: VN_BELEG_SHEET,
  texts: [
    {
      address: "A1",
      text: "Eine Zeile je Beleg; die Belege zu den belegpflichtigen Kostenarten ergeben centgenau die Beträge des Formulars. Budgetzeile: die Nummer der Zeile auf Blatt „Budgetzeilen“ (1–{budgetMaxZeilen}), nur bei der Kostenart des Budgets. Reichen die Zeilen nicht: in Excel direkt unter der Tabelle weiterschreiben, in LibreOffice in der Tabelle Zeilen einfügen.",
      style: "note",
      screenOnly: true,
    },
    { address: "A2", text: "Belegliste zum Verwendungsnachweis", style: "title" },
    ...captions,
  ],
  columnWidths: BELEG_TABLE_SPEC.columns.map((c) => c.width),
  protect: false,
  landscape: true,
  printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
};
