import type { CellValue } from "../../../shared/layout/layout-types";
import { toAddress } from "../../../shared/workbook/cell-address";
import type { MemoryWorkbook } from "../../../shared/workbook/memory-workbook";
import type { RunRecord } from "./fake-client-object";
import { FakeRange } from "./fake-range";
import { heldToTypes } from "./held-to-types";
import {
  FakeNamedItemCollection,
  FakeTableCollection,
  FakeWorksheetCollection,
  type FakeHost,
  type Handler,
} from "./fake-workbook";
import {
  FakeExcelError,
  newState,
  rangeAddress,
  recalculateIfDue,
  recalculate,
  sheetByName,
  typeIntoCell,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

export type { RunRecord } from "./fake-client-object";

/** The newest ExcelApi set a current Microsoft 365 has. */
export const LATEST_EXCEL_API = "1.17";

type Handlers = Record<"changed" | "calculated", Map<string, Handler[]>>;

/** Excel.RequestContext: the workbook's objects queue commands until `sync()` runs them in order. */
class FakeRequestContext {
  readonly workbook;
  readonly runtime;
  readonly application;
  private queue: (() => void)[] = [];
  private changes: RangeRef[] = [];

  constructor(
    readonly record: RunRecord,
    private readonly state: FakeWorkbookState,
    private readonly handlers: Handlers,
    private readonly fire: (changes: RangeRef[]) => void,
  ) {
    const host: FakeHost = {
      record,
      state,
      excelApi: state.excelApi,
      enqueue: (op) => this.queue.push(op),
      // Excel raises (or, with events off, drops) a change event as it makes the change.
      changed: (r) => {
        if (state.enableEvents) this.changes.push(r);
      },
      on: (kind, sheet, handler) => {
        const list = handlers[kind].get(sheet) ?? [];
        handlers[kind].set(sheet, [...list, handler]);
      },
    };
    const sheets = new FakeWorksheetCollection(host);
    const names = new FakeNamedItemCollection(host);
    const tables = new FakeTableCollection(host);
    const application = heldToTypes(
      {
        /**
         * ExcelApi 1.6: no recalculation until the batch's sync ends, so a load later in the same
         * batch sees the values from before the write ("it is the developer's responsibility to
         * re-calc"; Application.suspendApiCalculationUntilNextSync in @types/office-js).
         */
        suspendApiCalculationUntilNextSync: () => {
          record.commands.push("Application.suspendApiCalculationUntilNextSync()");
          host.enqueue(() => (state.calculationSuspended = true));
        },
      },
      "Application",
      host,
    );
    this.application = application;
    this.workbook = heldToTypes(
      {
        get application() {
          return application;
        },
        get worksheets() {
          return sheets;
        },
        get names() {
          return names;
        },
        get tables() {
          return tables;
        },
        getSelectedRange: () =>
          new FakeRange(
            host,
            () => {
              const sel = state.selection;
              if (!sel) return null;
              const sheet = sheetByName(state, sel.sheet);
              return { sheet, ...rangeOf(sel.address) };
            },
            state,
            host.changed,
          ),
      },
      "Workbook",
      host,
    );
    /**
     * Runtime.enableEvents (ExcelApi 1.8) switches this add-in's own event handlers off and on. It
     * takes effect in queue order at sync and stays as set after `Excel.run` returns, so an adapter
     * must switch it back on, also when a batch fails.
     */
    this.runtime = heldToTypes(
      {
        get enableEvents(): boolean {
          throw new FakeExcelError("PropertyNotLoaded", "Runtime.enableEvents wurde nicht geladen.");
        },
        set enableEvents(value: boolean) {
          record.commands.push("Runtime.enableEvents=");
          host.enqueue(() => (state.enableEvents = value));
        },
      },
      "Runtime",
      host,
    );
    // Read-only in Office.js, as the test against the types checks.
    for (const key of ["workbook", "runtime", "application"])
      Object.defineProperty(this, key, { writable: false });
    return heldToTypes(this, "RequestContext", host);
  }

  get pending() {
    return this.queue.length > 0;
  }

  /** Runs every queued command in order; the first failure rejects and drops the rest, like Excel. */
  async sync(): Promise<void> {
    this.record.syncs += 1;
    await Promise.resolve();
    try {
      while (this.queue.length) this.queue.shift()!();
    } finally {
      this.queue = [];
      const changes = this.changes;
      this.changes = [];
      this.state.calculationSuspended = false;
      recalculateIfDue(this.state);
      if (changes.length) this.fire(changes);
    }
  }
}

const rangeOf = (address: string) => {
  const [a, b] = address.split(":");
  const parse = (x: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  return { top: parse(a!), bottom: parse(b ?? a!) };
};

/**
 * An honest in-memory Excel for the adapter's tests and the task pane's end-to-end runs: the
 * objects the adapter uses, queued and run at `sync()` like Office.js, on the plain-object workbook
 * of shared/workbook. Every `Excel.run` is recorded (syncs, loads, commands) so tests can count.
 */
export interface FakeExcelOptions {
  /** Highest ExcelApi set this Excel has (default: a current Microsoft 365). */
  excelApi?: string;
  /** The Excel's language and region: "de-DE" reads "1,5" as a number and wants SUMME(…;…) locally. */
  culture?: "en-US" | "de-DE";
}

export const createFakeExcel = (
  workbook: MemoryWorkbook = { sheets: [], names: {}, tables: [] },
  { excelApi = LATEST_EXCEL_API, culture = "en-US" }: FakeExcelOptions = {},
) => {
  const state = newState(workbook, { excelApi, culture });
  const handlers: Handlers = { changed: new Map(), calculated: new Map() };
  const runs: RunRecord[] = [];

  const deliver = (kind: "changed" | "calculated", sheet: string, args: Record<string, unknown>) => {
    if (!state.enableEvents) return;
    for (const handler of handlers[kind].get(sheet) ?? [])
      setTimeout(() => void handler({ ...args, worksheetId: `{${sheet}}`, source: "Local" }), 0);
  };
  const fire = (changes: RangeRef[]) => {
    for (const r of changes)
      deliver("changed", r.sheet.name, {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        address: rangeAddress(r).split("!")[1],
      });
    for (const sheet of handlers.calculated.keys())
      deliver("calculated", sheet, { type: "WorksheetCalculated" });
  };

  const run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const record: RunRecord = { syncs: 0, loads: [], commands: [] };
    runs.push(record);
    const context = new FakeRequestContext(record, state, handlers, fire);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns: one more round trip.
    if (context.pending) await context.sync();
    return result;
  };

  return {
    /** The `Excel` global as far as the adapter uses it. */
    Excel: { run },
    state,
    workbook,
    runs,
    /** A user typing into a cell: content replaced, formulas recalculated, events fired. */
    type(sheet: string, address: string, value: CellValue) {
      typeIntoCell(state, sheet, address, value);
      const changed = sheetByName(state, sheet);
      fire([{ sheet: changed, ...rangeOf(address) }]);
    },
    /** A user lifting a sheet's protection (Überprüfen → Blattschutz aufheben; the template sets no password). */
    unprotect(sheet: string) {
      state.protectedSheets.delete(sheetByName(state, sheet).name);
    },
    /** A user clicking a cell: the sheet becomes active and the cell selected. */
    click(sheet: string, address: string) {
      state.activeSheet = sheetByName(state, sheet).name;
      state.selection = { sheet: state.activeSheet, address };
    },
    /** What a cell shows now (a formula's result). */
    value(sheet: string, address: string): CellValue {
      return sheetByName(state, sheet).cells[toAddress(rangeOf(address).top)]?.value ?? null;
    },
    recalculate: () => recalculate(state),
  };
};

export type FakeExcel = ReturnType<typeof createFakeExcel>;
