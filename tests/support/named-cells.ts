import ExcelJS from "exceljs";

/** What a cell holds, formula results unwrapped: number, text, boolean, Date, error text or null. */
export type PlainValue = number | string | boolean | Date | null;

export interface NamedCells {
  workbook: ExcelJS.Workbook;
  /** Where a defined name points, e.g. "'Verwendungsnachweis'!$B$17". */
  refOf: (name: string) => string;
  /** The value (or formula result) of the single cell a defined name points to. */
  valueOf: (name: string) => PlainValue;
  /** The formula of that cell, or undefined for a plain value. */
  formulaOf: (name: string) => string | undefined;
  /** Every formula cell of the workbook with its result, for "no #NAME?/#REF!" checks. */
  formulaCells: () => { ref: string; formula: string; result: PlainValue }[];
}

/**
 * A cell's value; for a formula its result read from `cell.result`, because exceljs's `cell.value`
 * drops a falsy result (a formula that computes 0 reads as `{ formula }` without `result`).
 */
export const cellValue = (cell: ExcelJS.Cell): PlainValue =>
  cell.formula ? plainValue((cell.result ?? null) as ExcelJS.CellValue) : plainValue(cell.value);

export const plainValue = (value: ExcelJS.CellValue): PlainValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) {
        return String((result as { error: unknown }).error);
      }
      return result as PlainValue;
    }
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
  }
  return String(value);
};

const splitRef = (ref: string) => {
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
};

/** Opens a workbook with exceljs – independently of the product's reader – and resolves defined names. */
export const loadNamedCells = async (buffer: Uint8Array): Promise<NamedCells> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const refOf = (name: string) => {
    const ranges = workbook.definedNames.getRanges(name).ranges;
    if (ranges.length !== 1) throw new Error(`Der Name ${name} zeigt auf ${ranges.length} Bereiche`);
    return ranges[0]!;
  };
  const cellOf = (name: string) => {
    const { sheet, address } = splitRef(refOf(name));
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`Blatt ${sheet} fehlt (Name ${name})`);
    return worksheet.getCell(address);
  };
  return {
    workbook,
    refOf,
    valueOf: (name) => cellValue(cellOf(name)),
    formulaOf: (name) => cellOf(name).formula || undefined,
    formulaCells: () => {
      const cells: { ref: string; formula: string; result: PlainValue }[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) {
              cells.push({
                ref: `'${sheet.name}'!${cell.address}`,
                formula: cell.formula,
                result: cellValue(cell),
              });
            }
          }),
        ),
      );
      return cells;
    },
  };
};

/**
 * Types values into named cells as a user would in Excel (over formulas and sheet protection),
 * e.g. a sum overwritten by hand or "-1.234,56 €" typed as text; returns the saved workbook.
 */
export const editNamedCells = async (
  buffer: Uint8Array,
  edits: Record<string, ExcelJS.CellValue>,
): Promise<Uint8Array> => {
  const { workbook, refOf } = await loadNamedCells(buffer);
  for (const [name, value] of Object.entries(edits)) {
    const { sheet, address } = splitRef(refOf(name));
    workbook.getWorksheet(sheet)!.getCell(address).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
