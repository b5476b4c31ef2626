import { checkWorkbook, type CheckWorkbookOptions } from "../workbook/check-workbook";
import { readFilingWorkbook } from "../workbook/read-filing-workbook";
import { notOurs, type ReadWorkbookResult } from "../workbook/read-snapshot";
import { guardXlsxParts } from "./guard-xlsx";
import { xlsxHost } from "./xlsx-host";
import { XlsxRefusedError } from "./xlsx-refused";

/**
 * Reads an .xlsx file written by `writeWorkbook` – also after users inserted table rows, renamed or
 * reordered sheets, re-formatted cells or added sheets of their own (see `readSnapshot`) – without
 * exceljs: `guardXlsxParts` bounds and inflates the parts, `xlsxHost` scans their XML. A file past a
 * bound throws XlsxRefusedError (`too-large`), so callers can answer 413 rather than list findings;
 * a file that is no zip or no well-formed workbook is an EINGABE-MAPPE finding.
 */
export const readWorkbook = async (bytes: Uint8Array | ArrayBuffer): Promise<ReadWorkbookResult> => {
  try {
    const parts = guardXlsxParts(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
    return await readFilingWorkbook(xlsxHost(parts));
  } catch (err) {
    if (!(err instanceof XlsxRefusedError)) throw err;
    if (err.reason === "too-large") throw err;
    return notOurs(err.message);
  }
};

/** Reads an .xlsx file and runs every rule of its kind; each finding names its cell. */
export const validateWorkbook = async (bytes: Uint8Array | ArrayBuffer, options: CheckWorkbookOptions = {}) =>
  checkWorkbook(await readWorkbook(bytes), options);
