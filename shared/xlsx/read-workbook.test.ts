import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { VERWENDUNGSNACHWEIS_LAYOUT } from "../layout/verwendungsnachweis-layout";
import { READ_METER } from "./read-meter";
import { readWorkbook, validateWorkbook } from "./read-workbook";
import { openWorkbook, saveWorkbook } from "./test-support/user-edits";
import { writeWorkbook } from "./write-workbook";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

/** A VN field's address in the template, from the layout, so moving a line keeps the tests valid. */
const at = (name: string) => VERWENDUNGSNACHWEIS_LAYOUT.fields.find((f) => f.name === name)!.address;
const DATUM = at("VN_kopf_datum");
const ZUSCHUSS = at("VN_kopf_zuschuss");
const VERWENDET = at("VN_kopf_zuwendungsgemaessVerwendet");

describe("readWorkbook", () => {
  it("names every unreadable cell with an EINGABE finding and still returns the filing", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    const form = workbook.getWorksheet("Verwendungsnachweis")!;
    form.getCell(ZUSCHUSS).value = "viel Geld";
    form.getCell(DATUM).value = "32.13.2025";
    form.getCell(VERWENDET).value = "vielleicht";
    workbook.getWorksheet("Personal")!.getCell("E6").value = "halb";

    const { filing, findings } = await readWorkbook(await saveWorkbook(workbook));

    expect(findings.map((f) => [f.ruleId, f.location.cell])).toEqual([
      ["EINGABE-DATUM", `'Verwendungsnachweis'!${DATUM}`],
      ["EINGABE-BETRAG", `'Verwendungsnachweis'!${ZUSCHUSS}`],
      ["EINGABE-AUSWAHL", `'Verwendungsnachweis'!${VERWENDET}`],
      ["EINGABE-ZAHL", "'Personal'!E6"],
    ]);
    expect(findings[1]?.message).toContain("„viel Geld“ ist kein Betrag");
    expect(filing?.kind === "verwendungsnachweis" && filing.data.kopf.zuschuss).toBeNull();
    expect(
      filing?.kind === "verwendungsnachweis" && filing.data.personal.zeilen[1]?.stellenanteil,
    ).toBeNull();
  });

  it("reads typed text: 50 %, 0,5, 31.12.2025 and a bare Wirkungstreppe step", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleJahresbericht()));
    workbook.getWorksheet("2.3 Lösungsansätze")!.getCell("D5").value = 6;
    const vn = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    vn.getWorksheet("Personal")!.getCell("E5").value = "50 %";
    vn.getWorksheet("Personal")!.getCell("E6").value = "0,5";
    vn.getWorksheet("Verwendungsnachweis")!.getCell(DATUM).value = "31.12.2025";

    const jb = await readWorkbook(await saveWorkbook(workbook));
    const read = await readWorkbook(await saveWorkbook(vn));

    expect(jb.filing?.kind === "jahresbericht" && jb.filing.data.loesungsansaetze[0]?.stufe).toBe(6);
    expect(read.findings).toEqual([]);
    if (read.filing?.kind !== "verwendungsnachweis") throw new Error("Verwendungsnachweis erwartet");
    expect(read.filing.data.personal.zeilen.map((z) => z.stellenanteil)).toEqual([0.5, 0.5]);
    expect(read.filing.data.kopf.datum).toBe("2025-12-31");
  });

  it("says a workbook without our metadata is not one of ours", async () => {
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Tabelle1").getCell("A1").value = "Hallo";
    const own = await readWorkbook(Buffer.from(await foreign.xlsx.writeBuffer()));
    const garbage = await readWorkbook(Buffer.from("das ist keine Arbeitsmappe"));

    for (const result of [own, garbage]) {
      expect(result.filing).toBeNull();
      expect(result.findings).toMatchObject([{ ruleId: "EINGABE-MAPPE", severity: "fehler" }]);
    }
  });

  it("reports a deleted name as EINGABE-MAPPE and reads the rest", async () => {
    const workbook = await openWorkbook(await writeWorkbook({ kind: "verwendungsnachweis", meta: META }));
    workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== "VN_kopf_ort");

    const { filing, findings } = await readWorkbook(await saveWorkbook(workbook));

    expect(filing?.kind === "verwendungsnachweis" && filing.data.kopf.jahr).toBe(2025);
    expect(findings).toMatchObject([{ ruleId: "EINGABE-MAPPE", location: { path: ["kopf", "ort"] } }]);
  });

  it("reads and validates 200 Personal rows keeping one object per filled cell, none per range", async () => {
    const filing = sampleVerwendungsnachweis();
    const row = filing.data.personal.zeilen[0]!;
    filing.data.personal.zeilen = Array.from({ length: 200 }, (_, i) => ({
      ...row,
      name: `Person ${i + 1}`,
    }));
    const buffer = await writeWorkbook(filing);

    const before = READ_METER.cellsKept;
    const { findings, filing: read } = await validateWorkbook(buffer);
    const kept = READ_METER.cellsKept - before;

    expect(findings.every((f) => f.location.cell !== undefined)).toBe(true);
    expect(read?.kind === "verwendungsnachweis" && read.data.personal.zeilen).toHaveLength(200);
    // The template's ~1,250 cells plus the new rows' (a Personal row has 7 cells and a formula or two).
    expect(kept).toBeLessThan(1_300 + 200 * 10);
  });
});
