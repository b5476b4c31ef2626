import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { validateWorkbook } from "../shared/xlsx/read-workbook";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { CliError } from "./cli-error";
import { placeCrossCheckFindings, readCrossCheckPartner } from "./cross-check";

const jahresbericht = () => {
  const jb = sampleJahresbericht();
  jb.data.ressourcen.sachkosten = 640_000;
  return jb;
};

describe("the cross-check of validate --verwendungsnachweis", () => {
  it("names the related cell in the Verwendungsnachweis workbook", async () => {
    const partner = await readCrossCheckPartner(await writeWorkbook(sampleVerwendungsnachweis()), "vn.xlsx");
    const jb = jahresbericht();
    const { findings } = await validateWorkbook(await writeWorkbook(jb), {
      verwendungsnachweis: partner.filing.data,
    });

    const placed = placeCrossCheckFindings(jb, findings, partner);

    const cross = placed.find((f) => f.ruleId === "JB-RESSOURCEN-ABGLEICH");
    expect(cross?.related?.cell).toBe(`[vn.xlsx]${partner.cellOf(["sachkosten"])}`);
    expect(cross?.location.cell).toMatch(/^'3.1 Ressourcen'!B\d+$/);
  });

  it("refuses a partner that is no Verwendungsnachweis", async () => {
    await expect(
      readCrossCheckPartner(await writeWorkbook(sampleJahresbericht()), "jb.xlsx"),
    ).rejects.toThrow(CliError);
  });

  it("refuses a Verwendungsnachweis as the workbook under test", async () => {
    const partner = await readCrossCheckPartner(await writeWorkbook(sampleVerwendungsnachweis()), "vn.xlsx");
    expect(() => placeCrossCheckFindings(sampleVerwendungsnachweis(), [], partner)).toThrow(
      /passt nur zur Prüfung eines Jahresberichts/,
    );
  });

  it("refuses a Verwendungsnachweis of another year", async () => {
    const vn = sampleVerwendungsnachweis();
    vn.meta.year = 2024;
    const partner = await readCrossCheckPartner(await writeWorkbook(vn), "vorjahr.xlsx");
    expect(() => placeCrossCheckFindings(jahresbericht(), [], partner)).toThrow(/2024/);
  });
});
