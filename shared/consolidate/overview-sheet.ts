import { FILING_KIND_LABELS } from "../domain/filing-kinds";
import { statusLabel } from "../programme/lifecycle-words";
import { districtName, traegerName } from "../programme/stammdaten";
import { euros, excelDate, roundEuros } from "./cell-values";
import type { ConsolidationOptions, OverviewItem } from "./consolidation-items";
import { linkCell } from "./link-cell";
import { letterOf, type Cell, type ColumnSpec, type SheetSpec, type TotalCell } from "./sheet-model";

const COLUMNS: ColumnSpec[] = [
  { key: "traeger", header: "Träger", type: "text", width: 30 },
  { key: "district", header: "Stadtteil", type: "text", width: 26 },
  { key: "kind", header: "Art", type: "text", width: 20 },
  { key: "status", header: "Status", type: "text", width: 20 },
  { key: "version", header: "Version", type: "integer", width: 8 },
  { key: "due", header: "Fällig am", type: "date", width: 11 },
  { key: "overdue", header: "überfällig", type: "text", width: 10 },
  { key: "bewilligt", header: "Zuschuss bewilligt", type: "amount", width: 15 },
  { key: "zuschuss", header: "Zuschuss angegeben", type: "amount", width: 15 },
  { key: "abweichung", header: "Abweichung Zuschuss", type: "signedAmount", width: 15 },
  { key: "weitere", header: "Weitere Einnahmen / Eigenmittel", type: "amount", width: 15 },
  { key: "personal", header: "Personalkosten", type: "amount", width: 15 },
  { key: "verwaltung", header: "Verwaltungs- und Leitungskosten", type: "amount", width: 15 },
  { key: "sachkosten", header: "Arbeitsplatzbezogene Sachkosten", type: "amount", width: 15 },
  { key: "budget", header: "{budgetName}", type: "amount", width: 15 },
  { key: "quote", header: "Verwaltung in % der Personalkosten", type: "percent", width: 12 },
  { key: "kostensumme", header: "Kostensumme", type: "amount", width: 15 },
  { key: "differenz", header: "Differenz", type: "signedAmount", width: 15 },
  { key: "fehler", header: "Fehler", type: "integer", width: 8 },
  { key: "warnung", header: "Warnungen", type: "integer", width: 10 },
  { key: "hinweis", header: "Hinweise", type: "integer", width: 9 },
  { key: "vorgang", header: "Vorgang", type: "text", width: 48 },
  { key: "link", header: "Gespeicherte Version", type: "link", width: 16 },
];

const L = (key: string) => `${letterOf(COLUMNS, key)}{r}`;
const SUMMED = [
  "bewilligt",
  "zuschuss",
  "abweichung",
  "weitere",
  "personal",
  "verwaltung",
  "sachkosten",
  "budget",
];
const COUNTED = ["kostensumme", "differenz", "fehler", "warnung", "hinweis"];

const totalsFor = (kind: "verwendungsnachweis" | "jahresbericht") => {
  const cells: Record<string, TotalCell> = {};
  for (const key of [...SUMMED, ...COUNTED])
    cells[key] = { sumIf: { column: "kind", equals: FILING_KIND_LABELS[kind] } };
  cells.quote = { ratio: { numerator: "verwaltung", denominator: "personal" } };
  return { label: `Summe ${FILING_KIND_LABELS[kind]}e`, cells };
};

const row = (item: OverviewItem, options: ConsolidationOptions): Cell[] => {
  const a = item.amounts;
  const vn = item.kind === "verwendungsnachweis";
  const bewilligt = vn ? euros(item.zuschussBewilligt) : null;
  const zuschuss = euros(a?.zuschuss);
  const sum = a ? roundEuros((a.personal + a.verwaltung + a.sachkosten + a.budget) / 100) : null;
  const cells: Record<string, Cell> = {
    traeger: traegerName(item.meta.programmeId, item.meta.traegerId),
    district: districtName(item.meta.programmeId, item.meta.districtId),
    kind: FILING_KIND_LABELS[item.kind],
    status: item.status === null ? "fehlt" : statusLabel(item.meta.programmeId, item.status),
    version: item.version,
    due: excelDate(item.dueDate),
    overdue: item.overdue ? "ja" : "",
    bewilligt,
    zuschuss,
    abweichung:
      bewilligt !== null && zuschuss !== null
        ? { formula: `${L("zuschuss")}-${L("bewilligt")}`, result: roundEuros(zuschuss - bewilligt) }
        : null,
    weitere: euros(a?.weitereEinnahmen),
    personal: euros(a?.personal),
    verwaltung: euros(a?.verwaltung),
    sachkosten: euros(a?.sachkosten),
    budget: euros(a?.budget),
    quote: a
      ? {
          formula: `IF(${L("personal")}=0,"",${L("verwaltung")}/${L("personal")})`,
          result: a.personal === 0 ? "" : a.verwaltung / a.personal,
        }
      : null,
    kostensumme: sum === null ? null : { formula: `SUM(${L("personal")}:${L("budget")})`, result: sum },
    differenz:
      vn && a && sum !== null
        ? {
            formula: `${L("zuschuss")}+${L("weitere")}-${L("kostensumme")}`,
            result: roundEuros((a.zuschuss ?? 0) / 100 + a.weitereEinnahmen / 100 - sum),
          }
        : null,
    fehler: item.findingCounts?.fehler ?? null,
    warnung: item.findingCounts?.warnung ?? null,
    hinweis: item.findingCounts?.hinweis ?? null,
    vorgang: item.filingId,
    link: item.version === null ? null : linkCell(item.filingId, item.version, options.linkBase),
  };
  return COLUMNS.map((c) => cells[c.key] ?? null);
};

/** Übersicht: one row per expected or stored filing of the year, missing ones included. */
export const overviewSheet = (options: ConsolidationOptions = {}): SheetSpec<OverviewItem> => ({
  name: "Übersicht",
  title: "Übersicht der Vorgänge",
  notes: [
    "Eine Zeile je erwartetem oder eingereichtem Vorgang; Status „fehlt“: noch nicht eingereicht.",
    "Beim Jahresbericht stehen die Beträge aus 3.1 ({gegenstand} als Budget, Eigenmittel als weitere Einnahmen).",
    "Kostensumme, Differenz, Quote und Summen sind Formeln und rechnen mit, wenn Werte geändert werden.",
  ],
  columns: COLUMNS,
  rows: (item) => [row(item, options)],
  totals: [totalsFor("verwendungsnachweis"), totalsFor("jahresbericht")],
});
