import type { CellValue } from "../../../shared/layout/layout-types";
import { toAddress } from "../../../shared/workbook/cell-address";
import type { MemoryWorkbook } from "../../../shared/workbook/memory-workbook";
import type { RunRecord } from "./fake-client-object";
import { FakeRange } from "./fake-range";
import {
  FakeNamedItemCollection,
  FakeTableCollection,
  FakeWorksheetCollection,
  type FakeHost,
  type Handler,
} from "./fake-workbook";
import {
  newState,
  rangeAddress,
  recalculate,
  sheetByName,
  typeIntoCell,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

export type { RunRecord } from "./fake-client-object";

type Handlers = Record<"changed" | "calculated", Map<string, Handler[]>>;

/** Excel.RequestContext: the workbook's objects queue commands until `sync()` runs them in order. */
class FakeRequestContext {
  readonly workbook;
  readonly runtime;
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
    this.workbook = {
      worksheets: sheets,
      names: new FakeNamedItemCollection(host),
      tables: new FakeTableCollection(host),
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
    };
    // ExcelApi 1.8: lets an add-in switch its own events off while it writes.
    this.runtime = {
      set enableEvents(value: boolean) {
        record.commands.push("Runtime.enableEvents=");
        host.enqueue(() => (state.enableEvents = value));
      },
    };
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
      recalculate(this.state);
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
export const createFakeExcel = (workbook: MemoryWorkbook = { sheets: [], names: {}, tables: [] }) => {
  const state = newState(workbook);
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
