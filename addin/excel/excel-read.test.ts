import { describe, expect, it } from "vitest";
import { blankFiling } from "../../shared/filing/forms";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import { tableRowCount } from "../../shared/workbook/plan/form-sheet-plan";
import {
  type at,
  META,
  field,
  insert,
  freshExcelEachTest,
  params,
  personal,
  read,
  tblPersonal,
  zuschuss,
} from "../test-support/excel-adapter-harness";

const { excel, lastRun } = freshExcelEachTest();

describe("reading the open workbook", () => {
  it("takes two round trips and loads only values, value types and formulas of the cells it reads", async () => {
    await insert(sampleVerwendungsnachweis(META));
    await read();
    const run = lastRun();
    expect(run.syncs).toBe(2);
    expect(run.loads.some((l) => l.endsWith(".*") || l.endsWith(".text"))).toBe(false);
    expect(new Set(run.loads.filter((l) => l.startsWith("Range.")))).toEqual(
      new Set(["Range.address", "Range.values", "Range.valueTypes", "Range.formulas"]),
    );
  });

  it("reads what a user typed, rows typed under a table and error values, each at its cell", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    const type = (cell: ReturnType<typeof at>, value: string | number) =>
      excel().type(cell.sheet, cell.address, value);
    type(personal(0, "name"), "Krüger");
    type(personal(0, "stellenanteil"), 0.5);
    type(personal(0, "personalkosten"), 41234.5);
    // Directly under the table's blank rows: Excel grows it.
    type(personal(tableRowCount(tblPersonal, 0, params), "name"), "Neu");
    type(zuschuss, "zwölf Euro");
    const result = checkWorkbook(await read(), { params });
    const vn = result.filing?.kind === "verwendungsnachweis" ? result.filing.data : undefined;
    expect(vn?.personal.zeilen.map((z) => z.name)).toEqual(["Krüger", "Neu"]);
    expect(vn?.personal.summe).toBe(4_123_450);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "EINGABE-BETRAG",
        location: expect.objectContaining({ cell: zuschuss.ref }),
      }),
    );
  });

  it("keeps words typed over „in Worten“ and reports a result typed over at its cell", async () => {
    await insert(sampleVerwendungsnachweis(META));
    const inWorten = field("VN_kopf_zuschussInWorten");
    const kostensumme = field("VN_schlussrechnung_kostensumme");
    excel().type(inWorten.sheet, inWorten.address, "zehn Euro");
    // A result is locked: only after lifting the sheet's protection can a user type over it.
    expect(() => excel().type(kostensumme.sheet, kostensumme.address, 1)).toThrow(/gesperrt/);
    excel().unprotect(kostensumme.sheet);
    excel().type(kostensumme.sheet, kostensumme.address, 1);
    const result = checkWorkbook(await read(), { params });
    const vn = result.filing?.kind === "verwendungsnachweis" ? result.filing.data : undefined;
    expect(vn?.kopf.zuschussInWorten).toBe("zehn Euro");
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "VN-ZUSCHUSS-IN-WORTEN",
        location: expect.objectContaining({ cell: inWorten.ref }),
      }),
    );
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "EINGABE-FORMEL",
        location: expect.objectContaining({ cell: kostensumme.ref }),
      }),
    );
  });

  it("skips a defined name whose reference is broken instead of failing the whole read", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    excel().workbook.names.VN_sachkosten = "'Gelöschtes Blatt'!$B$2";
    const result = await read();
    expect(result.filing).not.toBeNull();
    expect(result.findings.map((f) => f.message).join()).toContain("VN_sachkosten");
  });
});
