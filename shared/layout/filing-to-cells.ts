import type { Filing } from "../filing/filing";
import type { Pruefung } from "../filing/pruefung";
import { defaultProgramParams } from "../programme/params-for-year";
import type { ProgramParams } from "../programme/program-params";
import { computeVerwendungsnachweis } from "../rules/compute-verwendungsnachweis";
import { choiceLabel } from "./choice-lists";
import { withDerivedFields } from "./derived-fields";
import type { CachedResult, CellValue, ChoiceListKey, ValueType } from "./layout-types";
import { layoutFor } from "./layouts";
import { BELEG_SUMME_CACHED } from "./belegliste-sheet";
import { BELEG_KOSTENARTEN } from "../programme/pruefung-params";
import { getIn } from "../filing/path-access";

/** Cell contents by defined name, and table rows (in layout column order) by table name. */
export interface WorkbookCells {
  fields: Record<string, CellValue | undefined>;
  tables: Record<string, CellValue[][] | undefined>;
}

/** A field value as the cell shows it: euros for cents, a Date for an ISO date, the label of a choice. */
export const toCellValue = (
  type: ValueType,
  value: unknown,
  choices?: ChoiceListKey,
  programmeId?: string,
): CellValue => {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "text":
    case "longText":
      return value === "" ? null : String(value);
    case "amount":
    case "signedAmount":
      return (value as number) / 100;
    case "date": {
      const [y, m, d] = String(value).split("-").map(Number);
      return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
    }
    case "boolean":
      return value === true ? "ja" : null;
    case "choice":
      return (choices && choiceLabel(choices, value, programmeId)) ?? String(value);
    default:
      return value as number;
  }
};

const cachedResult = (filing: Filing, params: ProgramParams, key: CachedResult): number => {
  if (key === "sachkostenCap") return params.sachkostenCap;
  if (key === "budgetCap") return params.budgetCap;
  if (filing.kind !== "verwendungsnachweis") return 0;
  const kostenart = BELEG_KOSTENARTEN.find((k) => BELEG_SUMME_CACHED[k] === key);
  if (kostenart)
    return filing.data.belegliste
      .filter((b) => b.kostenart === kostenart)
      .reduce((sum, b) => sum + (b.betrag ?? 0), 0);
  return computeVerwendungsnachweis(filing.data, params)[key as "verwaltungCap" | "budgetZeilenSumme"];
};

/**
 * Everything a writer puts into the cells of a filing's workbook. Result cells get the value their
 * formula computes (exceljs never calculates), so a workbook shows correct figures before any recalc.
 * The city's Prüfung cells show `pruefung` when given, else stay blank.
 */
export const filingToCells = (
  filing: Filing,
  params: ProgramParams = defaultProgramParams(filing.meta),
  pruefung?: Pruefung,
): WorkbookCells => {
  const layout = layoutFor(filing.kind);
  const derived = withDerivedFields(filing, params);
  const fields: WorkbookCells["fields"] = {};
  for (const field of layout.fields) {
    fields[field.name] = field.path
      ? toCellValue(field.type, getIn(derived.data, field.path), field.choices)
      : field.pruefung
        ? toCellValue(field.type, getIn(pruefung, field.pruefung))
        : field.cached
          ? cachedResult(filing, params, field.cached) / 100
          : null;
  }
  const tables: WorkbookCells["tables"] = {};
  for (const table of layout.tables) {
    const rows = (getIn(derived.data, table.path) as unknown[] | undefined) ?? [];
    tables[table.name] = rows.map((row) =>
      table.columns.map((c) =>
        toCellValue(c.type, c.key === "" ? row : getIn(row, [c.key]), c.choices, filing.meta.programmeId),
      ),
    );
  }
  return { fields, tables };
};
