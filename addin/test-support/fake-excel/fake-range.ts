import type { CellValue } from "../../../shared/layout/layout-types";
import { columnLetter, toAddress } from "../../../shared/workbook/cell-address";
import { FakeClientObject, type FakeContextCore } from "./fake-client-object";
import { heldToTypes } from "./held-to-types";
import {
  FakeExcelError,
  setLook,
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

export class FakeFill extends FakeClientObject<RangeRef> {
  constructor(
    ctx: FakeContextCore,
    resolve: () => RangeRef | null,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, resolve, "RangeFill");
  }
  protected readProperty(r: RangeRef, p: string) {
    if (p !== "color") throw new FakeExcelError("InvalidArgument", `RangeFill.${p}`);
    const colors = new Set(
      cellsOf(r)
        .flat()
        .map((pos) => this.state.fills.get(cellKey(r.sheet.name, toAddress(pos)))),
    );
    return colors.size === 1 ? ([...colors][0] ?? "#FFFFFF") : null;
  }
  get color(): string {
    return this.property("color");
  }
  set color(value: string) {
    this.command("color=", (r) => {
      for (const pos of cellsOf(r).flat()) this.state.fills.set(cellKey(r.sheet.name, toAddress(pos)), value);
    });
  }
  clear() {
    this.command("clear()", (r) => {
      for (const pos of cellsOf(r).flat()) this.state.fills.delete(cellKey(r.sheet.name, toAddress(pos)));
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeRef> {
  readonly fill: FakeFill;
  constructor(
    ctx: FakeContextCore,
    resolve: () => RangeRef | null,
    private readonly state: FakeWorkbookState,
  ) {
    super(ctx, resolve, "RangeFormat");
    this.fill = new FakeFill(ctx, resolve, state);
    Object.defineProperty(this, "fill", { writable: false }); // read-only in Office.js
  }
  protected readProperty(_r: RangeRef, p: string): unknown {
    throw new FakeExcelError("InvalidArgument", `RangeFormat.${p} kann die Attrappe nicht laden.`);
  }
  set columnWidth(points: number) {
    this.command("columnWidth=", (r) => {
      for (let c = r.top.col; c <= r.bottom.col; c++)
        this.state.columnWidths.set(`${r.sheet.name}!${columnLetter(c)}`, points);
    });
  }
  private look(key: string, value: unknown) {
    this.command(`${key}=`, (r) => setLook(this.state, r, key, value));
  }
  set wrapText(value: boolean) {
    this.look("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.look("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.look("verticalAlignment", value);
  }
  set rowHeight(value: number) {
    this.look("rowHeight", value);
  }
  /** RangeFont: name, size, bold, italic, color – recorded per cell. */
  get font() {
    const look = (key: string, value: unknown) => this.look(`font.${key}`, value);
    return heldToTypes(
      {
        set name(v: string) {
          look("name", v);
        },
        set size(v: number) {
          look("size", v);
        },
        set bold(v: boolean) {
          look("bold", v);
        },
        set italic(v: boolean) {
          look("italic", v);
        },
        set color(v: string) {
          look("color", v);
        },
      },
      "RangeFont",
      this.ctx,
    );
  }
  /** RangeBorderCollection.getItem(edge): style and color – recorded per cell. */
  get borders() {
    const look = (key: string, value: unknown) => this.look(`borders.${key}`, value);
    const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];
    const ctx = this.ctx;
    return heldToTypes(
      {
        getItem: (edge: string) => {
          if (!EDGES.includes(edge)) throw new FakeExcelError("InvalidArgument", `Kein Rand „${edge}“.`);
          return heldToTypes(
            {
              set style(v: string) {
                look(`${edge}.style`, v);
              },
              set color(v: string) {
                look(`${edge}.color`, v);
              },
            },
            "RangeBorder",
            ctx,
          );
        },
      },
      "RangeBorderCollection",
      ctx,
    );
  }
  /** Unlocks input cells of a protected sheet (RangeFormat.protection.locked). */
  get protection() {
    const command = (label: string, op: (r: RangeRef) => void) => this.command(label, op);
    const unlocked = this.state.unlocked;
    return heldToTypes(
      {
        set locked(value: boolean) {
          command("protection.locked=", (r) => {
            for (const pos of cellsOf(r).flat()) {
              const key = cellKey(r.sheet.name, toAddress(pos));
              if (value) unlocked.delete(key);
              else unlocked.add(key);
            }
          });
        },
      },
      "FormatProtection",
      this.ctx,
    );
  }
}

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
      case "numberFormat":
        return cells.map((row) =>
          row.map((pos) => this.state.numberFormats.get(cellKey(r.sheet.name, toAddress(pos))) ?? "General"),
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
  set numberFormat(input: string[][]) {
    this.command("numberFormat=", (r) => {
      const m = matrixFor(r, input);
      cellsOf(r).forEach((row, i) =>
        row.forEach((pos, j) =>
          this.state.numberFormats.set(cellKey(r.sheet.name, toAddress(pos)), String(m[i]![j])),
        ),
      );
    });
  }

  private write(label: string, input: unknown) {
    this.command(label, (r) => {
      const m = matrixFor(r, input);
      cellsOf(r).forEach((row, i) =>
        row.forEach((pos, j) => {
          const v = m[i]![j];
          if (v instanceof Date || (typeof v === "object" && v !== null))
            throw new FakeExcelError(
              "InvalidArgument",
              `Ungültiger Zellwert in ${toAddress(pos)}: ${String(v)}.`,
            );
          const address = toAddress(pos);
          // Excel reads "=…" as a formula whichever property it came through.
          if (typeof v === "string" && v.startsWith("=") && v.length > 1)
            r.sheet.cells[address] = { value: null, formula: v.slice(1) };
          else if (v === "" || v === null || v === undefined) delete r.sheet.cells[address];
          // A leading apostrophe marks text; Excel keeps the rest.
          else if (typeof v === "string" && v.startsWith("'")) r.sheet.cells[address] = { value: v.slice(1) };
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
