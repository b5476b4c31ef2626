import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import type { TableSpec } from "../layout/layout-types";
import { stackedSheets } from "./stacked-sheets";
import { layoutTable, tableCells, tableColumns } from "./table-columns";

const sheet = (name: string) => stackedSheets().find((s) => s.name === name)!;
/** The columns between Träger/Stadtteil and the trace columns (Vorgang, Gespeicherte Version). */
const own = (name: string) => sheet(name).columns.slice(2, -2);

describe("stacked sheets of a form's table", () => {
  it.each([
    ["Personal", "verwendungsnachweis", ["personal", "zeilen"]],
    ["Belegliste", "verwendungsnachweis", ["belegliste"]],
    ["Angebote", "jahresbericht", ["angebote"]],
  ] as const)("take the keys and headers of %s from the layout's table", (name, kind, path) => {
    const table = layoutTable(kind, path);
    expect(own(name).map((c) => [c.key, c.header])).toEqual(table.columns.map((c) => [c.key, c.header]));
  });

  it("numbers the budget lines as the form does and then takes the layout's columns", () => {
    const table = layoutTable("verwendungsnachweis", ["budget", "zeilen"]);
    expect(own("Budget").map((c) => c.header)).toEqual(["Nr.", ...table.columns.map((c) => c.header)]);
  });

  it("writes the Wirkungen's texts under the layout's headers and the step's label under the choice's", () => {
    const table = layoutTable("jahresbericht", ["wirkungen"]);
    const headers = own("Wirkungen").map((c) => c.header);
    for (const c of table.columns) expect(headers).toContain(c.header);
  });

  it("writes one row per table row: texts as typed, cents as euros, percent as a fraction", () => {
    const vn = sampleVerwendungsnachweis();
    const table = layoutTable("verwendungsnachweis", ["personal", "zeilen"]);
    const cells = tableCells(table, tableColumns(table, [1, 1, 1, 1, 1, 1]), vn.data);
    const first = vn.data.personal.zeilen[0]!;
    expect(cells).toHaveLength(vn.data.personal.zeilen.length);
    expect(cells[0]).toEqual([
      first.name,
      first.vorname,
      first.qualifikation,
      first.verguetungsgruppe,
      first.stellenanteil,
      first.personalkosten! / 100,
    ]);
  });

  it("cleans characters XML cannot carry out of typed texts", () => {
    const jb = sampleJahresbericht();
    jb.data.angebote[0]!.bezeichnung = "Sprach\u0007café";
    const table = layoutTable("jahresbericht", ["angebote"]);
    const [row] = tableCells(table, tableColumns(table, [1, 1, 1, 1, 1]), jb.data);
    expect(row![0]).toBe("Sprachcafé");
  });

  it("refuses widths that do not match the table's columns, and a table the layout does not have", () => {
    const table: TableSpec = layoutTable("jahresbericht", ["angebote"]);
    expect(() => tableColumns(table, [10])).toThrow(/5 Spalten, aber 1 Breiten/);
    expect(() => layoutTable("jahresbericht", ["gibtEsNicht"])).toThrow(/gibt es im Layout nicht/);
  });

  it("stacks every Beleg with Träger and Stadtteil, its date as a date and its Kostenart by its label", () => {
    const filing = sampleVerwendungsnachweis();
    const rows = sheet("Belegliste").rows({ filingId: "vn", version: 1, filing, findings: [], comments: [] });
    expect(rows).toHaveLength(filing.data.belegliste.length);
    // B-01: 23.08.2025 (Excel day 45892), 2.500,00 €, the budget in Lüneburg's word, line 1.
    expect(rows[4]!.slice(0, 9)).toEqual([
      "AWO Kreisverband Lüneburg e. V.",
      "Kaltenmoor",
      "B-01",
      45_892,
      "Veranstaltungstechnik Meyer",
      "Stadtteilfest: Bühne und Technik",
      2_500,
      "Stadtteilmanagementbudget",
      1,
    ]);
    expect(rows[2]![7]).toBe("Arbeitsplatzbezogene Sachkosten");
    expect(sheet("Belegliste").columns.find((c) => c.key === "datum")?.type).toBe("date");
  });
});
