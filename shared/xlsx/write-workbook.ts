import ExcelJS from "exceljs";
import { blankFiling } from "../filing/blank-filing";
import type { Filing, FilingKind, FilingMeta } from "../filing/filing";
import type { Jahresbericht } from "../filing/jahresbericht";
import { defaultProgramParams } from "../programme/params-for-year";
import type { ProgramParams } from "../programme/program-params";
import type { Pruefung } from "../filing/pruefung";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { filingToCells } from "../layout/filing-to-cells";
import { layoutFor } from "../layout/layouts";
import { printIdentity } from "../layout/print-identity";
import { writeMetaSheet } from "./write-meta-sheet";
import { addSheet, writeEchoes, writeFields } from "./write-sheet";
import { writeTable } from "./write-table";

export type WriteWorkbookInput = (
  | {
      kind: Extract<FilingKind, "verwendungsnachweis">;
      data?: Verwendungsnachweis;
      /** The city's 7. Prüfung as the workflow has it; its locked cells stay blank without it. */
      pruefung?: Pruefung;
    }
  | { kind: Extract<FilingKind, "jahresbericht">; data?: Jahresbericht }
) & {
  meta: FilingMeta;
  /** Program parameters of the year (caps); default: the programme pack's for the year. */
  params?: ProgramParams;
};

/** Which sheets may change without a password: the form sheets are protected, table sheets open. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
};

/**
 * The workbook of a filing: a blank template for a Träger, district, year and kind (head prefilled
 * from Stammdaten) when `data` is omitted, else prefilled from the filing. Stated results are
 * formulas with their computed value cached, so the file shows the right figures before a recalc.
 */
export const writeWorkbook = async (input: WriteWorkbookInput): Promise<Uint8Array> => {
  const params = input.params ?? defaultProgramParams(input.meta);
  const filing: Filing = input.data
    ? ({ kind: input.kind, meta: input.meta, data: input.data } as Filing)
    : blankFiling(input.kind, input.meta);
  const layout = layoutFor(filing.kind);
  const pruefung = input.kind === "verwendungsnachweis" ? input.pruefung : undefined;
  const cells = filingToCells(filing, params, pruefung);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Förderbericht";
  workbook.created = new Date(Date.UTC(filing.meta.year, 0, 1));
  // Excel recalculates on open, so formulas follow whatever the user changes.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const identity = printIdentity(filing);
  for (const spec of layout.sheets) {
    const sheet = addSheet(workbook, spec, identity);
    writeFields(
      workbook,
      sheet,
      layout.fields.filter((f) => f.sheet === spec.name),
      cells.fields,
      params,
    );
    for (const table of layout.tables.filter((t) => t.sheet === spec.name)) {
      writeTable(sheet, table, cells.tables[table.name] ?? [], params);
    }
    writeEchoes(sheet, spec, cells.fields);
    if (spec.protect) await sheet.protect("", PROTECTION);
  }
  await writeMetaSheet(workbook, filing);
  // exceljs hands back a Node Buffer in Node and an ArrayBuffer in a browser: both become bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
