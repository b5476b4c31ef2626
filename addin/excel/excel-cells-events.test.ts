import { beforeEach, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { INPUT_FILL } from "../../shared/workbook/plan/styles";
import { excelApiNotes } from "./excel-api";
import { highlightCells, restoreFills } from "./highlight-cells";
import { readSelection } from "./read-selection";
import { selectCell } from "./select-cell";
import { workbookWatcher } from "./watch-workbook";
import {
  META,
  fill,
  insert,
  freshExcelEachTest,
  personal,
  zuschuss,
} from "../test-support/excel-adapter-harness";

const { excel, lastRun } = freshExcelEachTest();

describe("cells, highlights and events", () => {
  beforeEach(() => insert(sampleVerwendungsnachweis(META)));

  it("selects a cell on another sheet by activating that sheet first, in one round trip", async () => {
    const target = personal(1, "stellenanteil");
    await selectCell(target.ref);
    expect(lastRun().syncs).toBe(1);
    expect(excel().state.activeSheet).toBe(target.sheet);
    expect(excel().state.selection).toEqual({ sheet: target.sheet, address: target.address });
    expect(lastRun().commands.indexOf("Worksheet.activate()")).toBeLessThan(
      lastRun().commands.indexOf("Range.select()"),
    );
  });

  it("reads the selected cell's address", async () => {
    excel().click(zuschuss.sheet, zuschuss.address);
    expect(await readSelection()).toBe(zuschuss.key);
    expect(lastRun().syncs).toBe(1);
  });

  it("highlights cells in two round trips and puts the old fills back in one", async () => {
    const name = personal(0, "name");
    excel().state.fills.set(name.key, "#00FF00");
    const previous = await highlightCells([name.ref, zuschuss.ref], "#FFD8A8");
    expect(lastRun().syncs).toBe(2);
    expect(excel().state.fills.get(zuschuss.key)).toBe("#FFD8A8");
    await restoreFills(previous);
    expect(lastRun().syncs).toBe(1);
    expect(excel().state.fills.get(name.key)).toBe("#00FF00");
    expect(excel().state.fills.get(zuschuss.key)).toBe(fill(INPUT_FILL)); // the input's own yellow
  });

  it("reports typing and recalculation to the live check", async () => {
    const seen: number[] = [];
    const watcher = workbookWatcher(() => seen.push(Date.now()));
    await watcher.watch();
    expect(lastRun().syncs).toBe(2);
    await watcher.watch(); // nothing new to register
    excel().type(zuschuss.sheet, zuschuss.address, 500);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });
});

describe("requirement sets", () => {
  it("explains in German when Excel is too old, and what degrades below ExcelApi 1.8", () => {
    expect(excelApiNotes((v) => v <= "1.6")).toEqual({
      usable: false,
      notes: [expect.stringContaining("ExcelApi 1.7")],
    });
    expect(excelApiNotes((v) => v <= "1.7")).toEqual({
      usable: true,
      notes: [expect.stringContaining("Neuberechnungen")],
    });
    expect(excelApiNotes(() => true)).toEqual({ usable: true, notes: [] });
  });
});
