import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { JAHRESBERICHT_LAYOUT } from "../layout/jahresbericht-layout";
import type { FormLayout } from "../layout/layout-types";
import { VERWENDUNGSNACHWEIS_LAYOUT } from "../layout/verwendungsnachweis-layout";
import { openWorkbook, saveWorkbook } from "./test-support/user-edits";
import { validateWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

/** A field's place in the template, from the layout, so moving a line keeps the tests valid. */
const fieldOf = (layout: FormLayout, name: string) => layout.fields.find((f) => f.name === name)!;
const cellOf = (layout: FormLayout, name: string) => {
  const field = fieldOf(layout, name);
  return `'${field.sheet}'!${field.address}`;
};
const vnCell = (name: string) => cellOf(VERWENDUNGSNACHWEIS_LAYOUT, name);

describe("validateWorkbook", () => {
  it("finds nothing in the complete sample", async () => {
    const { findings } = await validateWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    expect(findings).toEqual([]);
  });

  it("reports a result whose formula was typed over once, at its cell, not as a wrong sum", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    const stated = fieldOf(VERWENDUNGSNACHWEIS_LAYOUT, "VN_schlussrechnung_verwaltung");
    workbook.getWorksheet(stated.sheet)!.getCell(stated.address).value = 1;

    const { findings } = await validateWorkbook(await saveWorkbook(workbook));

    expect(findings.map((f) => [f.ruleId, f.location.cell])).toEqual([
      ["EINGABE-FORMEL", vnCell("VN_schlussrechnung_verwaltung")],
    ]);
  });

  it("takes results from the inputs, not from a cached value the file was saved with", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    const stated = fieldOf(VERWENDUNGSNACHWEIS_LAYOUT, "VN_schlussrechnung_kostensumme");
    const cell = workbook.getWorksheet(stated.sheet)!.getCell(stated.address);
    cell.value = { formula: cell.formula, result: 1 };

    const { findings, filing } = await validateWorkbook(await saveWorkbook(workbook));

    expect(findings).toEqual([]);
    expect(filing?.kind === "verwendungsnachweis" && filing.data.schlussrechnung.kostensumme).toBe(
      sampleVerwendungsnachweis().data.schlussrechnung.kostensumme,
    );
  });

  it("leaves out a rule finding where the cell itself could not be read", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    const zuschuss = fieldOf(VERWENDUNGSNACHWEIS_LAYOUT, "VN_kopf_zuschuss");
    workbook.getWorksheet(zuschuss.sheet)!.getCell(zuschuss.address).value = "viel";

    const { findings } = await validateWorkbook(await saveWorkbook(workbook));

    expect(
      findings.filter((f) => f.location.cell === vnCell("VN_kopf_zuschuss")).map((f) => f.ruleId),
    ).toEqual(["EINGABE-BETRAG"]);
  });

  it("checks a Jahresbericht against the Verwendungsnachweis passed as an option", async () => {
    const jb = sampleJahresbericht();
    jb.data.ressourcen.sachkosten = 640_000;
    const buffer = await writeWorkbook(jb);
    const vn = sampleVerwendungsnachweis().data;

    const alone = await validateWorkbook(buffer);
    const { findings } = await validateWorkbook(buffer, { verwendungsnachweis: vn });

    expect(alone.findings.map((f) => f.ruleId)).not.toContain("JB-RESSOURCEN-ABGLEICH");
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "JB-RESSOURCEN-ABGLEICH",
        location: expect.objectContaining({
          cell: cellOf(JAHRESBERICHT_LAYOUT, "JB_ressourcen_sachkosten"),
        }),
      }),
    );
  });
});
