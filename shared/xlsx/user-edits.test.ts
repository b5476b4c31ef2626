import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { defaultProgramParams } from "../programme/params-for-year";
import { withDerivedFields } from "../layout/derived-fields";
import { readWorkbook } from "./read-workbook";
import { insertTableRows, openWorkbook, renameSheet, saveWorkbook } from "./test-support/user-edits";
import { writeWorkbook } from "./write-workbook";

const nameCell = (workbook: Awaited<ReturnType<typeof openWorkbook>>, name: string) => {
  const ref = workbook.definedNames.model.find((n) => n.name === name)!.ranges[0]!;
  const [sheet, address] = ref.replace(/\$/g, "").split("!") as [string, string];
  return workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address);
};

describe("reading a workbook after users worked in it", () => {
  it("reads the same filing after inserted rows, renamed and reordered sheets, German text and float noise", async () => {
    const filing = sampleVerwendungsnachweis();
    const workbook = await openWorkbook(await writeWorkbook(filing));
    const personal = workbook.getWorksheet("Personal")!;
    insertTableRows(personal, "tblPersonal", 1, [
      ["Neu", "Anna", "Erzieherin", "TVöD SuE S 8a", 0.25, 1000],
      ["Neu", "Ben", null, null, 0.5, 2000.5],
      ["Neu", "Cem", null, null, 1, 3000],
    ]);
    nameCell(workbook, "VN_sachkosten").value = "1.234,56 €";
    nameCell(workbook, "VN_verwaltung").value = 1234.5600000000002;
    nameCell(workbook, "VN_kopf_datum").numFmt = "General";
    nameCell(workbook, "VN_kopf_ort").font = { bold: true, size: 16 };
    personal.getColumn(1).width = 60;
    personal.getCell("E5").numFmt = "0.00";
    const own = workbook.addWorksheet("Meine Notizen");
    own.getCell("A1").value = "Belege liegen im Ordner 2025";
    own.getCell("B2").value = 42;
    workbook.worksheets.forEach((sheet, i) => renameSheet(workbook, sheet, `Blatt ${i + 1} (umbenannt)`));
    const count = workbook.worksheets.length;
    // exceljs writes sheets in `orderNo` order (missing from its typings).
    workbook.worksheets.forEach(
      (sheet, i) => ((sheet as unknown as { orderNo: number }).orderNo = count - i),
    );

    const saved = await saveWorkbook(workbook);
    const read = await readWorkbook(saved);

    expect((await openWorkbook(saved)).worksheets.map((s) => s.name)[0]).toBe(`Blatt ${count} (umbenannt)`);
    const expected = structuredClone(filing);
    expected.data.personal.zeilen.splice(
      1,
      0,
      {
        name: "Neu",
        vorname: "Anna",
        qualifikation: "Erzieherin",
        verguetungsgruppe: "TVöD SuE S 8a",
        stellenanteil: 0.25,
        personalkosten: 100_000,
      },
      {
        name: "Neu",
        vorname: "Ben",
        qualifikation: "",
        verguetungsgruppe: "",
        stellenanteil: 0.5,
        personalkosten: 200_050,
      },
      {
        name: "Neu",
        vorname: "Cem",
        qualifikation: "",
        verguetungsgruppe: "",
        stellenanteil: 1,
        personalkosten: 300_000,
      },
    );
    expected.data.sachkosten = 123_456;
    expected.data.verwaltung = 123_456;
    // The workbook's sums follow the inserted rows and the new amounts: results come from the inputs.
    const derived = withDerivedFields(expected, defaultProgramParams(expected.meta));
    // Text is read as the amount it says, but Excel's sums skip it: one finding, at that cell.
    expect(read.findings.map((f) => [f.ruleId, f.location.cell])).toEqual([
      ["EINGABE-TEXTBETRAG", read.cellOf(["sachkosten"])],
    ]);
    expect(read.filing).toEqual(derived);
    expect(read.cellOf(["personal", "zeilen", 4, "personalkosten"])).toBe("'Blatt 2 (umbenannt)'!F9");
    expect(read.cellOf(["sachkosten"])).toMatch(/^'Blatt 3 \(umbenannt\)'!B\d+$/);
  });

  it("drops fully empty rows and still points at the right row", async () => {
    const filing = sampleJahresbericht();
    const workbook = await openWorkbook(await writeWorkbook(filing));
    const sheet = workbook.getWorksheet("3.5 Angebote")!;
    insertTableRows(sheet, "tblAngebote", 0, [[null, null, null, null, null]]);
    sheet.getCell("D7").value = "viele";

    const read = await readWorkbook(await saveWorkbook(workbook));

    expect(read.filing?.kind === "jahresbericht" && read.filing.data.angebote.length).toBe(
      filing.data.angebote.length,
    );
    expect(read.findings).toMatchObject([
      {
        ruleId: "EINGABE-ZAHL",
        location: { path: ["angebote", 1, "teilnehmerzahl"], cell: "'3.5 Angebote'!D7" },
      },
    ]);
    expect(read.cellOf(["angebote", 0, "bezeichnung"])).toBe("'3.5 Angebote'!A6");
  });
});
