import { columnLetter, toAddress } from "../../../shared/workbook/cell-address";
import { FakeClientObject, type FakeContextCore } from "./fake-client-object";
import { refuseOnProtected } from "./fake-protection";
import { heldToTypes } from "./held-to-types";
import {
  FakeExcelError,
  cellKey,
  cellsOf,
  setLook,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

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
      refuseOnProtected(this.state, r, "allowFormatCells", "Füllfarbe");
      for (const pos of cellsOf(r).flat()) this.state.fills.set(cellKey(r.sheet.name, toAddress(pos)), value);
    });
  }
  clear() {
    this.command("clear()", (r) => {
      refuseOnProtected(this.state, r, "allowFormatCells", "Füllfarbe");
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
      refuseOnProtected(this.state, r, "allowFormatColumns", "Spaltenbreite");
      for (let c = r.top.col; c <= r.bottom.col; c++)
        this.state.columnWidths.set(`${r.sheet.name}!${columnLetter(c)}`, points);
    });
  }
  private look(key: string, value: unknown) {
    this.command(`${key}=`, (r) => {
      refuseOnProtected(this.state, r, key === "rowHeight" ? "allowFormatRows" : "allowFormatCells", key);
      setLook(this.state, r, key, value);
    });
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
    const { unlocked } = this.state;
    const state = this.state;
    return heldToTypes(
      {
        set locked(value: boolean) {
          command("protection.locked=", (r) => {
            refuseOnProtected(state, r, "never", "Zellschutz");
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
