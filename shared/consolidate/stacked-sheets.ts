import { FILING_KIND_LABELS, type FilingKind } from "../domain/forms";
import { SEVERITY_LABELS } from "../domain/severity";
import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import { districtName, traegerName } from "../programme/stammdaten";
import { cleanText, euros } from "./cell-values";
import type { ContentItem, ConsolidationOptions } from "./consolidation-items";
import { linkCell } from "./link-cell";
import type { Cell, ColumnSpec, SheetSpec } from "./sheet-model";

/**
 * Sheets that stack the rows of every filing: each row starts with Träger and Stadtteil and ends
 * with the filing id and a link to the stored version it was taken from. Typed texts are cleaned of
 * characters XML cannot carry and otherwise written as they are – as text.
 */
export interface StackedSheetSpec extends SheetSpec<ContentItem> {
  /** Only filings of this kind contribute (the others are not even read). */
  kind?: FilingKind;
  /** The rows need the filing's review comments (read from the audit trail). */
  needsComments?: boolean;
}

const IDENTITY: ColumnSpec[] = [
  { key: "traeger", header: "Träger", type: "text", width: 28 },
  { key: "district", header: "Stadtteil", type: "text", width: 24 },
];
const TRACE: ColumnSpec[] = [
  { key: "vorgang", header: "Vorgang", type: "text", width: 46 },
  { key: "link", header: "Gespeicherte Version", type: "link", width: 16 },
];

const t = (text: string) => cleanText(text);

const stacked = (
  spec: Omit<StackedSheetSpec, "rows" | "columns"> & { columns: ColumnSpec[] },
  cells: (item: ContentItem) => Cell[][],
  options: ConsolidationOptions,
): StackedSheetSpec => ({
  ...spec,
  columns: [...IDENTITY, ...spec.columns, ...TRACE],
  rows: (item) => {
    const { programmeId, traegerId, districtId } = item.filing.meta;
    const head = [traegerName(programmeId, traegerId), districtName(programmeId, districtId)];
    const tail = [item.filingId, linkCell(item.filingId, item.version, options.linkBase)];
    return cells(item).map((r) => [...head, ...r, ...tail]);
  },
});

const stufeLabel = (stufe: number | null) => WIRKUNGSTREPPE.find((s) => s.stufe === stufe);

export const stackedSheets = (options: ConsolidationOptions = {}): StackedSheetSpec[] => [
  stacked(
    {
      name: "Personal",
      title: "1. Personalkosten aller Verwendungsnachweise",
      notes: ["Personenbezogene Daten: nur für die Koordinierungsstelle und die Stabsstellenleitung."],
      kind: "verwendungsnachweis",
      columns: [
        { key: "name", header: "Name", type: "text", width: 18 },
        { key: "vorname", header: "Vorname", type: "text", width: 16 },
        { key: "qualifikation", header: "Qualifikation", type: "text", width: 24 },
        { key: "gruppe", header: "Vergütungsgruppe", type: "text", width: 18 },
        { key: "anteil", header: "Stellenanteil", type: "percent", width: 11 },
        { key: "kosten", header: "Personalkosten", type: "amount", width: 15 },
      ],
      totals: [{ label: "Summe", cells: { anteil: { sum: true }, kosten: { sum: true } } }],
    },
    (item) =>
      item.filing.kind === "verwendungsnachweis"
        ? item.filing.data.personal.zeilen.map((z) => [
            t(z.name),
            t(z.vorname),
            t(z.qualifikation),
            t(z.verguetungsgruppe),
            z.stellenanteil,
            euros(z.personalkosten),
          ])
        : [],
    options,
  ),
  stacked(
    {
      name: "Budget",
      title: "4. Aufteilung des {budgetName}s aller Verwendungsnachweise",
      notes: [],
      kind: "verwendungsnachweis",
      columns: [
        { key: "nr", header: "Nr.", type: "integer", width: 5 },
        { key: "beschreibung", header: "Projekt/ Angebot/ Maßnahme", type: "longText", width: 44 },
        { key: "betrag", header: "Betrag", type: "amount", width: 15 },
      ],
      totals: [{ label: "Summe", cells: { betrag: { sum: true } } }],
    },
    (item) =>
      item.filing.kind === "verwendungsnachweis"
        ? item.filing.data.budget.zeilen.map((z, i) => [i + 1, t(z.beschreibung), euros(z.betrag)])
        : [],
    options,
  ),
  stacked(
    {
      name: "Angebote",
      title: "3.5 Quantitative Daten zu den Angeboten aller Jahresberichte",
      notes: [],
      kind: "jahresbericht",
      columns: [
        { key: "bezeichnung", header: "Angebotsbezeichnung", type: "text", width: 30 },
        { key: "verantwortlich", header: "Verantwortlich", type: "text", width: 24 },
        { key: "zeiten", header: "Zeiten", type: "text", width: 18 },
        { key: "teilnehmer", header: "Teilnehmerzahl", type: "integer", width: 12 },
        { key: "finanzierung", header: "Form der Finanzierung", type: "text", width: 24 },
      ],
      totals: [{ label: "Summe", cells: { teilnehmer: { sum: true } } }],
    },
    (item) =>
      item.filing.kind === "jahresbericht"
        ? item.filing.data.angebote.map((a) => [
            t(a.bezeichnung),
            t(a.verantwortlich),
            t(a.zeiten),
            a.teilnehmerzahl,
            t(a.finanzierung),
          ])
        : [],
    options,
  ),
  stacked(
    {
      name: "Wirkungen",
      title: "3.4 Erreichte Wirkungen aller Jahresberichte mit ihrer Stufe der Wirkungstreppe",
      notes: [],
      kind: "jahresbericht",
      columns: [
        { key: "stufe", header: "Stufe", type: "integer", width: 6 },
        { key: "stufeLabel", header: "Stufe der Wirkungstreppe", type: "text", width: 30 },
        { key: "ebene", header: "Ebene", type: "text", width: 9 },
        { key: "ressourcen", header: "Eingesetzte Ressourcen", type: "longText", width: 30 },
        { key: "leistungen", header: "Erbrachte Leistungen", type: "longText", width: 30 },
        { key: "wirkung", header: "Erzielte Wirkung", type: "longText", width: 36 },
      ],
      totals: [],
    },
    (item) =>
      item.filing.kind === "jahresbericht"
        ? item.filing.data.wirkungen.map((w) => [
            w.stufe,
            stufeLabel(w.stufe)?.label ?? "ohne Stufe",
            stufeLabel(w.stufe)?.ebene ?? "",
            t(w.ressourcen),
            t(w.leistungen),
            t(w.wirkung),
          ])
        : [],
    options,
  ),
  stacked(
    {
      name: "Befunde",
      title: "Prüfergebnisse (Fehler, Warnungen, Hinweise) der gespeicherten Versionen",
      notes: [],
      columns: [
        { key: "art", header: "Art", type: "text", width: 18 },
        { key: "schwere", header: "Schwere", type: "text", width: 9 },
        { key: "regel", header: "Regel", type: "text", width: 24 },
        { key: "stelle", header: "Stelle", type: "text", width: 36 },
        { key: "meldung", header: "Meldung", type: "longText", width: 60 },
      ],
      totals: [],
    },
    (item) =>
      item.findings.map((f) => [
        FILING_KIND_LABELS[f.location.kind],
        SEVERITY_LABELS[f.severity],
        f.ruleId,
        t(f.location.label),
        t(f.message),
      ]),
    options,
  ),
  stacked(
    {
      name: "Kommentare",
      title: "Prüfkommentare der Koordinierungsstelle",
      notes: [],
      needsComments: true,
      columns: [
        { key: "art", header: "Art", type: "text", width: 18 },
        { key: "version", header: "zu Version", type: "integer", width: 9 },
        { key: "am", header: "Zeitpunkt (UTC)", type: "text", width: 20 },
        { key: "von", header: "von", type: "text", width: 20 },
        { key: "aktion", header: "Aktion", type: "text", width: 14 },
        { key: "feld", header: "Feld oder Zelle", type: "text", width: 30 },
        { key: "text", header: "Kommentar", type: "longText", width: 60 },
      ],
      totals: [],
    },
    (item) =>
      item.comments.map((c) => [
        FILING_KIND_LABELS[item.filing.kind],
        c.version,
        c.at.slice(0, 16).replace("T", " "),
        t(c.byName),
        c.action,
        t(c.label ?? c.cell ?? ""),
        t(c.text),
      ]),
    options,
  ),
];
