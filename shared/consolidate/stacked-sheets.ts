import { FILING_KIND_LABELS, type FilingKind } from "../domain/filing-kinds";
import { SEVERITY_LABELS } from "../domain/severity";
import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import { districtName, traegerName } from "../programme/stammdaten";
import { cleanText } from "./cell-values";
import type { ContentItem, ConsolidationOptions } from "./consolidation-items";
import { getIn } from "../filing/path-access";
import type { TableSpec } from "../layout/layout-types";
import { linkCell } from "./link-cell";
import type { Cell, ColumnSpec, SheetSpec } from "./sheet-model";
import { layoutTable, tableCells, tableColumns, type StackedWidth } from "./table-columns";

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

type TableSheetHead = Omit<StackedSheetSpec, "rows" | "columns" | "kind"> & { kind: FilingKind };

/** A form's table, stacked: its columns and cells follow the layout's declaration of the table. */
const tableSheet = (
  spec: TableSheetHead,
  table: TableSpec,
  widths: readonly StackedWidth[],
  options: ConsolidationOptions,
): StackedSheetSpec => {
  const columns = tableColumns(table, widths);
  return stacked(
    { ...spec, columns },
    (item) =>
      item.filing.kind === spec.kind
        ? tableCells(table, columns, item.filing.data, item.filing.meta.programmeId)
        : [],
    options,
  );
};

const stufeLabel = (stufe: unknown) => WIRKUNGSTREPPE.find((s) => s.stufe === stufe);

/**
 * 3.4 Wirkungen with its step of the Wirkungstreppe spelled out: the step's number, its label (under
 * the layout's header of the choice column) and its level first, then the table's text columns.
 */
const wirkungenSheet = (options: ConsolidationOptions): StackedSheetSpec => {
  const table = layoutTable("jahresbericht", ["wirkungen"]);
  const stufe = table.columns.find((c) => c.choices === "wirkungstreppe");
  if (!stufe) throw new Error(`${table.name}: keine Spalte mit der Stufe der Wirkungstreppe`);
  const texts = tableColumns({ ...table, columns: table.columns.filter((c) => c !== stufe) }, [30, 30, 36]);
  const columns: ColumnSpec[] = [
    { key: stufe.key, header: "Stufe", type: "integer", width: 6 },
    { key: "stufeLabel", header: stufe.header, type: "text", width: 30 },
    { key: "ebene", header: "Ebene", type: "text", width: 9 },
    ...texts,
  ];
  return stacked(
    {
      name: "Wirkungen",
      title: "3.4 Erreichte Wirkungen aller Jahresberichte mit ihrer Stufe der Wirkungstreppe",
      notes: [],
      kind: "jahresbericht",
      columns,
      totals: [],
    },
    (item) =>
      item.filing.kind === "jahresbericht"
        ? tableCells(table, texts, item.filing.data).map((cells, i) => {
            const step = getIn(item.filing.data, [...table.path, i, stufe.key]);
            const known = stufeLabel(step);
            return [
              typeof step === "number" ? step : null,
              known?.label ?? "ohne Stufe",
              known?.ebene ?? "",
              ...cells,
            ];
          })
        : [],
    options,
  );
};

export const stackedSheets = (options: ConsolidationOptions = {}): StackedSheetSpec[] => [
  tableSheet(
    {
      name: "Personal",
      title: "1. Personalkosten aller Verwendungsnachweise",
      notes: ["Personenbezogene Daten: nur für {rolleKoordinierung} und {rolleLeitung}."],
      kind: "verwendungsnachweis",
      totals: [{ label: "Summe", cells: { stellenanteil: { sum: true }, personalkosten: { sum: true } } }],
    },
    layoutTable("verwendungsnachweis", ["personal", "zeilen"]),
    [18, 16, 24, 18, 11, 15],
    options,
  ),
  tableSheet(
    {
      name: "Budget",
      title: "4. Aufteilung des {budgetName}s aller Verwendungsnachweise",
      notes: [],
      kind: "verwendungsnachweis",
      totals: [{ label: "Summe", cells: { betrag: { sum: true } } }],
    },
    layoutTable("verwendungsnachweis", ["budget", "zeilen"]),
    [5, { width: 44, wrap: true }, 15],
    options,
  ),
  tableSheet(
    {
      name: "Belegliste",
      title: "Belegliste aller Verwendungsnachweise",
      notes: [],
      kind: "verwendungsnachweis",
      totals: [{ label: "Summe", cells: { betrag: { sum: true } } }],
    },
    layoutTable("verwendungsnachweis", ["belegliste"]),
    [11, 11, { width: 26, wrap: true }, { width: 32, wrap: true }, 14, 30, 11],
    options,
  ),
  tableSheet(
    {
      name: "Angebote",
      title: "3.5 Quantitative Daten zu den Angeboten aller Jahresberichte",
      notes: [],
      kind: "jahresbericht",
      totals: [{ label: "Summe", cells: { teilnehmerzahl: { sum: true } } }],
    },
    layoutTable("jahresbericht", ["angebote"]),
    [30, 24, 18, 12, 24],
    options,
  ),
  wirkungenSheet(options),
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
      title: "Prüfkommentare ({rolleKoordinierung})",
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
