import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import type { ReadWorkbookResult } from "../../shared/workbook/read-snapshot";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { filingArb } from "../../shared/xlsx/test-support/arbitraries";
import { readWorkbookWithExcelJs } from "../../shared/xlsx/test-support/read-with-exceljs";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { XlsxRefusedError } from "../../shared/xlsx/xlsx-refused";
import { mutationArb } from "../support/xlsx-mutations";

/**
 * The product's reader (fflate + XML scan) against the exceljs reader it replaced, on generated
 * filings and on the mutation corpus: the same filing, the same findings at the same cells, the
 * same refusals. Messages of unreadable files may differ (the new reader names the broken part).
 */
const outcome = async (read: (b: Uint8Array) => Promise<ReadWorkbookResult>, bytes: Uint8Array) => {
  try {
    const result = await read(bytes);
    const checked = checkWorkbook(result);
    return {
      filing: checked.filing,
      layoutVersion: result.layoutVersion,
      findings: checked.findings.map((f) =>
        f.ruleId === "EINGABE-MAPPE" && !checked.filing ? { ruleId: f.ruleId } : f,
      ),
    };
  } catch (err) {
    if (err instanceof XlsxRefusedError) return { refused: err.reason };
    throw err;
  }
};

const both = async (bytes: Uint8Array) => ({
  xlsx: await outcome(readWorkbook, bytes),
  exceljs: await outcome(readWorkbookWithExcelJs, bytes),
});

let templates: Uint8Array[];
beforeAll(async () => {
  templates = [
    new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis())),
    new Uint8Array(await writeWorkbook(sampleJahresbericht())),
  ];
});

describe("the .xlsx reader and the exceljs reader", () => {
  it("read every generated filing alike", async () => {
    await fc.assert(
      fc.asyncProperty(filingArb, async (filing) => {
        const { xlsx, exceljs } = await both(new Uint8Array(await writeWorkbook(filing)));
        expect(xlsx).toEqual(exceljs);
      }),
      { numRuns: 30, seed: 20 },
    );
  }, 300_000);

  it("read every workbook of the mutation corpus alike", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(1), mutationArb, async (which, mutate) => {
        const { xlsx, exceljs } = await both(mutate(templates[which]!));
        expect(xlsx).toEqual(exceljs);
      }),
      { numRuns: 300, seed: 20 },
    );
  }, 300_000);
});
