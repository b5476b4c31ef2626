import type { Workbook } from "exceljs";
import type { Filing } from "../filing/filing";
import { CHOICE_LISTS } from "../layout/choice-lists";
import { font } from "./cell-format";
import { absoluteAddress, listColumn, listRange, sheetRef } from "../layout/defined-names";
import { LAYOUT_VERSION, META_FIELDS, META_SHEET, type MetaKey } from "../layout/meta-layout";
import { parseAddress } from "../workbook/cell-address";

/**
 * The hidden sheet that says which filing a workbook is (read via META_* names) and holds the
 * dropdown lists (LST_* names) – lists on a sheet work in Excel 2016, on the web and in LibreOffice.
 */
export const writeMetaSheet = async (workbook: Workbook, filing: Pick<Filing, "kind" | "meta">) => {
  const sheet = workbook.addWorksheet(META_SHEET, { state: "hidden" });
  sheet.getCell("A1").value = "Förderbericht – Metadaten und Auswahllisten (bitte nicht ändern)";
  sheet.getCell("A1").font = font({ bold: true });
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 24;
  const values: Record<MetaKey, string | number> = {
    layoutVersion: LAYOUT_VERSION,
    kind: filing.kind,
    programmeId: filing.meta.programmeId,
    traegerId: filing.meta.traegerId,
    districtId: filing.meta.districtId,
    year: filing.meta.year,
  };
  for (const field of META_FIELDS) {
    const { row } = parseAddress(field.address);
    sheet.getCell(`A${row}`).value = field.label;
    sheet.getCell(field.address).value = values[field.key];
    workbook.definedNames.add(sheetRef(META_SHEET, absoluteAddress(field.address)), field.name);
  }
  Object.values(CHOICE_LISTS).forEach((list, i) => {
    const column = listColumn(i);
    sheet.getColumn(column).width = 48;
    sheet.getCell(`${column}1`).value = list.title;
    sheet.getCell(`${column}1`).font = font({ bold: true });
    list.options.forEach((option, j) => (sheet.getCell(`${column}${j + 2}`).value = option.label));
    workbook.definedNames.add(sheetRef(META_SHEET, listRange(i, list.options.length, true)), list.name);
  });
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true });
};
