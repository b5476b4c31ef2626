import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import { memoryHost, type MemoryWorkbook } from "../../shared/workbook/memory-workbook";
import { readFilingWorkbook } from "../../shared/workbook/read-filing-workbook";
import { deleteName, refOf, renameSheet, typeInto } from "../../shared/workbook/test-support/memory-edits";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { readWorkbookWithExcelJs } from "../../shared/xlsx/test-support/read-with-exceljs";
import { memoryToXlsx, xlsxToMemory } from "../../shared/xlsx/test-support/memory-xlsx";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";

/**
 * One case table, three hosts: every case edits a plain-object workbook as a user would, then the
 * in-memory host reads it directly, and the product's reader (fflate + XML scan) and the exceljs
 * reader (the old one, kept as oracle) read it written out as .xlsx. All must give the same filing
 * and the same findings at the same cells.
 */
interface Case {
  name: string;
  base: "vn" | "jb";
  edit: (wb: MemoryWorkbook) => void;
  expect: (result: Awaited<ReturnType<typeof readBoth>>["memory"]) => void;
}

let templates: Record<Case["base"], MemoryWorkbook>;
beforeAll(async () => {
  templates = {
    vn: await xlsxToMemory(await writeWorkbook(sampleVerwendungsnachweis())),
    jb: await xlsxToMemory(await writeWorkbook(sampleJahresbericht())),
  };
});

const readBoth = async (wb: MemoryWorkbook) => {
  const summarize = (read: Awaited<ReturnType<typeof readFilingWorkbook>>) => {
    const checked = checkWorkbook(read);
    return {
      filing: read.filing,
      layoutVersion: read.layoutVersion,
      findings: checked.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        cell: f.location.cell,
      })),
    };
  };
  const memory = summarize(await readFilingWorkbook(memoryHost(wb)));
  const bytes = await memoryToXlsx(wb);
  const xlsx = summarize(await readWorkbook(bytes));
  const exceljs = summarize(await readWorkbookWithExcelJs(bytes));
  return { memory, xlsx, exceljs };
};

const CASES: Case[] = [
  {
    name: "an untouched sample reads back as the sample, without findings",
    base: "vn",
    edit: () => {},
    expect: (r) => {
      expect(r.findings).toEqual([]);
      expect(r.filing?.meta).toEqual(sampleVerwendungsnachweis().meta);
    },
  },
  {
    name: "German text in an amount cell is read as that amount",
    base: "vn",
    edit: (wb) => typeInto(wb, "'Personal'!F5", "1.234,56 €"),
    expect: (r) => {
      expect(
        r.filing?.kind === "verwendungsnachweis" && r.filing.data.personal.zeilen[0]?.personalkosten,
      ).toBe(123_456);
    },
  },
  {
    name: "an unreadable amount is an EINGABE-BETRAG finding at its cell",
    base: "vn",
    edit: (wb) => typeInto(wb, refOf(wb, "VN_kopf_zuschuss"), "viel Geld"),
    expect: (r) => {
      expect(r.findings).toContainEqual({
        ruleId: "EINGABE-BETRAG",
        severity: "fehler",
        cell: expect.stringMatching(/^'Verwendungsnachweis'!B\d+$/),
      });
    },
  },
  {
    name: "a renamed sheet changes the cells named in findings, not the filing",
    base: "vn",
    edit: (wb) => {
      renameSheet(wb, "Personal", "Personal 2025");
      typeInto(wb, "'Personal 2025'!E6", "halb");
    },
    expect: (r) => {
      expect(r.findings).toContainEqual({
        ruleId: "EINGABE-ZAHL",
        severity: "fehler",
        cell: "'Personal 2025'!E6",
      });
    },
  },
  {
    name: "a deleted name is an EINGABE-MAPPE finding and the field stays empty",
    base: "vn",
    edit: (wb) => deleteName(wb, "VN_sachkosten"),
    expect: (r) => {
      expect(r.findings.map((f) => f.ruleId)).toContain("EINGABE-MAPPE");
      expect(r.filing?.kind === "verwendungsnachweis" && r.filing.data.sachkosten).toBeNull();
    },
  },
  {
    name: "a workbook of layout version 1 (before programmes) reads as Lüneburg's, without findings",
    base: "vn",
    edit: (wb) => {
      typeInto(wb, refOf(wb, "META_layoutVersion"), 1);
      deleteName(wb, "META_programmeId");
    },
    expect: (r) => {
      expect(r.layoutVersion).toBe(1);
      expect(r.filing?.meta.programmeId).toBe("stadtteilmanagement");
      expect(r.findings).toEqual([]);
    },
  },
  {
    name: "a workbook of today's layout without its programme name is broken, not silently Lüneburg's",
    base: "vn",
    edit: (wb) => deleteName(wb, "META_programmeId"),
    expect: (r) => {
      expect(r.filing).toBeNull();
      expect(r.findings.map((f) => f.ruleId)).toEqual(["EINGABE-MAPPE"]);
    },
  },
  {
    name: "a Jahresbericht's bare step number reads as that step of the Wirkungstreppe",
    base: "jb",
    edit: (wb) => typeInto(wb, "'2.3 Lösungsansätze'!D5", 6),
    expect: (r) => {
      expect(r.filing?.kind === "jahresbericht" && r.filing.data.loesungsansaetze[0]?.stufe).toBe(6);
    },
  },
];

describe("the workbook reader on the in-memory host, the .xlsx reader and the exceljs host", () => {
  it.each(CASES)("$name", async (c) => {
    const wb = structuredClone(templates[c.base]);
    c.edit(wb);

    const { memory, xlsx, exceljs } = await readBoth(wb);

    expect(xlsx).toEqual(memory);
    expect(exceljs).toEqual(memory);
    c.expect(memory);
  });
});
