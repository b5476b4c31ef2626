import { parseRange, toAddress } from "../../../shared/workbook/cell-address";
import type { MemorySheet, MemoryTable } from "../../../shared/workbook/memory-workbook";
import { FakeClientObject, type FakeContextCore } from "./fake-client-object";
import { FakeRange } from "./fake-range";
import { FakeChartCollection } from "./fake-charts";
export { FakeNamedItemCollection } from "./fake-names";
import { heldToTypes } from "./held-to-types";
import { refuseOnProtected } from "./fake-protection";
import {
  FakeExcelError,
  rangeRef,
  setSheetSetting,
  sheetByName,
  tableByName,
  valueAt,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

export type Handler = (args: Record<string, unknown>) => Promise<unknown> | unknown;

/** The context's view of the workbook objects: the state, change reports and event registrations. */
export interface FakeHost extends FakeContextCore {
  state: FakeWorkbookState;
  changed(r: RangeRef): void;
  on(event: "changed" | "calculated", sheet: string, handler: Handler): void;
}

const sheetOf = (host: FakeHost, name: string) => () => sheetByName(host.state, name);

export class FakeWorksheet extends FakeClientObject<MemorySheet> {
  constructor(
    private readonly host: FakeHost,
    resolve: () => MemorySheet | null,
  ) {
    super(host, resolve, "Worksheet");
  }
  protected readProperty(sheet: MemorySheet, p: string): unknown {
    if (p === "name") return sheet.name;
    if (p === "id") return `{${sheet.name}}`;
    if (p === "visibility") return this.host.state.hidden.has(sheet.name) ? "Hidden" : "Visible";
    throw new FakeExcelError("InvalidArgument", `Worksheet.${p} kann die Attrappe nicht laden.`);
  }
  get name(): string {
    return this.property("name");
  }
  get id(): string {
    return this.property("id");
  }
  set visibility(value: "Visible" | "Hidden") {
    this.command("visibility=", (sheet) => {
      if (value === "Hidden") this.host.state.hidden.add(sheet.name);
      else this.host.state.hidden.delete(sheet.name);
    });
  }
  getRange(address: string): FakeRange {
    return new FakeRange(
      this.host,
      () => rangeRef(this.host.state, this.must().name, address),
      this.host.state,
      (r) => this.host.changed(r),
    );
  }
  activate() {
    this.command("activate()", (sheet) => {
      if (this.host.state.hidden.has(sheet.name))
        throw new FakeExcelError("InvalidOperation", `Das Blatt „${sheet.name}“ ist ausgeblendet.`);
      this.host.state.activeSheet = sheet.name;
    });
  }
  /** ExcelApi 1.1; the sheet is found at sync, like every other command's target. */
  get charts() {
    const name = () => this.must().name;
    return new FakeChartCollection(this.host, {
      get sheet() {
        return name();
      },
    });
  }
  get protection() {
    const command = (label: string, op: (s: MemorySheet) => void) => this.command(label, op);
    const state = this.host.state;
    return heldToTypes(
      {
        protect: (options?: unknown) =>
          command("protection.protect()", (sheet) => state.protectedSheets.set(sheet.name, options ?? {})),
      },
      "WorksheetProtection",
      this.ctx,
    );
  }
  private setting(key: string, value: unknown) {
    this.command(`${key}=`, (sheet) => setSheetSetting(this.host.state, sheet.name, key, value));
  }
  get freezePanes() {
    return heldToTypes(
      { freezeRows: (n?: number) => this.setting("freezeRows", n) },
      "WorksheetFreezePanes",
      this.ctx,
    );
  }
  get horizontalPageBreaks() {
    const state = this.host.state;
    return heldToTypes(
      {
        add: (address: string) =>
          this.command("horizontalPageBreaks.add()", (sheet) => {
            const before = (state.sheetSettings.get(sheet.name)?.pageBreaks as string[] | undefined) ?? [];
            setSheetSetting(state, sheet.name, "pageBreaks", [...before, address]);
          }),
      },
      "PageBreakCollection",
      this.ctx,
    );
  }
  /** PageLayout (ExcelApi 1.9): each property recorded as "pageLayout.<name>". */
  get pageLayout() {
    const set = (key: string, value: unknown) => this.setting(`pageLayout.${key}`, value);
    const ctx = this.ctx;
    const texts = (prefix: string) => {
      const text = (key: string) => ({ set: (v: string) => set(`${prefix}${key}`, v) });
      const parts = [
        "leftHeader",
        "centerHeader",
        "rightHeader",
        "leftFooter",
        "centerFooter",
        "rightFooter",
      ];
      return heldToTypes(
        Object.defineProperties({}, Object.fromEntries(parts.map((p) => [p, text(p)]))),
        "HeaderFooter",
        ctx,
      );
    };
    return heldToTypes(
      {
        set orientation(v: string) {
          set("orientation", v);
        },
        set paperSize(v: string) {
          set("paperSize", v);
        },
        set zoom(v: unknown) {
          set("zoom", v);
        },
        setPrintTitleRows: (rows: string | FakeRange) => set("printTitleRows", rows),
        get headersFooters() {
          const all = texts("headersFooters.");
          return heldToTypes(
            {
              get defaultForAllPages() {
                return all;
              },
            },
            "HeaderFooterGroup",
            ctx,
          );
        },
      },
      "PageLayout",
      ctx,
    );
  }
  get onChanged() {
    return this.event("changed");
  }
  get onCalculated() {
    return this.event("calculated");
  }
  private event(kind: "changed" | "calculated") {
    return {
      add: (handler: Handler) => {
        this.command(`on${kind}.add()`, (sheet) => this.host.on(kind, sheet.name, handler));
        return { remove: () => undefined };
      },
    };
  }
}

export class FakeWorksheetCollection extends FakeClientObject<MemorySheet[]> {
  constructor(private readonly host: FakeHost) {
    super(host, () => host.state.workbook.sheets, "WorksheetCollection");
  }
  protected readProperty(sheets: MemorySheet[], p: string): unknown {
    if (!p.startsWith("items")) throw new FakeExcelError("InvalidArgument", `WorksheetCollection.${p}`);
    return sheets.map((s) => new FakeWorksheet(this.host, () => s).load(p.slice("items/".length) || "name"));
  }
  get items(): FakeWorksheet[] {
    return this.loadedItems();
  }
  getItem(name: string) {
    return new FakeWorksheet(this.host, sheetOf(this.host, name));
  }
  getItemOrNullObject(name: string) {
    return new FakeWorksheet(
      this.host,
      () => this.host.state.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  getActiveWorksheet() {
    return new FakeWorksheet(this.host, () =>
      sheetByName(this.host.state, this.host.state.activeSheet ?? ""),
    );
  }
  add(name: string) {
    this.command(`add(${name})`, (sheets) => {
      if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeExcelError("ItemAlreadyExists", `Ein Blatt „${name}“ gibt es schon.`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new FakeExcelError("InvalidArgument", `„${name}“ ist kein gültiger Blattname.`);
      sheets.push({ name, cells: {} });
    });
    return new FakeWorksheet(this.host, sheetOf(this.host, name));
  }
}

interface TableModel {
  table: MemoryTable;
  sheet: MemorySheet;
}

export class FakeTable extends FakeClientObject<TableModel> {
  constructor(
    private readonly host: FakeHost,
    resolve: () => TableModel | null,
  ) {
    super(host, resolve, "Table");
  }
  protected readProperty(t: TableModel, p: string): unknown {
    if (p === "name") return t.table.name;
    throw new FakeExcelError("InvalidArgument", `Table.${p} kann die Attrappe nicht laden.`);
  }
  set style(value: string) {
    this.command("style=", (t) =>
      setSheetSetting(this.host.state, t.sheet.name, `table.${t.table.name}.style`, value),
    );
  }
  get name(): string {
    return this.property("name");
  }
  set name(value: string) {
    this.command("name=", (t) => {
      if (tableByName(this.host.state, value) && t.table.name.toLowerCase() !== value.toLowerCase())
        throw new FakeExcelError("ItemAlreadyExists", `Eine Tabelle „${value}“ gibt es schon.`);
      t.table.name = value;
    });
  }
  private part(label: string, rows: (top: number, bottom: number) => [number, number]) {
    this.ctx.record.commands.push(`Table.${label}`);
    return new FakeRange(
      this.host,
      () => {
        const { table, sheet } = this.must();
        const { top, bottom } = parseRange(table.ref);
        const [first, last] = rows(top.row, bottom.row);
        return { sheet, top: { row: first, col: top.col }, bottom: { row: last, col: bottom.col } };
      },
      this.host.state,
      (r) => this.host.changed(r),
    );
  }
  getRange() {
    return this.part("getRange()", (top, bottom) => [top, bottom]);
  }
  getHeaderRowRange() {
    return this.part("getHeaderRowRange()", (top) => [top, top]);
  }
  getDataBodyRange() {
    return this.part("getDataBodyRange()", (top, bottom) => [top + 1, bottom]);
  }
}

export class FakeTableCollection extends FakeClientObject<MemoryTable[]> {
  constructor(private readonly host: FakeHost) {
    super(host, () => host.state.workbook.tables, "TableCollection");
  }
  private model = (table: MemoryTable | undefined): TableModel | null => {
    const sheet = table && this.host.state.workbook.sheets.find((s) => s.name === table.sheet);
    return table && sheet ? { table, sheet } : null;
  };
  protected readProperty(tables: MemoryTable[], p: string): unknown {
    if (!p.startsWith("items")) throw new FakeExcelError("InvalidArgument", `TableCollection.${p}`);
    return tables.map((t) =>
      new FakeTable(this.host, () => this.model(t)).load(p.slice("items/".length) || "name"),
    );
  }
  get items(): FakeTable[] {
    return this.loadedItems();
  }
  getItemOrNullObject(name: string) {
    return new FakeTable(this.host, () => this.model(tableByName(this.host.state, name)));
  }
  getItem(name: string) {
    return new FakeTable(this.host, () => {
      const found = this.model(tableByName(this.host.state, name));
      if (!found) throw new FakeExcelError("ItemNotFound", `Die Tabelle „${name}“ gibt es nicht.`);
      return found;
    });
  }
  /** Like Excel: the header row's texts name the columns; empty headers become Spalte1, Spalte2 … */
  add(address: string, hasHeaders: boolean) {
    const created: { table?: MemoryTable } = {};
    this.command(`add(${address})`, (tables) => {
      if (!hasHeaders)
        throw new FakeExcelError("InvalidArgument", "Die Attrappe kennt nur Tabellen mit Kopfzeile.");
      const r = rangeRef(this.host.state, "", address);
      refuseOnProtected(this.host.state, r, "never", "Tabelle einfügen");
      for (let c = r.top.col; c <= r.bottom.col; c++)
        if (valueAt(r.sheet, { row: r.top.row, col: c }) === null)
          r.sheet.cells[toAddress({ row: r.top.row, col: c })] = { value: `Spalte${c - r.top.col + 1}` };
      const table = {
        name: `Tabelle${tables.length + 1}`,
        sheet: r.sheet.name,
        ref: `${toAddress(r.top)}:${toAddress(r.bottom)}`,
      };
      tables.push(table);
      created.table = table;
    });
    return new FakeTable(this.host, () => this.model(created.table));
  }
}
