import type { CellValue, FormLayout } from "../../layout/layout-types";
import { columnLetter, parseAddress } from "../cell-address";
import type { CellPlan, SheetPlan } from "./plan-types";
import { MAX_ROW_HEIGHT } from "./print-layout";
import { LINE_HEIGHT, textLines } from "./styles";

/**
 * A table row is one row on paper, at most 409 pt, and never split across pages: a long text in a
 * narrow column (3.4 „Erzielte Wirkung“, 22 characters wide) is cut after about 800 characters.
 * The table keeps the text (it is the data); the print adds a sheet at the end that prints each
 * such text in full, over as many rows and pages as it needs, and the table's sheet says so.
 */
export const LONG_TEXTS_SHEET = "Langtexte";

export interface LongTableText {
  sheet: string;
  /** „3.4 Erreichte Wirkungen (Outcome/Impact), Zeile 1, Erzielte Wirkung“ */
  where: string;
  text: string;
}

/** Room a table row gets for its text: the row limit, less the cell's top and bottom margin. */
const FITS = MAX_ROW_HEIGHT - 12;
/** The form sheets' two columns (46 + 54), merged: a single column this wide ran past the page's edge. */
const COLUMNS = [46, 54];
const WIDTH = 100;
/** Lines per printed row of the full text: well below a page, so LibreOffice breaks between rows. */
const LINES_PER_ROW = 24;

/** Every table cell of the filing whose text is taller than a table row can print. */
export const longTableTexts = (
  layout: FormLayout,
  tables: Record<string, CellValue[][] | undefined>,
): LongTableText[] =>
  layout.tables.flatMap((table) =>
    (tables[table.name] ?? []).flatMap((row, r) =>
      table.columns.flatMap((column, c) => {
        const value = row[c];
        if (typeof value !== "string" || LINE_HEIGHT * textLines(value, column.width) <= FITS) return [];
        return [
          { sheet: table.sheet, where: `${table.label}, Zeile ${r + 1}, ${column.header}`, text: value },
        ];
      }),
    ),
  );

/** Words of `text` in pieces of about `LINES_PER_ROW` wrapped lines each (paragraphs kept). */
const pieces = (text: string): string[] => {
  const out: string[] = [];
  let current = "";
  for (const word of text.split(/(?<=\s)/)) {
    if (current && textLines(current + word, WIDTH) > LINES_PER_ROW) {
      out.push(current.trimEnd());
      current = "";
    }
    current += word;
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
};

/** The sheet that prints each long table text in full, after the form's own sheets. */
export const longTextsSheetPlan = (texts: readonly LongTableText[], template: SheetPlan): SheetPlan => {
  const cells: CellPlan[] = [
    { address: "A1", value: "Fortsetzung: lange Texte aus den Tabellen", style: "title" },
    {
      address: "A2",
      value:
        "Diese Texte sind länger, als eine Tabellenzeile im Druck fassen kann; hier stehen sie vollständig. Dieses Blatt wird beim Einreichen nicht gelesen: geändert wird der Text in der Tabelle.",
      style: "label",
      wrap: true,
      vertical: "top",
    },
  ];
  const rowHeights: Record<number, number> = {
    1: 20,
    2: LINE_HEIGHT * textLines(String(cells[1]!.value), WIDTH) + 4,
  };
  let row = 4;
  for (const { where, text } of texts) {
    cells.push({ address: `A${row}`, value: where, style: "heading", wrap: true, vertical: "top" });
    rowHeights[row] = LINE_HEIGHT * textLines(where, WIDTH) + 6;
    row++;
    for (const piece of pieces(text)) {
      cells.push({ address: `A${row}`, value: piece, style: "label", wrap: true, vertical: "top" });
      rowHeights[row] = Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * textLines(piece, WIDTH) + 6);
      row++;
    }
    row++;
  }
  return {
    name: LONG_TEXTS_SHEET,
    hidden: false,
    columnWidths: COLUMNS,
    rowHeights,
    merges: cells.map((c) => `${c.address}:B${c.address.slice(1)}`),
    cells,
    tables: [],
    validations: [],
    print: {
      ...template.print,
      area: `A1:B${row}`,
      breaksAfter: [],
      order: template.print.order + 1,
    },
    protect: true,
  };
};

/** What a table's sheet prints above its header: which texts are cut there and where they are whole. */
const pointer = (texts: readonly LongTableText[]) =>
  `Im Druck gekürzt, vollständig im Blatt „${LONG_TEXTS_SHEET}“: ${texts
    .map((t) => t.where.split(", ").slice(1).join(", "))
    .join("; ")}.`;

/** Puts the pointer in the row above the table's header, over the cells that are free there. */
const addPointer = (sheet: SheetPlan, start: string, texts: readonly LongTableText[]) => {
  const { row } = parseAddress(start);
  const taken = sheet.cells
    .filter((c) => parseAddress(c.address).row === row - 1)
    .map((c) => parseAddress(c.address).col);
  const last = Math.min(sheet.columnWidths.length, ...taken.map((col) => col - 1));
  if (row < 2 || last < 1) return;
  const value = pointer(texts);
  const width = sheet.columnWidths.slice(0, last).reduce((a, b) => a + b, 0);
  sheet.cells.push({ address: `A${row - 1}`, value, style: "note", wrap: true, vertical: "top" });
  if (last > 1) sheet.merges.push(`A${row - 1}:${columnLetter(last)}${row - 1}`);
  sheet.rowHeights[row - 1] = Math.max(
    sheet.rowHeights[row - 1] ?? 15,
    LINE_HEIGHT * textLines(value, width) + 4,
  );
};

/**
 * The form's sheets with every long table text printed in full: a pointer on each table's sheet,
 * and the „Langtexte“ sheet after the last one. Unchanged when no table text is that long.
 */
export const withLongTableTexts = (
  sheets: readonly SheetPlan[],
  layout: FormLayout,
  tables: Record<string, CellValue[][] | undefined>,
): SheetPlan[] => {
  const texts = longTableTexts(layout, tables);
  if (texts.length === 0) return [...sheets];
  const out = sheets.map((s) => ({
    ...s,
    cells: [...s.cells],
    merges: [...s.merges],
    rowHeights: { ...s.rowHeights },
  }));
  for (const table of layout.tables) {
    const here = texts.filter((t) => t.sheet === table.sheet);
    const sheet = out.find((s) => s.name === table.sheet);
    if (here.length && sheet && !sheet.hidden) addPointer(sheet, table.start, here);
  }
  return [...out, longTextsSheetPlan(texts, out.filter((s) => !s.hidden).at(-1)!)];
};
