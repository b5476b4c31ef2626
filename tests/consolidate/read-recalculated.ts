import ExcelJS from "exceljs";

export type Row = Record<string, unknown>;

const plain = (value: ExcelJS.CellValue): unknown =>
  value !== null && typeof value === "object" && "formula" in value ? value.result : value;

/**
 * The sheets of a workbook as rows keyed by column header, plus the totals rows by label – read from
 * a file LibreOffice recalculated. The header row is the first with more than two cells (title and
 * notes fill only column A); LibreOffice drops frozen panes when it converts headless.
 */
export const readSheets = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<
    string,
    { rows: Row[]; totals: Map<string, Row>; sheet: ExcelJS.Worksheet; headerRow: number }
  >();
  workbook.eachSheet((sheet) => {
    let headerRow = 1;
    while (headerRow < sheet.rowCount && sheet.getRow(headerRow).cellCount <= 2) headerRow++;
    const headers = (sheet.getRow(headerRow).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
    const rows: Row[] = [];
    const totals = new Map<string, Row>();
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const values = sheet.getRow(r).values as ExcelJS.CellValue[];
      if (!values.some((v) => v !== null && v !== undefined)) continue;
      const row: Row = {};
      headers.forEach((h, c) => h && (row[h] = plain(values[c] ?? null)));
      const label = String(plain(values[1] ?? null) ?? "");
      if (label.startsWith("Summe")) totals.set(label, row);
      else rows.push(row);
    }
    sheets.set(sheet.name, { rows, totals, sheet, headerRow });
  });
  return sheets;
};
