import { districtName, traegerName } from "../programme/stammdaten";
import { computeRueckforderung, FINANZIERUNGSART_LABELS } from "../pruefung/rueckforderung";
import { rueckforderungInput } from "../pruefung/rueckforderung-eingabe";
import { euros, excelDate, roundEuros } from "./cell-values";
import type { ConsolidationOptions, ContentItem, PruefungItem } from "./consolidation-items";
import { filingAmounts } from "./filing-amounts";
import { linkCell } from "./link-cell";
import { letterOf, type Cell, type ColumnSpec, type SheetSpec, type TotalCell } from "./sheet-model";

const COLUMNS: ColumnSpec[] = [
  { key: "traeger", header: "Träger", type: "text", width: 28 },
  { key: "district", header: "Stadtteil", type: "text", width: 24 },
  { key: "art", header: "Finanzierungsart", type: "text", width: 22 },
  { key: "pruefvermerk", header: "Prüfvermerk", type: "text", width: 18 },
  { key: "bewilligt", header: "Zuschuss bewilligt", type: "amount", width: 15 },
  { key: "ausgezahlt", header: "Zuschuss ausgezahlt", type: "amount", width: 15 },
  { key: "kostensumme", header: "Kostensumme", type: "amount", width: 15 },
  { key: "nichtAnerkannt", header: "nicht anerkannt", type: "amount", width: 15 },
  { key: "anerkannt", header: "anerkannte Kosten", type: "amount", width: 15 },
  { key: "weitere", header: "Weitere Einnahmen", type: "amount", width: 15 },
  { key: "zustehend", header: "Zuwendung zustehend", type: "amount", width: 15 },
  { key: "rueckforderung", header: "Rückforderung", type: "amount", width: 15 },
  { key: "festgesetzt", header: "festgesetzt am", type: "date", width: 11 },
  { key: "faellig", header: "fällig am", type: "date", width: 11 },
  { key: "zurueckgezahlt", header: "zurückgezahlt", type: "amount", width: 15 },
  { key: "zinsen", header: "Zinsen", type: "amount", width: 12 },
  { key: "offen", header: "offen", type: "amount", width: 15 },
  { key: "vorgang", header: "Vorgang", type: "text", width: 46 },
  { key: "link", header: "Gespeicherte Version", type: "link", width: 16 },
];

/** The Prüfvermerk column's word when none is written yet: the Rückforderung then stays empty. */
export const KEIN_PRUEFVERMERK = "noch keiner";

const L = (key: string) => `${letterOf(COLUMNS, key)}{r}`;
const SUMMED = [
  "bewilligt",
  "ausgezahlt",
  "kostensumme",
  "nichtAnerkannt",
  "anerkannt",
  "weitere",
  "zustehend",
  "rueckforderung",
  "zurueckgezahlt",
  "zinsen",
  "offen",
];

/** A row is due when the city has looked at the money: a Prüfvermerk or any payment entry. */
const concerns = (p: PruefungItem | undefined): p is PruefungItem =>
  p !== undefined &&
  (p.pruefvermerk !== undefined ||
    p.stand.ausgezahlt > 0 ||
    p.stand.festsetzung !== null ||
    p.stand.zurueckgezahlt > 0);

/**
 * The formulas repeat computeRueckforderung (shared/pruefung/rueckforderung.ts) cell by cell, so a
 * changed input recalculates in Excel; their cached results are that function's, in euros.
 */
const formulas = (p: PruefungItem) => ({
  anerkannt: `ROUND(MAX(0,${L("kostensumme")}-${L("nichtAnerkannt")}),2)`,
  zustehend:
    p.finanzierungsart === "festbetrag"
      ? `ROUND(MIN(IF(${L("bewilligt")}="",${L("ausgezahlt")},${L("bewilligt")}),${L("anerkannt")}),2)`
      : `ROUND(MAX(0,${L("anerkannt")}-${L("weitere")}),2)`,
  rueckforderung: `IF(${L("pruefvermerk")}="${KEIN_PRUEFVERMERK}","",ROUND(MAX(0,${L("ausgezahlt")}-${L("zustehend")}),2))`,
  // Nothing is open before the Festsetzung; after it, the Rückforderung and interest less repayments.
  offen: `IF(${L("festgesetzt")}="",0,ROUND(MAX(0,${L("rueckforderung")}+${L("zinsen")}-${L("zurueckgezahlt")}),2))`,
});

const row = (item: ContentItem, p: PruefungItem, options: ConsolidationOptions): Cell[] => {
  const { meta } = item.filing;
  const amounts = filingAmounts(item.filing);
  const { stand } = p;
  const input = rueckforderungInput({
    finanzierungsart: p.finanzierungsart,
    amounts,
    ergebnis: p.pruefvermerk?.ergebnis,
    ausgezahlt: stand.ausgezahlt,
    bewilligt: stand.bewilligt,
  });
  const r = computeRueckforderung(input);
  const f = formulas(p);
  const offen = stand.festsetzung
    ? Math.max(0, (p.pruefvermerk ? r.betrag : 0) + stand.zinsen - stand.zurueckgezahlt)
    : 0;
  const cells: Record<string, Cell> = {
    traeger: traegerName(meta.programmeId, meta.traegerId),
    district: districtName(meta.programmeId, meta.districtId),
    art: FINANZIERUNGSART_LABELS[p.finanzierungsart],
    pruefvermerk: !p.pruefvermerk
      ? KEIN_PRUEFVERMERK
      : p.pruefvermerk.ergebnis.art === "ohne_beanstandung"
        ? "ohne Beanstandung"
        : "mit Beanstandung",
    bewilligt: euros(stand.bewilligt),
    ausgezahlt: euros(stand.ausgezahlt),
    kostensumme: euros(amounts.kostensumme),
    nichtAnerkannt: euros(input.nichtAnerkannt),
    anerkannt: { formula: f.anerkannt, result: roundEuros(r.anerkannt / 100) },
    weitere: euros(amounts.weitereEinnahmen),
    zustehend: { formula: f.zustehend, result: roundEuros(r.zustehend / 100) },
    rueckforderung: {
      formula: f.rueckforderung,
      result: p.pruefvermerk ? roundEuros(r.betrag / 100) : "",
    },
    festgesetzt: stand.festsetzung ? excelDate(stand.festsetzung.datum) : null,
    faellig: stand.festsetzung ? excelDate(stand.festsetzung.faelligAm) : null,
    zurueckgezahlt: euros(stand.zurueckgezahlt),
    zinsen: euros(stand.zinsen),
    offen: { formula: f.offen, result: roundEuros(offen / 100) },
    vorgang: item.filingId,
    link: linkCell(item.filingId, item.version, options.linkBase),
  };
  return COLUMNS.map((c) => cells[c.key] ?? null);
};

/** Rückforderungen: one row per Verwendungsnachweis of the year with a Prüfvermerk or payments. */
export const rueckforderungSheet = (
  options: ConsolidationOptions = {},
): SheetSpec<ContentItem> & { kind: "verwendungsnachweis" } => ({
  name: "Rückforderungen",
  title: "Rückforderungen",
  kind: "verwendungsnachweis",
  notes: [
    "Eine Zeile je Verwendungsnachweis mit Prüfvermerk oder erfassten Zahlungen; Beträge in Euro.",
    "anerkannt = Kostensumme − nicht anerkannt; zustehend bei Fehlbedarfsfinanzierung = anerkannt − weitere Einnahmen, bei Festbetrag = bewilligt, höchstens anerkannt.",
    "Rückforderung = ausgezahlt − zustehend, nie unter 0; offen = Rückforderung + Zinsen − zurückgezahlt, erst nach der Festsetzung. Alles Formeln: sie rechnen mit, wenn Werte geändert werden.",
  ],
  columns: COLUMNS,
  rows: (item) => (concerns(item.pruefung) ? [row(item, item.pruefung, options)] : []),
  totals: [
    {
      label: "Summe",
      cells: Object.fromEntries(SUMMED.map((k): [string, TotalCell] => [k, { sum: true }])),
    },
  ],
});
