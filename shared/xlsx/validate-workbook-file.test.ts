import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../filing/sample-filings";
import { JAHRESBERICHT_LAYOUT } from "../layout/jahresbericht-layout";
import type { FormLayout } from "../layout/layout-types";
import { VERWENDUNGSNACHWEIS_LAYOUT } from "../layout/verwendungsnachweis-layout";
import { openWorkbook, saveWorkbook } from "./test-support/user-edits";
import { validateWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

/** A field's address in the template, from the layout, so moving a line keeps the tests valid. */
const at = (layout: FormLayout, name: string) => layout.fields.find((f) => f.name === name)!.address;
const vnCell = (name: string) => `'Verwendungsnachweis'!${at(VERWENDUNGSNACHWEIS_LAYOUT, name)}`;

describe("validateWorkbook", () => {
  it("finds nothing in the complete sample", async () => {
    const { findings } = await validateWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    expect(findings).toEqual([]);
  });

  it("places rule findings and their related field at cells", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    // A stale stated result: the Schlussrechnung repeats a Verwaltung that no longer matches section 2.
    const stated = at(VERWENDUNGSNACHWEIS_LAYOUT, "VN_schlussrechnung_verwaltung");
    workbook.getWorksheet("Verwendungsnachweis")!.getCell(stated).value = 1;

    const { findings } = await validateWorkbook(await saveWorkbook(workbook));

    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "VN-SCHLUSS-UEBERTRAG",
        location: expect.objectContaining({ cell: vnCell("VN_schlussrechnung_verwaltung") }),
        related: expect.objectContaining({ cell: vnCell("VN_verwaltung") }),
      }),
    );
  });

  it("leaves out a rule finding where the cell itself could not be read", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    const zuschuss = at(VERWENDUNGSNACHWEIS_LAYOUT, "VN_kopf_zuschuss");
    workbook.getWorksheet("Verwendungsnachweis")!.getCell(zuschuss).value = "viel";

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
          cell: `'Jahresbericht'!${at(JAHRESBERICHT_LAYOUT, "JB_ressourcen_sachkosten")}`,
        }),
      }),
    );
  });
});
