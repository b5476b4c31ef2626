import type { CellValue } from "../../../shared/layout/layout-types";
import { toAddress } from "../../../shared/workbook/cell-address";
import { FakeClientObject, type FakeContextCore } from "./fake-client-object";
import { fromLocalFormula, parseTyped, swapFormatSeparators, toLocalFormula } from "./fake-culture";
import { refuseOnProtected } from "./fake-protection";
import { FakeRangeFormat } from "./fake-range-format";
import { heldToTypes } from "./held-to-types";
import {
  FakeExcelError,
  cellKey,
  cellsOf,
  rangeAddress,
  recalculateIfDue,
  valueAt,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

type Scalar = string | number | boolean;

/** What Office.js hands back for a cell: "" when empty, an error as its text ("#VALUE!"). */
const shown = (v: CellValue): Scalar => {
  if (v === null) return "";
  if (v instanceof Date) throw new FakeExcelError("GeneralException", "Datumswerte liegen als Zahl vor.");
  if (typeof v === "object") return v.error;
  return v;
};

const valueType = (v: CellValue) =>
  v === null || v === ""
    ? "Empty"
    : typeof v === "number"
      ? "Double"
      : typeof v === "boolean"
        ? "Boolean"
        : typeof v === "string"
          ? "String"
          : "Error";

/** Office.js takes a 2-D array the size of the range, or one value for every cell. */
const matrixFor = (r: RangeRef, input: unknown): unknown[][] => {
  const cells = cellsOf(r);
  if (!Array.isArray(input)) return cells.map((row) => row.map(() => input));
  const rows = input as unknown[][];
  if (rows.length !== cells.length || rows.some((row, i) => row.length !== cells[i]!.length))
    throw new FakeExcelError(
      "InvalidArgument",
      `Die Werte (${rows.length}×${rows[0]?.length ?? 0}) passen nicht zum Bereich ${rangeAddress(r)}.`,
    );
  return rows;
};

/** Excel.Range over one rectangle of a sheet: values, formulas, number formats, fill, selection. */
export class FakeRange extends FakeClientObject<RangeRef> {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContextCore,
    resolve: () => RangeRef | null,
    private readonly state: FakeWorkbookState,
    private readonly changed: (r: RangeRef) => void,
  ) {
    super(ctx, resolve, "Range");
    this.format = new FakeRangeFormat(ctx, resolve, state);
    Object.defineProperty(this, "format", { writable: false }); // read-only in Office.js
  }

  protected readProperty(r: RangeRef, p: string): unknown {
    recalculateIfDue(this.state);
    const cells = cellsOf(r);
    switch (p) {
      case "values":
        return cells.map((row) => row.map((pos) => shown(valueAt(r.sheet, pos))));
      case "valueTypes":
        return cells.map((row) => row.map((pos) => valueType(valueAt(r.sheet, pos))));
      case "formulas":
        return cells.map((row) =>
          row.map((pos) => {
            const cell = r.sheet.cells[toAddress(pos)];
            return cell?.formula ? `=${cell.formula}` : shown(cell?.value ?? null);
          }),
        );
      case "formulasLocal":
        return (this.readProperty(r, "formulas") as Scalar[][]).map((row) =>
          row.map((f) =>
            typeof f === "string" && f.startsWith("=") ? toLocalFormula(f, this.state.culture) : f,
          ),
        );
      case "numberFormat":
        return cells.map((row) =>
          row.map((pos) => this.state.numberFormats.get(cellKey(r.sheet.name, toAddress(pos))) ?? "General"),
        );
      case "numberFormatLocal":
        return (this.readProperty(r, "numberFormat") as string[][]).map((row) =>
          row.map((code) => swapFormatSeparators(code, this.state.culture)),
        );
      case "address":
        return rangeAddress(r);
      case "rowIndex":
        return r.top.row - 1;
      case "columnIndex":
        return r.top.col - 1;
      case "rowCount":
        return r.bottom.row - r.top.row + 1;
      case "columnCount":
        return r.bottom.col - r.top.col + 1;
      default:
        throw new FakeExcelError("InvalidArgument", `Range.${p} kann die Attrappe nicht laden.`);
    }
  }

  get values(): Scalar[][] {
    return this.property("values");
  }
  get valueTypes(): string[][] {
    return this.property("valueTypes");
  }
  get formulas(): Scalar[][] {
    return this.property("formulas");
  }
  get numberFormat(): string[][] {
    return this.property("numberFormat");
  }
  get formulasLocal(): Scalar[][] {
    return this.property("formulasLocal");
  }
  get numberFormatLocal(): string[][] {
    return this.property("numberFormatLocal");
  }
  get address(): string {
    return this.property("address");
  }
  get rowIndex(): number {
    return this.property("rowIndex");
  }
  get columnIndex(): number {
    return this.property("columnIndex");
  }

  set values(input: Scalar[][]) {
    this.write("values=", input);
  }
  set formulas(input: Scalar[][]) {
    this.write("formulas=", input);
  }
  /** The user's language: "=SUMME(A1;A2)" in a German Excel (fake-culture.ts). */
  set formulasLocal(input: Scalar[][]) {
    this.write("formulasLocal=", input);
  }
  set numberFormat(input: string[][]) {
    this.writeFormats("numberFormat=", input, (code) => code);
  }
  /** "#.##0,00" in a German Excel is "#,##0.00" in `numberFormat`. */
  set numberFormatLocal(input: string[][]) {
    this.writeFormats("numberFormatLocal=", input, (code) => swapFormatSeparators(code, this.state.culture));
  }

  private writeFormats(label: string, input: unknown, toEnglish: (code: string) => string) {
    this.command(label, (r) => {
      refuseOnProtected(this.state, r, "allowFormatCells", "Zahlenformat");
      const m = matrixFor(r, input);
      cellsOf(r).forEach((row, i) =>
        row.forEach((pos, j) =>
          this.state.numberFormats.set(cellKey(r.sheet.name, toAddress(pos)), toEnglish(String(m[i]![j]))),
        ),
      );
    });
  }

  /**
   * Contents as Excel takes them: "=…" is a formula (English through `formulas` and `values`, the
   * user's language through `formulasLocal`), "'…" text, other text is read like typed input
   * (`values` in the Excel's locale, `formulas` in English; fake-culture.ts) unless the cell is
   * formatted as text.
   */
  private write(label: string, input: unknown) {
    this.command(label, (r) => {
      refuseOnProtected(this.state, r, "contents", label.slice(0, -1));
      const m = matrixFor(r, input);
      const { culture } = this.state;
      cellsOf(r).forEach((row, i) =>
        row.forEach((pos, j) => {
          const v = m[i]![j];
          if (v instanceof Date || (typeof v === "object" && v !== null))
            throw new FakeExcelError(
              "InvalidArgument",
              `Ungültiger Zellwert in ${toAddress(pos)}: ${String(v)}.`,
            );
          const address = toAddress(pos);
          const local = label === "formulasLocal=";
          const asText = this.state.numberFormats.get(cellKey(r.sheet.name, address)) === "@";
          if (typeof v === "string" && v.startsWith("=") && v.length > 1 && !asText) {
            const formula = local ? fromLocalFormula(v.slice(1), culture) : v.slice(1);
            r.sheet.cells[address] =
              formula === undefined ? { value: { error: "#NAME?" } } : { value: null, formula };
          } else if (v === "" || v === null || v === undefined) delete r.sheet.cells[address];
          // A leading apostrophe marks text; Excel keeps the rest.
          else if (typeof v === "string" && v.startsWith("'")) r.sheet.cells[address] = { value: v.slice(1) };
          else if (typeof v === "string" && !asText)
            r.sheet.cells[address] = { value: parseTyped(v, label === "formulas=" ? "en-US" : culture) };
          else r.sheet.cells[address] = { value: v as Scalar };
        }),
      );
      this.state.calculationDue = true;
      this.changed(r);
    });
  }

  /** Selects the range; like Excel on the web it fails unless the range's sheet is active. */
  select() {
    this.command("select()", (r) => {
      if (this.state.activeSheet !== r.sheet.name)
        throw new FakeExcelError(
          "InvalidSelection",
          `${rangeAddress(r)} liegt nicht auf dem aktiven Blatt (erst activate(), dann select()).`,
        );
      this.state.selection = { sheet: r.sheet.name, address: rangeAddress(r).split("!")[1]! };
    });
  }

  merge(across = false) {
    this.command("merge()", (r) => {
      refuseOnProtected(this.state, r, "never", "Zellen verbinden");
      if (across) throw new FakeExcelError("InvalidArgument", "Die Attrappe verbindet nur ganze Bereiche.");
      this.state.merges.push(`${r.sheet.name}!${rangeAddress(r).split("!")[1]}`);
    });
  }

  /** Range.dataValidation (ExcelApi 1.8): one rule type, an error alert, blanks allowed or not. */
  get dataValidation() {
    const command = (label: string, op: (r: RangeRef) => void) => this.command(label, op);
    const state = this.state;
    const record = (key: string, value: unknown) =>
      command(`dataValidation.${key}=`, (r) => {
        refuseOnProtected(state, r, "never", "Datenüberprüfung");
        const at = `${r.sheet.name}!${rangeAddress(r).split("!")[1]}`;
        if (key === "rule") {
          const types = Object.keys(value as object);
          if (types.length !== 1) throw new FakeExcelError("InvalidArgument", "Genau eine Art von Regel.");
          // A formula naming a cell that does not exist is refused by Excel.
          const text = JSON.stringify(value);
          for (const [, name] of text.matchAll(/"=([A-Za-z_][\w.]*)"/g))
            if (!Object.keys(state.workbook.names).some((n) => n.toLowerCase() === name!.toLowerCase()))
              throw new FakeExcelError("InvalidArgument", `Den Namen „${name}“ gibt es nicht.`);
        }
        state.validations.set(at, { ...state.validations.get(at), [key]: value });
      });
    return heldToTypes(
      {
        set rule(v: unknown) {
          record("rule", v);
        },
        set errorAlert(v: unknown) {
          record("errorAlert", v);
        },
        set ignoreBlanks(v: boolean) {
          record("ignoreBlanks", v);
        },
      },
      "DataValidation",
      this.ctx,
    );
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derive(`getRowsBelow(${count})`, (r) => ({
      sheet: r.sheet,
      top: { row: r.bottom.row + 1, col: r.top.col },
      bottom: { row: r.bottom.row + count, col: r.bottom.col },
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell()", (r) => {
      const pos = { row: r.top.row + row, col: r.top.col + column };
      return { sheet: r.sheet, top: pos, bottom: pos };
    });
  }

  private derive(label: string, f: (r: RangeRef) => RangeRef): FakeRange {
    this.ctx.record.commands.push(`Range.${label}`);
    return new FakeRange(this.ctx, () => f(this.must()), this.state, this.changed);
  }
}
