import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type VerwendungsnachweisFiling } from "../../shared/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { LAYOUTS } from "../../shared/layout/layouts";
import { computeVerwendungsnachweis, type Finding } from "../../shared/rules";
import { defaultProgramParams } from "../../shared/programme";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { tableCell } from "../support/layout-cells";
import { convertWithLibreOffice } from "../support/libreoffice";

// What an accountant does in LibreOffice, replayed on our workbook and then saved BY LibreOffice
// (which recalculates every formula on load and writes its own xlsx): rows typed under a table that
// LibreOffice does not grow, and an amount typed as German text that SUM skips. The reader must never
// answer "0 Fehler" with a wrong total, and must name the cell the user can change.

const V = "verwendungsnachweis" as const;
const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });

const tableStart = (name: string) => {
  const spec = LAYOUTS[V].tables.find((t) => t.name === name)!;
  const column = /^[A-Z]+/.exec(spec.start)![0];
  return { spec, headerRow: Number(/\d+/.exec(spec.start)![0]), firstColumn: column.charCodeAt(0) - 64 };
};

/** Types rows into a sheet from `firstRow` on, as a user would (plain values, no table growth). */
const typeRows = (sheet: ExcelJS.Worksheet, firstRow: number, rows: ExcelJS.CellValue[][], firstColumn = 1) =>
  rows.forEach((values, i) =>
    values.forEach((v, c) => (sheet.getRow(firstRow + i).getCell(firstColumn + c).value = v)),
  );

const edit = async (bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  change(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const persons = Array.from({ length: 7 }, (_, i) => [
  `Person${i + 3}`,
  "Alex",
  "Erzieherin",
  "TVöD SuE S 8a",
  0.25,
  5000 + i,
]);
const lines = Array.from({ length: 10 }, (_, i) => [`Angebot ${i + 4}`, 100 + i]);

const at = (findings: readonly Finding[], cell: string) => findings.filter((f) => f.location.cell === cell);
const lockedResultCells = () =>
  new Set(
    LAYOUTS[V].fields
      .filter((f) => f.formula !== undefined || f.cached !== undefined)
      .map((f) => `'${f.sheet}'!${f.address}`),
  );

let underTables: Awaited<ReturnType<typeof validateWorkbook>>;
let textAmount: Awaited<ReturnType<typeof validateWorkbook>>;
let setupError: unknown;

beforeAll(async () => {
  try {
    const sample = await writeWorkbook(sampleVerwendungsnachweis());
    const personal = tableStart("tblPersonal");
    const budget = tableStart("tblBudget");
    // The sample has 2 persons in an 8-row table and 3 lines in a 12-row one: persons 3–8 and
    // lines 4–12 fill the tables, person 9 and line 13 land right under them.
    const typed = await edit(sample, (wb) => {
      typeRows(wb.getWorksheet(personal.spec.sheet)!, personal.headerRow + 3, persons, personal.firstColumn);
      typeRows(wb.getWorksheet(budget.spec.sheet)!, budget.headerRow + 4, lines, budget.firstColumn);
    });
    const text = await edit(sample, (wb) => {
      const cell = tableCell(V, "tblPersonal", 0, "personalkosten").split("!")[1]!;
      wb.getWorksheet(personal.spec.sheet)!.getCell(cell).value = "51.234,56 €";
    });
    const saved = await convertWithLibreOffice(
      [
        { name: "unter-tabellen.xlsx", content: typed },
        { name: "textbetrag.xlsx", content: text },
      ],
      { format: "xlsx" },
    );
    underTables = await validateWorkbook(saved.get("unter-tabellen.xlsx")!, { params });
    textAmount = await validateWorkbook(saved.get("textbetrag.xlsx")!, { params });
  } catch (err) {
    setupError = err;
  }
}, 120_000);

const ready = () => {
  if (setupError) throw setupError;
};

describe("rows typed under a table in LibreOffice", () => {
  it("reads the 9th person and the 13th budget line with their amounts", () => {
    ready();
    const filing = underTables.filing as VerwendungsnachweisFiling;
    expect(filing.data.personal.zeilen).toHaveLength(9);
    expect(filing.data.personal.zeilen[8]).toMatchObject({ name: "Person9", personalkosten: 500_600 });
    expect(filing.data.budget.zeilen).toHaveLength(13);
    expect(filing.data.budget.zeilen[12]).toMatchObject({ beschreibung: "Angebot 13", betrag: 10_900 });
    // The total counts every row, the one under the table too.
    const totals = computeVerwendungsnachweis(filing.data, { verwaltungCapBasisPoints: 1300 });
    const expected = 5_123_456 + 3_210_000 + persons.reduce((s, p) => s + (p[5] as number) * 100, 0);
    expect(totals.personalkosten).toBe(expected);
  });

  it("reports each row under a table as a Fehler at its own cell, so it cannot go in unnoticed", () => {
    ready();
    const person9 = tableCell(V, "tblPersonal", 8, "name");
    const line13 = tableCell(V, "tblBudget", 12, "beschreibung");
    const rowFindings = underTables.findings.filter((f) => f.ruleId === "EINGABE-ZEILE");
    expect(rowFindings.map((f) => f.location.cell).sort()).toEqual([person9, line13].sort());
    expect(rowFindings.every((f) => f.severity === "fehler")).toBe(true);
    expect(rowFindings[0]!.message).toMatch(/unter der Tabelle/);
    // Rows inside the tables are not reported.
    expect(at(underTables.findings, tableCell(V, "tblPersonal", 7, "name"))).toEqual([]);
  });
});

describe("an amount typed as German text in a Personal row, saved by LibreOffice", () => {
  it("is read as the amount it says", () => {
    ready();
    const filing = textAmount.filing as VerwendungsnachweisFiling;
    expect(filing.data.personal.zeilen[0]!.personalkosten).toBe(5_123_456);
  });

  it("gives exactly one finding, at that cell, saying to type a number", () => {
    ready();
    const cell = tableCell(V, "tblPersonal", 0, "personalkosten");
    const there = at(textAmount.findings, cell);
    expect(there).toHaveLength(1);
    expect(there[0]).toMatchObject({ ruleId: "EINGABE-TEXTBETRAG", severity: "fehler" });
    expect(there[0]!.message).toMatch(/Zahl/);
    expect(textAmount.findings).toHaveLength(1);
  });

  it("reports nothing at the locked result cells that SUM left wrong", () => {
    ready();
    const locked = lockedResultCells();
    expect(textAmount.findings.filter((f) => locked.has(f.location.cell ?? ""))).toEqual([]);
  });
});
