import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MEMBERS_FILE, officeMembersJson } from "../../../scripts/generate-office-api-members";
import { apiMember, hasApiType } from "../../../addin/test-support/fake-excel/api-members";
import { createFakeExcel } from "../../../addin/test-support/fake-excel/fake-excel";
import { FAKE_INTERNALS, fakeTypeOf } from "../../../addin/test-support/fake-excel/held-to-types";

const workbook = () => ({
  sheets: [{ name: "Tabelle1", cells: { A1: { value: "Kopf" }, A2: { value: 1 } } }],
  names: { Betrag: "Tabelle1!$A$2" },
  tables: [{ name: "tblListe", sheet: "Tabelle1", ref: "A1:A2" }],
});

/** One object of every type the fake implements, reached as an adapter reaches it. */
const everyFakeObject = async () => {
  const excel = createFakeExcel(workbook());
  const objects: object[] = [];
  await excel.Excel.run(async (context) => {
    const { workbook: wb } = context;
    const ws = wb.worksheets.getItem("Tabelle1");
    const range = ws.getRange("A1:A2");
    const layout = ws.pageLayout;
    objects.push(context, context.runtime, wb, wb.application, wb.worksheets, wb.names, wb.tables);
    objects.push(ws, ws.protection, ws.freezePanes, ws.horizontalPageBreaks, layout);
    objects.push(layout.headersFooters, layout.headersFooters.defaultForAllPages);
    objects.push(range, range.format, range.format.fill, range.format.font, range.format.borders);
    objects.push(range.format.borders.getItem("EdgeTop"), range.format.protection, range.dataValidation);
    objects.push(wb.names.getItem("Betrag"), wb.tables.getItem("tblListe"));
    const chart = ws.charts.add("ColumnClustered", range, "Columns");
    objects.push(ws.charts, chart, chart.title, chart.legend, chart.series, chart.series.getItemAt(0));
    await Promise.resolve();
  });
  return objects;
};

/** The members an object offers beyond Object's own: name, kind, arity, whether it can be set. */
const membersOf = (object: object) => {
  const out = new Map<string, { kind: "property" | "method"; length: number; settable: boolean }>();
  const internals = new Set<string>();
  for (
    let o: object | null = object;
    o && o !== Object.prototype;
    o = Object.getPrototypeOf(o) as object | null
  )
    for (const name of Object.getOwnPropertyNames(o)) {
      if (FAKE_INTERNALS.has(name)) internals.add(name);
      if (out.has(name) || FAKE_INTERNALS.has(name)) continue;
      const d = Object.getOwnPropertyDescriptor(o, name)!;
      const fn = typeof d.value === "function" ? (d.value as (...a: unknown[]) => unknown) : undefined;
      out.set(name, {
        kind: fn ? "method" : "property",
        length: fn?.length ?? 0,
        settable: Boolean(d.set) || (d.writable === true && !fn),
      });
    }
  return { members: out, internals };
};

describe("the generated table of Office.js members", () => {
  it("is what @types/office-js says now (regenerate: npx tsx scripts/generate-office-api-members.ts)", async () => {
    expect(readFileSync(MEMBERS_FILE, "utf8")).toBe(await officeMembersJson());
  });
});

describe("the fake Excel, held to the types", () => {
  it("implements only members @types/office-js has, with the same kind and arity", async () => {
    const problems: string[] = [];
    const types = new Set<string>();
    for (const object of await everyFakeObject()) {
      const type = fakeTypeOf(object);
      if (!type || !hasApiType(type)) {
        problems.push(`${String(type)}: no Excel class of that name`);
        continue;
      }
      types.add(type);
      const { members, internals } = membersOf(object);
      for (const name of internals)
        if (name !== "constructor" && apiMember(type, name))
          problems.push(`${type}.${name}: an Office.js member used as the fake's plumbing`);
      for (const [name, fake] of members) {
        const real = apiMember(type, name);
        if (!real) problems.push(`${type}.${name}: not in Office.js`);
        else if (real.kind !== fake.kind) problems.push(`${type}.${name}: a ${real.kind} in Office.js`);
        else if (real.kind === "property" && real.readonly && fake.settable)
          problems.push(`${type}.${name}: read-only in Office.js`);
        else if (
          real.args &&
          (fake.length < real.args[0] || (real.args[1] !== null && fake.length > real.args[1]))
        )
          problems.push(`${type}.${name}: takes ${fake.length} arguments, Office.js ${real.args.join("–")}`);
      }
    }
    expect(problems).toEqual([]);
    expect(types.size).toBe(30);
  });

  it("refuses an ExcelApi 1.9 member when it is an Excel of 1.7, as Office.js does at sync", async () => {
    const excel = createFakeExcel(workbook(), { excelApi: "1.7" });
    const failure = excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tabelle1").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "ApiNotFound",
      message: expect.stringContaining("Worksheet.pageLayout gibt es erst ab ExcelApi 1.9"),
    });
    expect(excel.state.sheetSettings.get("Tabelle1")).toBeUndefined(); // the batch ran nothing
  });

  it("takes the same member from an Excel of 1.9, and judges reading and setting apart", async () => {
    const excel = createFakeExcel(workbook(), { excelApi: "1.9" });
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Tabelle1").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    expect(excel.state.sheetSettings.get("Tabelle1")).toEqual({ "pageLayout.orientation": "Landscape" });
    // Runtime exists since 1.5, its enableEvents only since 1.8.
    const old = createFakeExcel(workbook(), { excelApi: "1.7" });
    await old.Excel.run(async (context) => {
      expect(context.runtime).toBeDefined();
      await context.sync();
    });
    await expect(
      old.Excel.run(async (context) => {
        context.runtime.enableEvents = false;
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringContaining("Runtime.enableEvents"),
    });
    expect(old.state.enableEvents).toBe(true);
  });

  it("refuses loading a property its version lacks (numberFormatLocal came with 1.7)", async () => {
    const loadLocal = (excelApi: string) => {
      const excel = createFakeExcel(workbook(), { excelApi });
      return excel.Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem("Tabelle1")
          .getRange("A2")
          .load("numberFormatLocal");
        await context.sync();
        return range.numberFormatLocal;
      });
    };
    await expect(loadLocal("1.6")).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringContaining("Range.numberFormatLocal"),
    });
    expect(await loadLocal("1.7")).toEqual([["General"]]);
  });
});
