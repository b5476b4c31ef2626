import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type VerwendungsnachweisFiling } from "../../shared/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { LAYOUTS } from "../../shared/layout/layouts";
import { defaultProgramParams } from "../../shared/programme";
import type { Finding } from "../../shared/rules";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { namedCell } from "../support/layout-cells";
import { convertWithLibreOffice } from "../support/libreoffice";

// Issue 23, item 2: a text amount saved by LibreOffice gives the findings of its cause only – the
// text finding at the input cell, plus every rule the amount it says breaks – and nothing at the
// locked formula cells that show #WERT! because of it.

const V = "verwendungsnachweis" as const;
const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });

const setNamed = async (bytes: Uint8Array, name: string, value: ExcelJS.CellValue) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const field = LAYOUTS[V].fields.find((f) => f.name === name)!;
  workbook.getWorksheet(field.sheet)!.getCell(field.address).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

// The Belegliste's sums are results findings are meant to name (VN-BELEG-SUMME: „the Belege add
// up to …“, beside the form's amount); a Sachkosten amount the Belege do not prove is reported there.
const lockedResultCells = () =>
  new Set(
    LAYOUTS[V].fields
      .filter((f) => (f.formula !== undefined || f.cached !== undefined) && !f.findingPath)
      .map((f) => `'${f.sheet}'!${f.address}`),
  );

type Checked = Awaited<ReturnType<typeof validateWorkbook>>;
let overCap: Checked;
let overCapAsNumber: Checked;
let zuschuss: Checked;
let zuschussAsNumber: Checked;
let setupError: unknown;

beforeAll(async () => {
  try {
    const sample = await writeWorkbook(sampleVerwendungsnachweis());
    const saved = await convertWithLibreOffice(
      [
        { name: "sachkosten.xlsx", content: await setNamed(sample, "VN_sachkosten", "7.000,01 €") },
        { name: "zuschuss.xlsx", content: await setNamed(sample, "VN_kopf_zuschuss", "4.234,56 €") },
        { name: "sachkosten-zahl.xlsx", content: await setNamed(sample, "VN_sachkosten", 7000.01) },
        { name: "zuschuss-zahl.xlsx", content: await setNamed(sample, "VN_kopf_zuschuss", 4234.56) },
      ],
      { format: "xlsx" },
    );
    overCap = await validateWorkbook(saved.get("sachkosten.xlsx")!, { params });
    zuschuss = await validateWorkbook(saved.get("zuschuss.xlsx")!, { params });
    overCapAsNumber = await validateWorkbook(saved.get("sachkosten-zahl.xlsx")!, { params });
    zuschussAsNumber = await validateWorkbook(saved.get("zuschuss-zahl.xlsx")!, { params });
  } catch (err) {
    setupError = err;
  }
}, 300_000);

const ready = () => {
  if (setupError) throw setupError;
};
const ids = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.ruleId}@${f.location.cell ?? ""}`).sort();

describe("Sachkosten „7.000,01 €“ typed as text, saved by LibreOffice", () => {
  it("gives the text finding and the cap finding together, both at the input cell", () => {
    ready();
    const input = namedCell(V, "VN_sachkosten");
    const atInput = overCap.findings.filter((f) => f.location.cell === input).map((f) => f.ruleId);
    expect(atInput).toContain("EINGABE-TEXTBETRAG");
    expect(atInput.some((id) => id.includes("SACHKOSTEN"))).toBe(true);
  });

  it("reports nothing at a locked formula cell", () => {
    ready();
    const locked = lockedResultCells();
    expect(overCap.findings.filter((f) => locked.has(f.location.cell ?? ""))).toEqual([]);
  });

  it("gives exactly the findings of the same amount typed as a number, plus the text finding", () => {
    ready();
    const input = namedCell(V, "VN_sachkosten");
    expect(ids(overCap.findings)).toEqual(
      [...ids(overCapAsNumber.findings), `EINGABE-TEXTBETRAG@${input}`].sort(),
    );
    expect(ids(overCapAsNumber.findings)).toContain(`VN-SACHKOSTEN-CAP@${input}`);
  });

  it("quotes the same Differenz as the workbook shows once the amount is a number", () => {
    ready();
    const differenz = (r: Checked) =>
      r.findings.find((f) => f.ruleId === "VN-DIFFERENZ-BEGRUENDUNG")?.message;
    expect(differenz(overCap)).toBeDefined();
    expect(differenz(overCap)).toBe(differenz(overCapAsNumber));
    const text = overCap.findings.find((f) => f.ruleId === "EINGABE-TEXTBETRAG")!;
    expect(text.message).toContain("die Prüfung rechnet mit 7.000,01 €");
  });
});

describe("the Zuschuss „4.234,56 €“ typed as text, saved by LibreOffice", () => {
  it("reads the amount it says", () => {
    ready();
    expect((zuschuss.filing as VerwendungsnachweisFiling).data.kopf.zuschuss).toBe(423_456);
  });

  it("reports nothing at a locked formula cell that shows #WERT!", () => {
    ready();
    const locked = lockedResultCells();
    expect(zuschuss.findings.filter((f) => locked.has(f.location.cell ?? ""))).toEqual([]);
    expect(ids(zuschuss.findings).filter((s) => s.startsWith("EINGABE"))).toEqual([
      `EINGABE-TEXTBETRAG@${namedCell(V, "VN_kopf_zuschuss")}`,
    ]);
  });

  it("gives the rule findings of the amount it says, as when typed as a number", () => {
    ready();
    const rules = (r: Checked) => ids(r.findings).filter((s) => !s.startsWith("EINGABE"));
    expect(rules(zuschuss)).toEqual(rules(zuschussAsNumber));
    expect(rules(zuschuss).length).toBeGreaterThan(0);
  });
});
