import type { Filing } from "../../filing/filing";
import { CHOICE_LISTS, optionLabel } from "../../layout/choice-lists";
import { absoluteAddress, listColumn, listRange, sheetRef } from "../../layout/defined-names";
import { LAYOUT_VERSION, META_FIELDS, META_SHEET } from "../../layout/meta-layout";
import { columnNumber, parseAddress } from "../cell-address";
import { NUMBER_WORDS } from "../../layout/in-worten-formula";
import { amountInWords } from "../../money/amount-in-words";

/** "null", "ein", "zwei", …, "neunhundertneunundneunzig": the words of whole euros below 1.000. */
const numberWord = (n: number) => amountInWords(n * 100).replace(/ Euro$/, "");
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
      cells.push({
        address: `${column}${j + 2}`,
        value: optionLabel(option, filing.meta.programmeId),
        style: "plain",
      }),
    );
    names.push({ name: list.name, ref: sheetRef(META_SHEET, listRange(i, list.options.length, true)) });
  });
  // German number words 0–999 for the "in Worten" formula, exactly as `amountInWords` writes them.
  const wordsColumn = columnNumber(NUMBER_WORDS.column);
  widths[wordsColumn - 1] = 40;
  cells.push({ address: `${NUMBER_WORDS.column}1`, value: NUMBER_WORDS.title, style: "metaHeader" });
  for (let n = 0; n < 1000; n++)
    cells.push({ address: `${NUMBER_WORDS.column}${n + 2}`, value: numberWord(n), style: "plain" });
  names.push({
    name: NUMBER_WORDS.name,
    ref: sheetRef(META_SHEET, absoluteAddress(`${NUMBER_WORDS.column}2:${NUMBER_WORDS.column}1001`)),
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
