import { readFilingWorkbook } from "../../workbook/read-filing-workbook";
import { notOurs, type ReadWorkbookResult } from "../../workbook/read-snapshot";
import { excelJsHost, loadXlsx } from "../exceljs-host";
import { guardXlsx } from "../guard-xlsx";
import { XlsxRefusedError } from "../xlsx-refused";

const UNREADABLE =
  "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte die Datei im Format .xlsx speichern.";

/**
 * The reader as it was before `readXlsx`: the same guard, then exceljs. Kept as the oracle of the
 * differential tests only (tests/workbook/reader-hosts.test.ts, tests/hardening/xlsx-mutations.test.ts).
 */
export const readWorkbookWithExcelJs = async (bytes: Uint8Array): Promise<ReadWorkbookResult> => {
  let workbook;
  try {
    workbook = await loadXlsx(guardXlsx(bytes));
  } catch (err) {
    if (err instanceof XlsxRefusedError && err.reason === "too-large") throw err;
    return notOurs(err instanceof XlsxRefusedError ? err.message : UNREADABLE);
  }
  return readFilingWorkbook(excelJsHost(workbook));
};
