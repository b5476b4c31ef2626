import { checkWorkbook, type CheckWorkbookOptions } from "../workbook/check-workbook";
import { readFilingWorkbook } from "../workbook/read-filing-workbook";
import { notOurs, type ReadWorkbookResult } from "../workbook/read-snapshot";
import { excelJsHost, loadXlsx } from "./exceljs-host";

/**
 * Reads an .xlsx file written by `writeWorkbook` – also after users inserted table rows, renamed or
 * reordered sheets, re-formatted cells or added sheets of their own (see `readSnapshot`).
 */
export const readWorkbook = async (bytes: Uint8Array | ArrayBuffer): Promise<ReadWorkbookResult> => {
  let workbook;
  try {
    workbook = await loadXlsx(bytes);
  } catch {
    return notOurs(
      "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte die Datei im Format .xlsx speichern.",
    );
  }
  return readFilingWorkbook(excelJsHost(workbook));
};

/** Reads an .xlsx file and runs every rule of its kind; each finding names its cell. */
export const validateWorkbook = async (bytes: Uint8Array | ArrayBuffer, options: CheckWorkbookOptions = {}) =>
  checkWorkbook(await readWorkbook(bytes), options);
