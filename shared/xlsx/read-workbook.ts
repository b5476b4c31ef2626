import { checkWorkbook, type CheckWorkbookOptions } from "../workbook/check-workbook";
import { readFilingWorkbook } from "../workbook/read-filing-workbook";
import { notOurs, type ReadWorkbookResult } from "../workbook/read-snapshot";
import { excelJsHost, loadXlsx } from "./exceljs-host";
import { guardXlsx } from "./guard-xlsx";
import { XlsxRefusedError } from "./xlsx-refused";

const UNREADABLE =
  "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte die Datei im Format .xlsx speichern.";

/**
 * Reads an .xlsx file written by `writeWorkbook` – also after users inserted table rows, renamed or
 * reordered sheets, re-formatted cells or added sheets of their own (see `readSnapshot`).
 * `guardXlsx` bounds it first; a file past a bound throws XlsxRefusedError (`too-large`), so callers
 * can answer 413 rather than list findings; a file that is no zip is an EINGABE-MAPPE finding.
 */
export const readWorkbook = async (bytes: Uint8Array | ArrayBuffer): Promise<ReadWorkbookResult> => {
  let workbook;
  try {
    workbook = await loadXlsx(guardXlsx(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes));
  } catch (err) {
    if (err instanceof XlsxRefusedError && err.reason === "too-large") throw err;
    return notOurs(err instanceof XlsxRefusedError ? err.message : UNREADABLE);
  }
  return readFilingWorkbook(excelJsHost(workbook));
};

/** Reads an .xlsx file and runs every rule of its kind; each finding names its cell. */
export const validateWorkbook = async (bytes: Uint8Array | ArrayBuffer, options: CheckWorkbookOptions = {}) =>
  checkWorkbook(await readWorkbook(bytes), options);
