import { describe, expect, it } from "vitest";
import type { Pruefung } from "../filing/pruefung";
import { sampleVerwendungsnachweis } from "../samples/sample-filings";
import { VERWENDUNGSNACHWEIS_LAYOUT, VN_SCHLUSS_SHEET } from "../layout/verwendungsnachweis-layout";
import { RESULT_FILL } from "../workbook/plan/styles";
import { readWorkbook } from "./read-workbook";
import { openWorkbook, saveWorkbook } from "./test-support/user-edits";
import { writeWorkbook } from "./write-workbook";

const PRUEFUNG: Pruefung = {
  geprueft: {
    name: "K. Schmidt",
    datum: "2026-04-02",
    umfang: "rechnerisch geprüft; Belegprüfung vollständig",
    ergebnis: "ohne Beanstandung",
  },
  kenntnis: { name: "Dr. A. Weber", datum: "2026-04-09" },
  weitergeleitet: { datum: "2026-04-10" },
};

const PRUEFUNG_FIELDS = VERWENDUNGSNACHWEIS_LAYOUT.fields.filter((f) => f.pruefung);

/** The cell of each Prüfung name in a written workbook, by defined name. */
const pruefungCells = async (buffer: Uint8Array) => {
  const workbook = await openWorkbook(buffer);
  const sheet = workbook.getWorksheet(VN_SCHLUSS_SHEET)!;
  const cells = PRUEFUNG_FIELDS.map((f) => {
    const ref = workbook.definedNames.model.find((n) => n.name === f.name)?.ranges[0];
    expect(ref?.replace(/['$]/g, ""), f.name).toBe(`${VN_SCHLUSS_SHEET}!${f.address}`);
    return [f.name, sheet.getCell(f.address)] as const;
  });
  return { workbook, sheet, cells };
};

describe("6./7. Prüfung (nur Hansestadt) on the Schlussrechnung sheet of the Verwendungsnachweis workbook", () => {
  it("names seven cells after the signature: geprüft von/am with Prüfumfang and Ergebnis, zur Kenntnis von/am, an 51.12 am", () => {
    const signature = VERWENDUNGSNACHWEIS_LAYOUT.fields.find((f) => f.name === "VN_unterschrift_datum")!;
    const row = (address: string) => Number(address.replace(/^[A-Z]+/, ""));

    expect(PRUEFUNG_FIELDS.map((f) => f.name)).toEqual([
      "VN_pruefung_geprueft_name",
      "VN_pruefung_geprueft_datum",
      "VN_pruefung_geprueft_umfang",
      "VN_pruefung_geprueft_ergebnis",
      "VN_pruefung_kenntnis_name",
      "VN_pruefung_kenntnis_datum",
      "VN_pruefung_weitergeleitet_datum",
    ]);
    for (const f of PRUEFUNG_FIELDS) {
      expect(f.path).toBeNull();
      expect(row(f.address)).toBeGreaterThan(row(signature.address));
    }
  });

  it("writes the Prüfung into locked grey cells without validation when the workflow gives it", async () => {
    const { sheet, cells } = await pruefungCells(
      await writeWorkbook({ ...sampleVerwendungsnachweis(), pruefung: PRUEFUNG }),
    );

    expect(Object.fromEntries(cells.map(([name, cell]) => [name, cell.value]))).toEqual({
      VN_pruefung_geprueft_name: "K. Schmidt",
      VN_pruefung_geprueft_datum: new Date(Date.UTC(2026, 3, 2)),
      VN_pruefung_geprueft_umfang: "rechnerisch geprüft; Belegprüfung vollständig",
      VN_pruefung_geprueft_ergebnis: "ohne Beanstandung",
      VN_pruefung_kenntnis_name: "Dr. A. Weber",
      VN_pruefung_kenntnis_datum: new Date(Date.UTC(2026, 3, 9)),
      VN_pruefung_weitergeleitet_datum: new Date(Date.UTC(2026, 3, 10)),
    });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    for (const [name, cell] of cells) {
      expect(cell.protection?.locked, name).not.toBe(false);
      expect(cell.fill, name).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: RESULT_FILL } });
      expect(validations[cell.address], name).toBeUndefined();
    }
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it("leaves the cells blank without a Prüfung, and for steps not done yet", async () => {
    const blank = await pruefungCells(await writeWorkbook(sampleVerwendungsnachweis()));
    const partly = await pruefungCells(
      await writeWorkbook({
        ...sampleVerwendungsnachweis(),
        pruefung: { ...PRUEFUNG, kenntnis: null, weitergeleitet: null },
      }),
    );

    expect(blank.cells.map(([, cell]) => cell.value)).toEqual([null, null, null, null, null, null, null]);
    expect(partly.cells.map(([, cell]) => cell.value)).toEqual([
      "K. Schmidt",
      new Date(Date.UTC(2026, 3, 2)),
      "rechnerisch geprüft; Belegprüfung vollständig",
      "ohne Beanstandung",
      null,
      null,
      null,
    ]);
  });

  it("never reads what a user types into them once the sheet protection is removed", async () => {
    const filing = sampleVerwendungsnachweis();
    const untouched = await readWorkbook(await writeWorkbook(filing));
    const { workbook, sheet, cells } = await pruefungCells(await writeWorkbook(filing));
    sheet.unprotect();
    for (const [name, cell] of cells) cell.value = name.endsWith("datum") ? "gestern" : 4711;

    const read = await readWorkbook(await saveWorkbook(workbook));

    expect(read.findings).toEqual([]);
    expect(read.filing).toEqual(untouched.filing);
  });

  it("does not miss them in workbooks written before the Prüfung existed", async () => {
    const { workbook } = await pruefungCells(await writeWorkbook(sampleVerwendungsnachweis()));
    const names = new Set(PRUEFUNG_FIELDS.map((f) => f.name));
    workbook.definedNames.model = workbook.definedNames.model.filter((n) => !names.has(n.name));

    const read = await readWorkbook(await saveWorkbook(workbook));

    expect(read.findings).toEqual([]);
  });
});
