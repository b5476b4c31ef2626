import type { Filing } from "../../filing/filing";
import { CHOICE_LISTS } from "../../layout/choice-lists";
import { absoluteAddress, listColumn, listRange, sheetRef } from "../../layout/defined-names";
import { LAYOUT_VERSION, META_FIELDS, META_SHEET } from "../../layout/meta-layout";
import { columnNumber, parseAddress } from "../cell-address";
import type { CellPlan, NamePlan, SheetPlan } from "./plan-types";

/**
 * The hidden sheet that says which filing a workbook is (read via META_* names) and holds the
 * dropdown lists (LST_* names) – lists on a sheet work in Excel 2016, on the web and in LibreOffice.
 */
export const metaSheetPlan = (filing: Pick<Filing, "kind" | "meta">, names: NamePlan[]): SheetPlan => {
  const values: Record<(typeof META_FIELDS)[number]["key"], string | number> = {
    layoutVersion: LAYOUT_VERSION,
    kind: filing.kind,
    programmeId: filing.meta.programmeId,
    traegerId: filing.meta.traegerId,
    districtId: filing.meta.districtId,
    year: filing.meta.year,
  };
  const cells: CellPlan[] = [
    {
      address: "A1",
      value: "Förderbericht – Metadaten und Auswahllisten (bitte nicht ändern)",
      style: "metaHeader",
    },
  ];
  for (const field of META_FIELDS) {
    const { row } = parseAddress(field.address);
    cells.push({ address: `A${row}`, value: field.label, style: "plain" });
    cells.push({ address: field.address, value: values[field.key], style: "plain" });
    names.push({ name: field.name, ref: sheetRef(META_SHEET, absoluteAddress(field.address)) });
  }
  const widths = [36, 24];
  Object.values(CHOICE_LISTS).forEach((list, i) => {
    const column = listColumn(i);
    widths[columnNumber(column) - 1] = 48;
    cells.push({ address: `${column}1`, value: list.title, style: "metaHeader" });
    list.options.forEach((option, j) =>
      cells.push({ address: `${column}${j + 2}`, value: option.label, style: "plain" }),
    );
    names.push({ name: list.name, ref: sheetRef(META_SHEET, listRange(i, list.options.length, true)) });
  });
  return {
    name: META_SHEET,
    hidden: true,
    columnWidths: Array.from(widths, (w) => w ?? 10),
    rowHeights: {},
    merges: [],
    cells,
    tables: [],
    validations: [],
    print: { landscape: false, header: "", footer: "", breaksAfter: [], order: 99 },
    protect: true,
  };
};
